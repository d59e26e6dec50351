// PostgreSQL errors told apart by SQLSTATE, never by message text: messages
// follow the server's lc_messages and change between versions. Both ways an
// error reaches us carry the code: node-pg's DatabaseError as `code`, Prisma's
// driver adapter as `meta.driverAdapterError.cause.originalCode` (P2010).

/** query_canceled: statement_timeout fired (or the query was cancelled on request). */
export const QUERY_CANCELED = "57014";

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The error's SQLSTATE, or null when it did not come from PostgreSQL. */
export function sqlState(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  // Prisma's own code (P2010, five characters too) wraps the server's: read the server's first.
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } }).meta;
  const adapted = meta?.driverAdapterError?.cause?.originalCode;
  if (adapted !== undefined) return typeof adapted === "string" && SQLSTATE.test(adapted) ? adapted : null;
  const direct = (error as { code?: unknown }).code;
  // P1xxx-P3xxx are Prisma's codes; PostgreSQL's own P-class is P0 (PL/pgSQL, e.g. P0001).
  return typeof direct === "string" && SQLSTATE.test(direct) && !/^P[1-9]/.test(direct) ? direct : null;
}

/** A query stopped by `SET LOCAL statement_timeout`: the caller's budget ran out. */
export function isStatementTimeout(error: unknown): boolean {
  return sqlState(error) === QUERY_CANCELED;
}
