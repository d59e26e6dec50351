import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { detectLinePrefix } from "./line-prefix";

const BODY = [
  ">>> Compiling source in /var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0 ...",
  "make -j4",
  "x86_64-pc-linux-gnu-gcc -O2 -c foo.c -o foo.o",
  "foo.c:12:5: error: unknown type name 'bar'",
  "make: *** [Makefile:12: foo.o] Error 1",
  " * ERROR: dev-libs/foo-1.0::gentoo failed (compile phase):",
  " *   emake failed",
];

describe("detectLinePrefix", () => {
  test.each([
    ["> ", "> "],
    ["- ", "- "],
    ["2026-11-29T13:02:50Z ", "2026-11-29T13:02:50Z "],
    ["[2026-11-29 13:02:50] ", "[2026-11-29 13:02:50] "],
    ["[13:02:50] ", "[13:02:50] "],
    ["#12 3.45 ", "#12 3.45 "],
  ])("finds %j on every line", (prefix, reported) => {
    expect(detectLinePrefix(BODY.map((line) => `${prefix}${line}`))?.example).toBe(reported);
  });

  test("no prefix on a plain Portage log, nor when only some lines carry one", () => {
    expect(detectLinePrefix(BODY)).toBeNull();
    const half = BODY.map((line, i) => (i % 2 === 0 ? `> ${line}` : line));
    expect(detectLinePrefix(half)).toBeNull();
  });

  test("a short excerpt quoted as a whole is a quote (round 11); Gradle's own `> Task` lines are not", () => {
    expect(detectLinePrefix(["> a", "> b"])?.example).toBe("> ");
    expect(detectLinePrefix(["> Task :app:compileJava FAILED", "> Compilation failed"])).toBeNull();
  });
});

describe("a prefixed log through the analyzer", () => {
  test("the quoted log fails where the plain one does, with the file's line numbers", () => {
    const plain = analyzeLogText(BODY.join("\n"));
    const quoted = analyzeLogText(["> ", ...BODY.map((line) => `> ${line}`)].join("\n"));
    expect(plain.primary?.line).toBe(4);
    expect(quoted).toMatchObject({ status: "failed", kind: "compile", phase: "compile", linePrefix: "> " });
    expect(quoted.primary).toEqual({ ...plain.primary, line: 5 });
  });

  test("buildkit step prefixes vary in time and are still stripped", () => {
    const log = BODY.map((line, i) => `#7 ${(i * 0.37).toFixed(2)} ${line}`).join("\n");
    const result = analyzeLogText(log);
    expect(result.linePrefix).toBe("#7 0.00 ");
    expect(result.primary?.text).toBe("foo.c:12:5: error: unknown type name 'bar'");
  });
});
