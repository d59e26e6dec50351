// What the attachment bundle holds for each big blob, without the bytes: the
// bug page shows each file's size on Bugzilla and whether it goes whole or as
// an excerpt (lib/bugs/bundle-cache.ts makes and keeps the members).
import { db } from "@/lib/db";

export interface BundleMemberSummary {
  variant: "xz" | "excerpt";
  size: number;
}

export async function bundleMemberSummaries(
  sha256s: readonly string[],
): Promise<Map<string, BundleMemberSummary>> {
  if (sha256s.length === 0) return new Map();
  const rows = await db.bundleMember.findMany({
    where: { blobSha256: { in: [...sha256s] } },
    select: { blobSha256: true, variant: true, size: true },
  });
  const found = new Map<string, BundleMemberSummary>();
  for (const row of rows) {
    const known = found.get(row.blobSha256);
    if (!known || row.variant === "xz")
      found.set(row.blobSha256, { variant: row.variant === "xz" ? "xz" : "excerpt", size: row.size });
  }
  return found;
}
