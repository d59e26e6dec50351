import { describe, expect, test } from "vitest";
import { corpusText } from "./testing/corpus";
import { analyzeLines } from "./testing/failure-class";

// Round 32 (helper r32): shapes a reviewer named in words, both ways. Real row 780 holds the public log found (a
// gentoo-user reply as the mail archive numbers its lines); the other excerpts are written here from Portage's own
// formats (depgraph.py's masked-package list, the ebuild helpers' `!!! dobin: … does not exist`).
const analyze = analyzeLines;

const MASKED_HEADLINE =
  '!!! All ebuilds that could satisfy ">=dev-python/foo-4.24.3[python_targets_python3_11(-)?]" have been masked.';
const MASKED_PREAMBLE = "!!! One of the following masked packages is required to complete your request:";

describe("1a. emerge's own `- ` masked-package list is no paste's list marker", () => {
  test("a stray blank before the first line only: the headline is the primary, kind dependency", () => {
    const result = analyze([
      ` ${MASKED_HEADLINE}`,
      MASKED_PREAMBLE,
      "- dev-python/foo-9999::gentoo (masked by: missing keyword)",
      "- dev-python/foo-4.24.3-r1::SomeRepo (masked by: invalid: BDEPEND: Invalid atom (Invalid use dep: ''), token 3)",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("dependency");
    expect(result.primary).toMatchObject({ line: 1, ruleId: "dependency-unsatisfied" });
    expect(result.linePrefix).toBe(" ");
    // Two lines, the headline's blank alone.
    expect(analyze([` ${MASKED_HEADLINE}`, MASKED_PREAMBLE]).primary?.line).toBe(1);
  });

  test("every line indented by four blanks, a ROOT after the atom: the indentation is the paste's, not `    - `", () => {
    const result = analyze([
      '    !!! All ebuilds that could satisfy "app-text/foo" for /build/kevin/ have been masked.',
      `    ${MASKED_PREAMBLE}`,
      "    - app-text/foo-1.0::chromiumos (masked by: invalid: RDEPEND: USE flag 'x' referenced in conditional 'x?' is not in IUSE)",
      "    - app-text/foo-0.9::chromiumos (masked by: invalid: RDEPEND: USE flag 'x' referenced in conditional 'x?' is not in IUSE)",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("dependency");
    expect(result.primary).toMatchObject({ line: 1, ruleId: "dependency-unsatisfied" });
    expect(result.linePrefix).toBe("    ");
  });

  test("near miss: a log quoted as a markdown list keeps its `- ` prefix; a flush excerpt has none", () => {
    const listed = analyze([
      `- ${MASKED_HEADLINE}`,
      `- ${MASKED_PREAMBLE}`,
      "- - dev-python/foo-9999::gentoo (masked by: missing keyword)",
      "- For more information, see the MASKED PACKAGES section in the emerge",
    ]);
    expect(listed.linePrefix).toBe("- ");
    expect(listed.primary?.line).toBe(1);
    const flush = analyze([
      MASKED_HEADLINE,
      MASKED_PREAMBLE,
      "- dev-python/foo-9999::gentoo (masked by: missing keyword)",
      "- dev-python/foo-4.24.3-r1::gentoo (masked by: ~amd64 keyword)",
    ]);
    expect(flush.linePrefix).toBeNull();
    expect(flush.primary?.line).toBe(1);
    // A first line with one blank that is Portage's own elog bullet keeps its blank (no stray blank read).
    const elog = analyze([
      " * IMPORTANT: 2 news items need reading for repository 'gentoo'.",
      MASKED_HEADLINE,
    ]);
    expect(elog.linePrefix).toBeNull();
  });
});

describe("1b. a mail archive's numbered lines (`10 >> `): the number varies per line", () => {
  test("a slot conflict quoted with `>>` under line numbers is found, kind dependency", () => {
    const result = analyze([
      "10 >> !!! Multiple package instances within a single package slot have been pulled",
      "11 >> !!! into the dependency graph, resulting in a slot conflict:",
      "12 >>",
      "13 >> dev-libs/foo:0",
      "14 >>",
      "15 >>   (dev-libs/foo-1.0:0/0::gentoo, ebuild scheduled for merge) pulled in by",
      "16 >>     dev-libs/foo (Argument)",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("dependency");
    expect(result.primary).toMatchObject({ line: 1, ruleId: "dependency-unsatisfied" });
    expect(result.linePrefix).toBe("10 >> ");
  });

  test("the real archive page (row 780): `9 > !!! Multiple package instances …`", () => {
    const result = analyze(
      corpusText(
        "real/dependency-slot-conflict-numbered-mail-archive-quote-libpng-gentoo-user/snippet.log",
      ).split("\n"),
    );
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("dependency");
    expect(result.primary).toMatchObject({ line: 9, ruleId: "dependency-unsatisfied" });
  });

  test("near miss: numbers that do not run on by one are the log's own text", () => {
    const result = analyze([
      "5 tests passed",
      "2 tests failed",
      "7 tests total",
      "make: *** [Makefile:12: check] Error 1",
    ]);
    expect(result.linePrefix).toBeNull();
    // The test runner's count keeps its number.
    expect(result.primary).toMatchObject({ line: 2, text: "2 tests failed" });
  });
});

describe("2. an install helper's own line is the primary, kind install", () => {
  const path = "/var/tmp/portage/sci-misc/foo-9999/work/foo-9999_build/bin/rpc-server";

  test("`!!! dobin: … does not exist` glued after a paste's prose word, the QA notice's echo below it", () => {
    const result = analyze([
      `fixes !!! dobin: ${path} does not exist`,
      "",
      "ERROR: sci-misc/foo-9999::guru failed (install phase):",
      "",
      "dobin failed",
      "",
      "QA Notice: file does not exist:",
      "",
      `dobin: ${path} does not exist`,
      "",
      ">>> Failed to emerge sci-misc/foo-9999, Log file:",
    ]);
    expect(result.kind).toBe("install");
    expect(result.primary).toMatchObject({ line: 1, ruleId: "install-helper-missing-file" });
  });

  test("old Portage's `!!! dosbin:` with its path wrapped onto the next lines, quoted with `## `", () => {
    const result = analyze([
      "## !!! dosbin:",
      "## /var/tmp/portage/app-misc/foo-1.0/",
      "## work/foo-1.0/src/foo-daemon does not exist",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("install");
    expect(result.primary).toMatchObject({ line: 1, ruleId: "install-helper-missing-file" });
    // The whole old-Portage failure quoted so: `## ` is the quote's (a comment's two marks), not the log's.
    const whole = analyze([
      "## >>> Install foo-1.0 into /var/tmp/portage/app-misc/foo-1.0/image/ category app-misc",
      "## !!! dosbin:",
      "## /var/tmp/portage/app-misc/foo-1.0/work/foo-1.0/src/foo-daemon does not exist",
      "## ",
      "## !!! ERROR: app-misc/foo-1.0 failed.",
      "## Call stack:",
      "##   ebuild.sh, line 1549:  Called dyn_install",
      "##   ebuild.sh, line 1011:  Called src_install",
      "##   foo-1.0.ebuild, line 40:  Called die",
      "## ",
      "## !!! dosbin failed",
    ]);
    expect(whole.linePrefix).toBe("## ");
    expect(whole.kind).toBe("install");
    expect(whole.primary).toMatchObject({ line: 2, ruleId: "install-helper-missing-file" });
  });

  test("near miss: prose naming a helper without a path, and a `!!! dosbin:` line with more after it", () => {
    const prose = analyze(["see the wiki !!! dobin: README does not exist"]);
    expect(prose.primary?.ruleId).not.toBe("install-helper-missing-file");
    const other = analyze(["!!! dosbin: something else happened"]);
    expect(other.primary?.ruleId).not.toBe("install-helper-missing-file");
  });
});
