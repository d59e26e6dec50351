import { describe, expect, test } from "vitest";
import { analyzeLines } from "./testing/failure-class";

// Round 29c (the lead): pytest's FAILURES section header is the first line that names a failed test when an
// excerpt has no -ra summary row; LABELLING.md's "first failing-test line". Lines made up in pytest's layout.
const analyze = analyzeLines;

const totals = "2 failed, 347 passed, 2 deselected in 116.59s (0:01:56)";
const header =
  "_____________________________________________________ test_miff_cmyk16[internal] ___________________";
const traceback = [
  "",
  "tmp_path = PosixPath('/var/tmp/portage/media-gfx/img2pdf-0.5.1/temp/pytest-of-portage/pytest-0/test_miff_cmyk160')",
  "",
  "    def test_miff_cmyk16(tmp_path, engine):",
  ">       tmp_img = tmp_path / 'img.png'",
];

describe("pytest's FAILURES header names the failed test", () => {
  test("quiet totals, then a header and a traceback cut before the assertion: the header, kind test", () => {
    const result = analyze([totals, header, ...traceback]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
    // The header is no failed-test entry of its own (the node id of the summary or progress row is).
    expect(result.failedTests).toEqual([]);
  });

  test("a class's method, and a parameter with blanks and brackets: still the header", () => {
    for (const line of [
      "____________ TestEncode.test_roundtrip ____________",
      "______ test_parse[a [b] c-expected0] ______",
      // Padded to 80 columns: a long name keeps one underscore a side.
      "_ test_escape[markupsafe._native-abcd&><'\"efgh-abcd&amp;&gt;&lt;&#39;&#34;efgh] _",
    ]) {
      const result = analyze(["============================= FAILURES =============================", line]);
      expect(result.primary?.line, line).toBe(2);
      expect(result.kind, line).toBe("test");
    }
  });

  test("near miss: the -ra summary's FAILED row below stays the primary", () => {
    const result = analyze([
      header,
      ...traceback,
      "=========================== short test summary info ============================",
      "FAILED test_img2pdf.py::test_miff_cmyk16[internal] - AssertionError: assert 1 == 2",
      "========================= 2 failed, 347 passed in 116.59s ==========================",
    ]);
    expect(result.primary?.text).toMatch(/^FAILED test_img2pdf\.py::test_miff_cmyk16/);
  });

  test("near miss: -v's progress row above the header names the same first failure: it stays the primary", () => {
    const result = analyze([
      "tests/test_x.py::test_a PASSED                                           [ 1/2]",
      "tests/test_x.py::test_b FAILED                                           [ 2/2]",
      "",
      "=================================== FAILURES ===================================",
      "___________________________________ test_b ____________________________________",
    ]);
    expect(result.primary?.line).toBe(2);
  });

  test("near miss: other underscore banners are no failed test", () => {
    for (const line of [
      "_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _",
      "______________________________ summary ______________________________",
      "___ testing the widget ___",
    ]) {
      expect(analyze([line]).status, line).toBe("succeeded");
    }
  });
});
