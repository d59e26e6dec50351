import { describe, expect, test } from "vitest";
import { detectLinePrefix } from "./line-prefix";
import { titleMessage } from "./normalize";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Session 10 (helper fix18): three defects rules17 saw in titles and atoms. Each is checked both ways.
const P = "/var/tmp/portage/dev-foo/bar-1.0";
const ERROR = "foo.c:12:3: error: 'x' undeclared (first use in this function)";

describe("1. a comment indented by a tab or blanks (`\\t# `) is one decoration", () => {
  // Four lines: enough for the prefix sample's shares (not the short-quote path).
  const quoted = (mark: string) => [
    `${mark}>>> Test phase: dev-foo/bar-1.0`,
    `${mark}x86_64-pc-linux-gnu-gcc -O2 -c foo.c`,
    `${mark}${ERROR}`,
    `${mark.replace(/# $/, "#\t")}make: *** [Makefile:3: check] Error 1`,
  ];

  test.each([
    ["\\t# ", "\t# "],
    ["4 blanks then # ", "    # "],
    ["2 blanks then # ", "  # "],
  ])("under %s: the text loses the mark, the `>>> Test phase` line is seen", (_name, mark) => {
    const result = analyzeLines(quoted(mark));
    expect(result.linePrefix).toBe(mark);
    expect(result.primary?.text).toBe(ERROR);
    expect(result.primary?.line).toBe(3);
    expect(result.phase).toBe("test");
    expect(result.title).toBe(
      "dev-foo/bar-1.0 fails test - foo.c: error: 'x' undeclared (first use in this function)",
    );
  });

  test("a tab-indented script's shebang keeps its `#!`", () => {
    const prefix = detectLinePrefix([
      "\t#!/bin/sh",
      "\t# build it",
      "\t# then install it",
      "\t# and test it",
    ]);
    expect(prefix?.strip("\t#!/bin/sh")).toMatch(/#!\/bin\/sh$/);
    expect(prefix?.strip("\t# build it")).toBe("build it");
  });

  test("buildkit's `#12 3.45 ` stays a head, its text's own `# ` is the text's", () => {
    const lines = ["#12 3.45 # a", "#12 3.46 # b", "#12 3.47 c", "#12 3.48 d"];
    const prefix = detectLinePrefix(lines);
    expect(prefix?.example).toBe("#12 3.45 ");
    expect(prefix?.strip("#12 3.45 # a")).toBe("# a");
  });

  test("the preprocessor's `#include` under a compiler's error is no comment mark, indented or not", () => {
    const gcc = [
      "\tfoo.c:1:10: fatal error: x.h: No such file or directory",
      "\t #include <x.h>",
      "\t          ^~~~~",
      "\tcompilation terminated.",
    ];
    expect(detectLinePrefix(gcc)?.strip("\t #include <x.h>")).toBe(" #include <x.h>");
    const includes = ["\t#include <a.h>", "\t#include <b.h>"];
    expect(detectLinePrefix(includes)?.strip("\t#include <a.h>") ?? "\t#include <a.h>").toMatch(
      /#include <a\.h>$/,
    );
    const shebang = ["#!/bin/sh", "# make: *** [Makefile:3: all] Error 1"];
    expect(detectLinePrefix(shebang)?.strip("#!/bin/sh") ?? "#!/bin/sh").toBe("#!/bin/sh");
  });
});

describe("2. ebegin/eend's status tag leaves the title and the coarse signature", () => {
  const padded = `Project ERROR: Unknown module(s) in QT: xml${" ".repeat(120)}[ !! ]`;

  test("a padded `[ !! ]`: gone from title and signature, kept in the stored primary text", () => {
    const result = analyzeLines([
      `>>> Compiling source in ${P}/work/bar-1.0 ...`,
      " * Running qmake ...",
      padded,
      ...dieBanner("compile", "eqmake5 failed"),
    ]);
    expect(result.primary?.text).toBe(padded);
    expect(result.title).toBe("dev-foo/bar-1.0 - Project ERROR: Unknown module(s) in QT: xml");
    expect(result.signature?.coarseText).toBe("compile | Project ERROR: Unknown module(s) in QT: xml");
  });

  test("`[ ok ]` too; a tag glued to the text is the text's", () => {
    expect(titleMessage("Unknown module(s) in QT: xml      [ ok ]")).toBe("Unknown module(s) in QT: xml");
    expect(titleMessage("Unknown module(s) in QT: xml\t[ !! ]")).toBe("Unknown module(s) in QT: xml");
    expect(titleMessage("xml[ !! ]")).toBe("xml[ !! ]");
    expect(titleMessage("xml [ no ]")).toBe("xml [ no ]");
  });
});

describe("3. the build's own progress lines name the atom", () => {
  const nothing = "setup: No executables and no library found. Nothing to do.";

  test.each([
    [`>>> Install dev-haskell/foo-1.2.1-r1 into /var/tmp/portage/dev-haskell/foo-1.2.1-r1/image`],
    [">>> Emerging (1 of 1) dev-haskell/foo-1.2.1-r1::haskell"],
    [">>> Emerging binary (1 of 1) dev-haskell/foo-1.2.1-r1::gentoo"],
    [">>> Test phase: dev-haskell/foo-1.2.1-r1"],
  ])("%s", (line) => {
    const result = analyzeLines([line, nothing, " * ERROR: dev-haskell/foo-1.2.1-r1"]);
    expect(result.atom).toBe("dev-haskell/foo-1.2.1-r1");
    expect(result.title).toMatch(/^dev-haskell\/foo-1\.2\.1-r1 /);
  });

  test("`>>> Completed installing <atom> into` (the build went through: an atom, no title)", () => {
    const result = analyzeLines([
      ">>> Completed installing dev-haskell/foo-1.2.1-r1 into /var/tmp/portage/dev-haskell/foo-1.2.1-r1/image",
    ]);
    expect(result.atom).toBe("dev-haskell/foo-1.2.1-r1");
  });

  test("the last build wins over an earlier one and over the resolver's rows", () => {
    const result = analyzeLines([
      "[ebuild  N     ] dev-libs/a-1.0",
      "[ebuild  N     ] dev-libs/b-2.0",
      ">>> Emerging (1 of 2) dev-libs/a-1.0::gentoo",
      ">>> Installing (1 of 2) dev-libs/a-1.0::gentoo",
      ">>> Emerging (2 of 2) dev-libs/b-2.0::gentoo",
      nothing,
    ]);
    expect(result.atom).toBe("dev-libs/b-2.0");
  });

  test("near miss: the die banner's atom still wins, and a build line quoting another package is none", () => {
    const banner = analyzeLines([
      ">>> Emerging (1 of 1) dev-libs/a-1.0::gentoo",
      nothing,
      ...dieBanner("install", "x"),
    ]);
    expect(banner.atom).toBe("dev-foo/bar-1.0");
    const none = analyzeLines(["make install >>> Install dev-libs/a-1.0 into /x", nothing]);
    expect(none.atom).toBeNull();
  });
});
