// Item 5: a colour-heavy log (an escape sequence per character) made one
// 200-line window a 127 MB answer and seconds of main-thread work. Several
// windows at once, then a burst of windows past the highlight limit.
import { getFileRoute, smallBuildLog, uploadResult } from "./host-kit";

const COLOURS = [31, 32, 33, 34, 35, 36];

/** 200 lines of 10,000 characters, each character in a colour of its own. */
function colourLog(): Buffer {
  const line = Array.from({ length: 10_000 }, (_, i) => `\u001b[${COLOURS[i % COLOURS.length]}mx`).join("");
  const lines = Array.from({ length: 200 }, () => line);
  return Buffer.concat([smallBuildLog(), Buffer.from(`${lines.join("\n")}\n`)]);
}

export async function colourWindows(args: string[]) {
  const parallel = Number(args[0] ?? 3);
  const burst = Number(args[1] ?? 0);
  const { answer, fileIds } = await uploadResult({ atom: "dev-libs/abuse-1.0" }, [
    { name: "build.log", content: colourLog() },
  ]);
  const fileId = fileIds["build.log"];
  if (!fileId) throw new Error(`upload failed: ${JSON.stringify(answer)}`);
  const window = { from: "1", to: "205" };
  const windows = await Promise.all(
    Array.from({ length: parallel }, () => getFileRoute("lines", fileId, window)),
  );
  const burstAnswers = await Promise.all(
    Array.from({ length: burst }, () => getFileRoute("lines", fileId, window)),
  );
  const first = windows[0];
  return {
    statuses: windows.map((w) => w.status),
    maxBytes: Math.max(...windows.map((w) => w.bytes)),
    maxMs: Math.max(...windows.map((w) => w.ms)),
    plainFromLine: first?.body?.plainFromLine ?? null,
    notice: first?.body?.notice ?? null,
    burst: summarise(burstAnswers),
  };
}

export function summarise(answers: Array<{ status: number; retryAfter: string | null; body: unknown }>) {
  const busy = answers.filter((a) => a.status === 503);
  const statuses: Record<number, number> = {};
  for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  return {
    statuses,
    ok: answers.filter((a) => a.status === 200).length,
    busy: busy.length,
    retryAfter: busy[0]?.retryAfter ?? null,
    busyBody: busy[0]?.body ?? null,
  };
}
