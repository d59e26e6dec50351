import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";

const FAILED = [
  ">>> Emerging (1 of 1) media-libs/foo-2.1::gentoo",
  ">>> Configuring source in /var/tmp/portage/media-libs/foo-2.1/work/foo-2.1 ...",
  "checking for gcc... x86_64-pc-linux-gnu-gcc",
  "checking for ZLIB... no",
  "configure: error: Package requirements (zlib >= 1.2) were not met",
  " * ERROR: media-libs/foo-2.1::gentoo failed (configure phase):",
  " *   econf failed",
];

function expectConfigureFailure(log: string, line: number): void {
  const result = analyzeLogText(log);
  expect(result.status).toBe("failed");
  expect(result.kind).toBe("configure");
  expect(result.primary?.line).toBe(line);
  expect(result.primary?.text).toBe("configure: error: Package requirements (zlib >= 1.2) were not met");
}

describe("prefix grammar (line-prefix-grammar.ts)", () => {
  test("nested quote and list markers with trailing blanks", () => {
    expectConfigureFailure(["> > > - ", ...FAILED.map((l) => `> > > - ${l}  `)].join("\n"), 6);
  });

  test("a prefix that changes part-way: '- ' then '  - '", () => {
    const log = FAILED.map((l, i) => (i < 3 ? `- ${l}` : `  - ${l}`)).join("\n");
    expectConfigureFailure(log, 5);
  });

  test("a code block indented by 4 or 8 blanks", () => {
    expectConfigureFailure(FAILED.map((l) => `    ${l}`).join("\n"), 5);
    expectConfigureFailure(FAILED.map((l) => `        ${l}`).join("\n"), 5);
  });

  test("a journal head whose time varies per line", () => {
    const log = FAILED.map((l, i) => `Dec 02 12:34:${String(10 + i)} tinderbox emerge[4211]: ${l}`).join(
      "\n",
    );
    expectConfigureFailure(log, 5);
  });

  test("rendered markdown: Portage's ' * ' became '- ' and is read as an elog line again", () => {
    const log = [
      "- >>> Installing (1 of 1) x11-libs/foo-1.0::gentoo",
      "- Detected file collision(s):",
      "-         /usr/lib64/libfoo.so.1",
      "- Package 'x11-libs/foo-1.0' NOT merged due to file",
      "- collisions.",
    ].join("\n");
    const result = analyzeLogText(log);
    expect(result).toMatchObject({ status: "failed", kind: "collision" });
    expect(result.primary?.line).toBe(2);
  });

  test("stray backticks, <pre> and a banner glued to the resolver spinner", () => {
    const wrapped = ["<pre>`", ...FAILED.slice(0, -1), `${FAILED[6]}\``, "</pre>"].join("\n");
    expectConfigureFailure(wrapped, 6);
    const spun = analyzeLogText(
      [
        "Calculating dependencies | * ERROR: dev-foo/bar-1::gentoo failed (depend phase):",
        " *   bzr.eclass could not be found by inherit()",
      ].join("\n"),
    );
    expect(spun.status).toBe("failed");
    expect(spun.phase).toBe("depend");
  });

  test("Portage's own ' * ' and '>>> ' and Gradle's '> ' lines are no prefix", () => {
    const plain = analyzeLogText(FAILED.join("\n"));
    expect(plain.linePrefix).toBeNull();
    const gradle = ["> Task :app:compileKotlin FAILED", "", "* What went wrong:", "> Compilation error."];
    expect(analyzeLogText([...FAILED, ...gradle].join("\n")).linePrefix).toBeNull();
  });
});
