// Item 11: whole-file searches had no concurrency limit and ran on after their
// client left. A big log, many searches at once, and searches that are aborted.
import { gzipSync } from "node:zlib";
import { getFileRoute, smallBuildLog, uploadResult } from "./host-kit";
import { summarise } from "./scenarios-highlight";

export async function parallelSearches(args: string[]) {
  const mib = Number(args[0] ?? 64);
  const line = "checking for something in the build output of a long log ... no\n";
  const body = Buffer.alloc(mib * 1024 * 1024, line);
  const { answer, fileIds } = await uploadResult({ atom: "dev-libs/abuse-1.0" }, [
    { name: "build.log", content: smallBuildLog() },
    { name: "big.log.gz", content: gzipSync(body) },
  ]);
  const fileId = fileIds["big.log.gz"];
  if (!fileId) throw new Error(`upload failed: ${JSON.stringify(answer)}`);
  const one = await getFileRoute("search", fileId, { q: "something" });
  const burst = await Promise.all(
    Array.from({ length: 30 }, () => getFileRoute("search", fileId, { q: "zzz" })),
  );
  // Searches whose clients leave at once: they must stop reading, so the next search is not slowed.
  const controllers = Array.from({ length: 10 }, () => new AbortController());
  const leaving = controllers.map((c) =>
    getFileRoute("search", fileId, { q: "no" }, c.signal).catch(() => null),
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (const c of controllers) c.abort();
  await Promise.all(leaving);
  const after = await getFileRoute("search", fileId, { q: "something" });
  return {
    single: { status: one.status, ms: one.ms, totalLines: one.body?.totalLines ?? null },
    burst: summarise(burst),
    afterAbort: { status: after.status, ms: after.ms },
  };
}
