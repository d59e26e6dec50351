// A big, realistic build log for the viewer's benchmark and e2e test: the popt
// corpus log renamed to a package of its own, with `targetBytes` of compile
// noise (some ANSI-coloured, some with "\r" progress) spliced in before the
// failure, so the primary error sits near the end as in real 100 MB logs.
// Generated piece by piece, never held whole.
import { readFileSync } from "node:fs";
import path from "node:path";

/** The popt corpus case's build log: the template here, and the plain log tests upload. */
export const POPT_BUILD_LOG = path.resolve(
  __dirname,
  "..",
  "..",
  "..",
  "fixtures",
  "corpus",
  "generated",
  "compile-c-implicit-decl-popt",
  "build.log",
);
const SPLICE_AFTER = ">>> Compiling source in ";

export interface BigLog {
  atom: string;
  fileName: string;
  pieces: Generator<Buffer>;
}

/** `tag` makes the content unique (content addressing would dedupe it otherwise). */
export function bigBuildLog(targetBytes: number, tag: string): BigLog {
  const pkg = `biglog${tag.replace(/[^a-z0-9]/gi, "").toLowerCase()}`;
  const text = readFileSync(POPT_BUILD_LOG, "utf8")
    .replaceAll("popt-1.19", `${pkg}-1.19`)
    .replaceAll("dev-libs/popt", `dev-libs/${pkg}`);
  const lines = text.split("\n");
  const at = lines.findIndex((line) => line.startsWith(SPLICE_AFTER)) + 1;
  return {
    atom: `dev-libs/${pkg}-1.19`,
    fileName: `dev-libs:${pkg}-1.19:20261128-044417.log`,
    pieces: pieces(lines.slice(0, at), lines.slice(at), targetBytes),
  };
}

function* pieces(head: string[], tail: string[], targetBytes: number): Generator<Buffer> {
  yield Buffer.from(`${head.join("\n")}\n`);
  let produced = 0;
  for (let batch = 0; produced < targetBytes; batch++) {
    const piece = Buffer.from(noiseBatch(batch));
    produced += piece.length;
    yield piece;
  }
  yield Buffer.from(tail.join("\n"));
}

function noiseBatch(batch: number): string {
  const out: string[] = [];
  for (let i = 0; i < 500; i++) {
    const n = batch * 500 + i;
    const file = `src/module${n % 397}/unit_${n % 9173}.c`;
    if (n % 50 === 7)
      out.push(
        `\u001b[01m\u001b[K${file}:${n % 3000}:${n % 80}:\u001b[m\u001b[K \u001b[01;35m\u001b[Kwarning: \u001b[m\u001b[Kunused variable 'v${n % 97}' [-Wunused-variable]`,
      );
    else if (n % 200 === 11)
      out.push(`[${n % 100}%] progress\r[${(n + 1) % 100}%] Building C object ${file}.o`);
    else if (n % 10 === 3)
      out.push(`make[2]: Entering directory '/var/tmp/portage/work/src/module${n % 397}'`);
    else
      out.push(
        `libtool: compile:  gcc -DHAVE_CONFIG_H -I. -I.. -O2 -pipe -march=x86-64 -c ${file} -fPIC -DPIC -o .libs/unit_${n % 9173}.o`,
      );
  }
  return `${out.join("\n")}\n`;
}
