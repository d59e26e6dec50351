// A package's maintainers: metadata.xml (sent in meta.maintainers) is the
// authority and keeps its order; the log's ` * Maintainer:` line fills in when
// nothing better is known.
import type { Tx } from "./persist-result";
import type { PreparedResult } from "./prepared-result";

// The log's Maintainer line gives bare addresses; only metadata.xml says whether
// one is a person or a project, so log rows default to person.
function typeOf(email: string): "person" | "project" {
  return /^maintainer-needed@/i.test(email) ? "project" : "person";
}

export async function upsertMaintainers(tx: Tx, packageId: number, result: PreparedResult): Promise<void> {
  const fromMeta = result.meta.maintainers;
  if (fromMeta && fromMeta.length > 0) {
    await tx.packageMaintainer.deleteMany({ where: { packageId } });
    await tx.packageMaintainer.createMany({
      data: fromMeta.map((m, position) => ({
        packageId,
        email: m.email.toLowerCase(),
        name: m.name ?? "",
        type: m.type ?? typeOf(m.email),
        position,
        source: "metadata",
      })),
      skipDuplicates: true,
    });
    return;
  }
  const fromLog = result.analysis.header.maintainers ?? [];
  if (fromLog.length === 0) return;
  // Metadata rows win: log rows are only added where the package has none.
  const known = await tx.packageMaintainer.count({ where: { packageId, source: "metadata" } });
  if (known > 0) return;
  await tx.packageMaintainer.createMany({
    data: fromLog.map((m, position) => ({
      packageId,
      email: m.email.toLowerCase(),
      name: m.name ?? "",
      type: typeOf(m.email),
      position,
      source: "log",
    })),
    skipDuplicates: true,
  });
}
