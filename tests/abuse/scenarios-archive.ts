// Items 6 and 7: an archive compressed twice (stored after one layer) made every
// member view decompress all of it (a 4 GiB member in 944 bytes); and every
// missing member name was cached for ever at "size 0".

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { decompressorChildren, getFileRoute, shell, smallBuildLog, uploadResult } from "./host-kit";
import { summarise } from "./scenarios-highlight";

/** A tar whose first member is `gib` GiB of zeros, compressed with `outer` around `inner`. */
function nestedArchive(gib: number, inner: string, outer: string): Buffer {
  const bytes = gib * 1024 * 1024 * 1024;
  // GNU tar reads the zeros from a sparse file; --sparse is not used, so the member is plain data.
  return shell(
    `set -e; d=$(mktemp -d); truncate -s ${bytes} "$d/big.bin"; echo "configure: error: x" > "$d/config.log";` +
      ` tar -C "$d" -cf - big.bin config.log | ${inner} -1 -c | ${outer} -1 -c; rm -r "$d"`,
  );
}

async function storeArchive(name: string, content: Buffer): Promise<number> {
  const { answer, fileIds } = await uploadResult({ atom: "dev-libs/abuse-1.0" }, [
    { name: "build.log", content: smallBuildLog() },
    { name, content },
  ]);
  const id = fileIds[name];
  if (!id) throw new Error(`upload failed: ${JSON.stringify(answer)}`);
  return id;
}

export async function nestedArchiveViews(args: string[]) {
  const [gib = "1", inner = "xz", outer = "xz"] = args;
  const archive = nestedArchive(Number(gib), inner, outer);
  const fileId = await storeArchive(`logs.tar.${outer === "gzip" ? "gz" : outer}`, archive);
  const view = await getFileRoute("lines", fileId, { from: "1", to: "200", member: "config.log" });
  // A view whose client leaves after 300 ms: its decompressor must be gone soon after.
  const controller = new AbortController();
  const aborted = getFileRoute(
    "lines",
    fileId,
    { from: "1", to: "200", member: "other.log" },
    controller.signal,
  );
  // Wait until the view's decompressor runs (a fixed sleep raced with a loaded machine), then leave.
  const runningBeforeAbort = await waitForDecompressors(inner === "xz" ? 1 : 0, 15_000);
  controller.abort();
  await aborted.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const leftAfterAbort = decompressorChildren();
  // Many views of distinct names at once: a few decompress, a few wait, the rest are told to retry.
  const burst = await Promise.all(
    Array.from({ length: 24 }, (_, i) =>
      getFileRoute("search", fileId, { q: "error", member: `missing-${i}.log` }),
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return {
    uploadedBytes: archive.length,
    view: { status: view.status, ms: view.ms, body: view.body },
    runningBeforeAbort,
    leftAfterAbort,
    burst: summarise(burst),
    leftAtEnd: decompressorChildren(),
  };
}

/** Polls the children until `want` decompressors run (or the time is up); 0 only checks once. */
async function waitForDecompressors(want: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let running = decompressorChildren();
  while (running < want && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    running = decompressorChildren();
  }
  return running;
}

export async function memberMisses(args: string[]) {
  const names = Number(args[0] ?? 20_000);
  const archive = shell(
    `d=$(mktemp -d); seq 1 1000 > "$d/a.log"; tar -C "$d" -cf - a.log | gzip -c; rm -r "$d"`,
  );
  const fileId = await storeArchive("small.tar.gz", archive);
  const statuses: Record<string, number> = {};
  for (let i = 0; i < names; i += 8) {
    const batch = await Promise.all(
      Array.from({ length: 8 }, (_, j) =>
        getFileRoute("lines", fileId, { from: "1", to: "10", member: `missing/${i + j}/${"x".repeat(200)}` }),
      ),
    );
    for (const answer of batch) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  }
  const holder = globalThis as { kindlingMemberCache?: { size: number; bytes: number } };
  const cache = holder.kindlingMemberCache;
  return { names, statuses, cacheEntries: cache?.size ?? null, cacheBytes: cache?.bytes ?? null };
}

/** A tar.xz whose member is MEMBER_READ_CAP bytes of "\n" (33.5 M empty lines), viewed by `views` requests at once. */
export async function emptyLinesMember(args: string[]) {
  const views = Number(args[0] ?? 3);
  const { MEMBER_READ_CAP } = await import("@/lib/files/member-text");
  // Built asynchronously: a synchronous child blocks the health probe, which is to measure the views.
  const { stdout: archive } = await promisify(execFile)(
    "bash",
    [
      "-c",
      `set -e; d=$(mktemp -d); head -c ${MEMBER_READ_CAP} /dev/zero | tr '\\0' '\\n' > "$d/empty.log";` +
        ` tar -C "$d" -cf - empty.log | xz -1 -c; rm -r "$d"`,
    ],
    { encoding: "buffer", maxBuffer: 16 * 1024 * 1024 },
  );
  const fileId = await storeArchive("logs.tar.xz", archive);
  const answers = await Promise.all(
    Array.from({ length: views }, (_, i) =>
      getFileRoute("lines", fileId, {
        from: String(1 + i * 1000),
        to: String(200 + i * 1000),
        member: "empty.log",
      }),
    ),
  );
  const last = await getFileRoute("lines", fileId, {
    from: String(MEMBER_READ_CAP - 9),
    to: String(MEMBER_READ_CAP),
    member: "empty.log",
  });
  return {
    uploadedBytes: archive.length,
    memberBytes: MEMBER_READ_CAP,
    views: [...answers, last].map(({ status, ms, body }) => ({
      status,
      ms,
      totalLines: body?.totalLines,
      lines: Array.isArray(body?.lines) ? body.lines.length : null,
      error: status === 200 ? undefined : body,
    })),
  };
}
