import { describe, expect, test } from "vitest";
import {
  analyzeLines,
  phaseLog,
  readingOf,
  realRow,
  realRowLines,
  streamedText,
} from "./testing/failure-class";

// Round 52d (helper rules52d): a program using Portage as a library (an overlay's site script calling
// `portdb.aux_get`, emerge itself) reads an ebuild whose depend phase dies, and then raises the KeyError Portage
// answers with. The die explains the traceback: the package's bug, no infrastructure failure. Named in words by the
// lead (held-out logs not read). Real rows 1170 (tatt: a lookup with no die above, still Portage's crash) and 1171
// (emerge --search reading an overlay's dying ebuild); the other lines are made up in the tools' own formats (Portage's
// die banner and call stack, porttree.py's aux_get, depgraph.py's `!!! Problem in '…' dependencies.`).
const TATT = "portage-crash-tatt-aux-get-portage-key-error-no-die-gdal";
const RION = "depend-emerge-search-aux-get-failed-global-scope-die-rion-yum";

const PYTHON_COMPAT_DIE = [
  " * ERROR: media-sound/foo-9999::my-overlay failed (depend phase):",
  " *   No supported implementation in PYTHON_COMPAT.",
  " * ",
  " * Call stack:",
  " *                 ebuild.sh, line 632:  Called source '/var/db/repos/my-overlay/media-sound/foo/foo-9999.ebuild'",
  " *        foo-9999.ebuild, line   8:  Called inherit 'python-single-r1'",
  " *                 ebuild.sh, line 312:  Called __qa_source '/var/db/repos/gentoo/eclass/python-single-r1.eclass'",
  " *                 ebuild.sh, line 123:  Called source '/var/db/repos/gentoo/eclass/python-single-r1.eclass'",
  " *   python-single-r1.eclass, line 250:  Called _python_single_set_globals",
  " *   python-single-r1.eclass, line 195:  Called _python_set_impls",
  " *    python-utils-r1.eclass, line 170:  Called die",
  " * The specific snippet of code:",
  ' *   \t\tdie "No supported implementation in PYTHON_COMPAT."',
  " * ",
  " * If you need support, post the output of `emerge --info '=media-sound/foo-9999::my-overlay'`,",
  " * the complete build log and the output of `emerge -pqv '=media-sound/foo-9999::my-overlay'`.",
  " * Working directory: '/usr/lib/python3.12/site-packages'",
  " * S: '/var/tmp/portage/media-sound/foo-9999/work/foo-9999'",
];

/** A CI job's site script asking Portage for the package's metadata, in Portage 3's form. */
const SITE_SCRIPT_TRACEBACK = [
  "Traceback (most recent call last):",
  '  File "/home/runner/work/my-overlay/my-overlay/.ci/gen-site.py", line 31, in <module>',
  "    desc, home = portdb.aux_get(cpv, ['DESCRIPTION', 'HOMEPAGE'])",
  '  File "/usr/lib/python3.12/site-packages/portage/dbapi/porttree.py", line 680, in aux_get',
  "    return loop.run_until_complete(",
  '  File "/usr/lib/python3.12/asyncio/base_events.py", line 687, in run_until_complete',
  "    return future.result()",
  "portage.exception.PortageKeyError: 'media-sound/foo-9999'",
];

const SITE_SCRIPT_LOG = [...PYTHON_COMPAT_DIE, ...SITE_SCRIPT_TRACEBACK];

describe("1. a depend-phase die, then the caller's metadata lookup raising", () => {
  test("a site script's PortageKeyError under an eclass's PYTHON_COMPAT die: the die's message, no infra", () => {
    expect(readingOf(analyzeLines(SITE_SCRIPT_LOG))).toMatchObject({
      status: "failed",
      line: 2,
      ruleId: "portage-die-message",
      kind: "unknown",
      phase: "depend",
      infra: null,
    });
  });

  test("Portage 2's pym frames and a plain KeyError under a missing eclass: no infra", () => {
    const result = analyzeLines([
      " * ERROR: dev-foo/bar-1.0::overlay failed (depend phase):",
      " *   eutils.eclass could not be found by inherit()",
      " * ",
      " * Call stack:",
      " *          ebuild.sh, line 550:  Called source '/var/lib/layman/overlay/dev-foo/bar/bar-1.0.ebuild'",
      " *   bar-1.0.ebuild, line   6:  Called inherit 'eutils'",
      " *          ebuild.sh, line 257:  Called die",
      " * The specific snippet of code:",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the ebuild.sh snippet's shell text
      ' *   \t\t[[ -z ${location} ]] && die "${1}.eclass could not be found by inherit()"',
      " * ",
      "Traceback (most recent call last):",
      '  File "/usr/local/bin/list-overlay", line 12, in <module>',
      '    print(portage.db["/"]["porttree"].dbapi.aux_get(cpv, ["DESCRIPTION"])[0])',
      '  File "/usr/lib64/portage/pym/portage/dbapi/porttree.py", line 405, in aux_get',
      "    raise KeyError(mycpv)",
      "KeyError: 'dev-foo/bar-1.0'",
    ]);
    expect(readingOf(result)).toMatchObject({
      line: 2,
      ruleId: "portage-die-message",
      phase: "depend",
      infra: null,
    });
  });

  test("the exception alone says it (a traceback cut to its last Portage frame): an EAPI refusal, no infra", () => {
    const result = analyzeLines([
      " * ERROR: app-misc/baz-2::overlay failed (depend phase):",
      " *   EAPI=6 is not supported",
      " * ",
      "Traceback (most recent call last):",
      '  File "/usr/lib/python3.11/site-packages/portage/util/futures/_asyncio/__init__.py", line 298, in _safe_loop',
      "    return future.result()",
      "portage.exception.PortageKeyError: 'app-misc/baz-2'",
    ]);
    expect(readingOf(result)).toMatchObject({ line: 2, phase: "depend", infra: null });
  });

  test("the frame says it (a paste cut above the exception): porttree's aux_get frame, no infra", () => {
    const result = analyzeLines([...PYTHON_COMPAT_DIE, ...SITE_SCRIPT_TRACEBACK.slice(0, 5)]);
    expect(readingOf(result)).toMatchObject({ line: 2, phase: "depend", infra: null });
  });

  test("emerge re-raising after depgraph's `!!! Problem in '…' dependencies.`: the die's message, no infra", () => {
    const result = analyzeLines([
      ...PYTHON_COMPAT_DIE,
      "",
      "",
      "!!! Problem in 'media-sound/foo' dependencies.",
      "!!! 'media-sound/foo-9999' portage.exception",
      "Traceback (most recent call last):",
      '  File "/usr/lib/python3.12/site-packages/_emerge/depgraph.py", line 5012, in _select_files',
      "    pkg, existing_node = self._select_package(",
      '  File "/usr/lib/python3.12/site-packages/portage/dbapi/porttree.py", line 680, in aux_get',
      "    return loop.run_until_complete(",
      "portage.exception.PortageKeyError: 'media-sound/foo-9999'",
    ]);
    expect(readingOf(result)).toMatchObject({ line: 2, ruleId: "portage-die-message", infra: null });
  });

  test.each([1, 7, 64, 4093])("StreamingLog at %i-byte chunks reads the site script's log alike", (size) => {
    expect(readingOf(streamedText(`${SITE_SCRIPT_LOG.join("\n")}\n`, size))).toMatchObject({
      line: 2,
      phase: "depend",
      infra: null,
    });
  });
});

describe("1. near misses: the traceback stays Portage's crash", () => {
  test("real row 1170: tatt's aux_get raising PortageKeyError with no die above it", () => {
    expect(readingOf(realRow(TATT))).toMatchObject({
      status: "failed",
      line: 11,
      ruleId: "portage-crash",
      kind: "unknown",
      infra: "portage-crash",
    });
  });

  test("the site script's traceback alone: portage-crash, its exception primary", () => {
    expect(readingOf(analyzeLines(SITE_SCRIPT_TRACEBACK))).toMatchObject({
      line: 8,
      ruleId: "portage-crash",
      infra: "portage-crash",
    });
  });

  test("Portage's own TypeError after a depend-phase die (no metadata lookup): portage-crash", () => {
    const result = analyzeLines([
      ...PYTHON_COMPAT_DIE,
      "Traceback (most recent call last):",
      '  File "/usr/lib/python-exec/python3.12/emerge", line 59, in main',
      "    retval = emerge_main()",
      '  File "/usr/lib/python3.12/site-packages/_emerge/depgraph.py", line 3101, in _add_pkg_deps',
      "    for atom in deps:",
      "TypeError: 'NoneType' object is not iterable",
    ]);
    expect(readingOf(result)).toMatchObject({ line: 2, infra: "portage-crash" });
  });

  test("the lookup's traceback above the die: the die does not explain it", () => {
    const result = analyzeLines([...SITE_SCRIPT_TRACEBACK, ...PYTHON_COMPAT_DIE]);
    expect(readingOf(result).infra).toBe("portage-crash");
  });

  test("a compile-phase die, then a lookup's traceback: only the depend phase explains one", () => {
    const result = analyzeLines([...phaseLog([], "compile", "emake failed"), ...SITE_SCRIPT_TRACEBACK]);
    expect(readingOf(result)).toMatchObject({ phase: "compile", infra: "portage-crash" });
  });
});

describe("2. emerge itself reading the dying ebuild (no traceback)", () => {
  test("real row 1171: emerge --search's `aux_get() failed, skipping` over a global-scope die: the die's message", () => {
    const lines = realRowLines(RION);
    expect(lines[0]).toBe("emerge: search: aux_get() failed, skipping");
    expect(readingOf(realRow(RION))).toMatchObject({
      status: "failed",
      line: 3,
      ruleId: "portage-die-message",
      kind: "unknown",
      infra: null,
    });
  });

  test("depgraph's `!!! Problem in '…' dependencies.` lines under the die: the die's message, no infra", () => {
    const result = analyzeLines([
      ...PYTHON_COMPAT_DIE,
      "",
      "",
      "!!! Problem in 'media-sound/foo' dependencies.",
      "!!! 'media-sound/foo-9999' portage.exception",
    ]);
    expect(readingOf(result)).toMatchObject({ line: 2, phase: "depend", kind: "unknown", infra: null });
  });
});
