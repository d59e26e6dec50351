// Item 2: attachments named like config.log / test-suite.log used to be kept as
// arrays of line strings until the upload ended (~500 MB per 32 MiB of short
// lines). Many small-on-the-wire compressed ones in one upload.
import { gzipSync } from "node:zlib";
import { shell, smallBuildLog, uploadResult } from "./host-kit";

/** Just under the per-file analysis cap (32 MiB), all empty lines: the worst case for line arrays. */
const ATTACHMENT_BYTES = 32 * 1024 * 1024 - 1024;

const NAMES = ["config.log", "test-suite.log", "meson-log.txt", "CMakeError.log", "LastTest.log"];

export async function uploadManyAttachments(args: string[]) {
  const count = Number(args[0] ?? 20);
  const compression = args[1] ?? "gzip";
  const body =
    compression === "xz"
      ? shell(`head -c ${ATTACHMENT_BYTES} /dev/zero | tr '\\0' '\\n' | xz -1 -c`)
      : gzipSync(Buffer.alloc(ATTACHMENT_BYTES, "\n"), { level: 9 });
  const suffix = compression === "xz" ? ".xz" : ".gz";
  const files = [{ name: "build.log", content: smallBuildLog() }];
  for (let i = 0; i < count; i++)
    files.push({ name: `d${i}/${NAMES[i % NAMES.length]}${suffix}`, content: body });
  const wireBytes = files.reduce((sum, f) => sum + f.content.length, 0);
  const { answer } = await uploadResult({ atom: "dev-libs/abuse-1.0" }, files);
  return { status: answer.status, ms: answer.ms, wireBytes, body: answer.body };
}
