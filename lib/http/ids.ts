// Row ids in URLs (/builds/12, /api/v1/files/34/raw). Every table's id is a
// PostgreSQL integer, so a path segment names a row only when it is a decimal
// number from 1 to 2^31 - 1; anything else is answered (400 or 404) before the
// database is asked, which would fail on an out-of-range integer.

const MAX_ID = 2_147_483_647;

/** The id a path segment names, or null when it cannot name a row. */
export function parsePositiveId(raw: string): number | null {
  if (!/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return id >= 1 && id <= MAX_ID ? id : null;
}
