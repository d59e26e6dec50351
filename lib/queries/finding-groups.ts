// Less noise on the failure page, without touching what the analyzer stored:
// an error line's continuation lines (pytest's `E` block down to its `E ? ^^`
// markers, a compiler's `note:` lines) fold under the error they belong to, and
// a failed test found in the build log and in a test log (test-suite.log) is one
// entry listing every place it was seen. Pure: the page and the API shape the
// rows of getBuild() with it.

/** The columns of a Finding row this needs (BuildDetail["findings"] rows fit). */
export interface GroupableFinding {
  fileId: number | null;
  kind: "error" | "qa" | "test";
  lineNumber: number | null;
  text: string;
  isPrimary: boolean;
  testName: string | null;
}

export interface FindingGroup<F extends GroupableFinding> {
  head: F;
  /** Continuation lines folded under `head`, in line order. */
  continuations: F[];
  /** The head or one of its continuations is the primary error. */
  isPrimary: boolean;
}

export interface FailedTestEntry<F extends GroupableFinding> {
  name: string;
  /** Every finding that names this test, the build log's first. */
  sources: F[];
  isPrimary: boolean;
}

export interface GroupedFindings<F extends GroupableFinding> {
  error: FindingGroup<F>[];
  qa: FindingGroup<F>[];
  test: FailedTestEntry<F>[];
}

/** pytest's assertion block: every line starts with `E` and spaces (`E       assert …`, `E         ?  ^^`). */
const PYTEST_E_LINE = /^E(?:\s|$)/;
/** gcc/clang `file.c:12:3: note: …`, a bare `note: …`, rustc's `= note:` / `= help:`. */
const COMPILER_NOTE = /^(?:\S+?:\d+(?::\d+)?: note: |\s*note: |\s*= (?:note|help): )/;
/**
 * How far (in lines) a continuation may sit below the previous line of its group:
 * gcc prints two or three source/caret lines before a note, pytest skips empty `E` lines.
 */
export const MAX_CONTINUATION_GAP = 4;
/**
 * pytest closes a failure's traceback with its location, `tests/x.py:29: AssertionError`
 * (an error line of its own since round 8). With `-l` the test's locals sit between
 * the `E` block and it, a line per variable, so it may sit further below.
 */
const PYTEST_LOCATION = /^[^\s:]+\.py:\d+: [A-Za-z_][\w.]*$/;
const MAX_PYTEST_LOCATION_GAP = 40;

/** Error and QA findings folded into groups, failed tests merged by name. */
export function groupFindings<F extends GroupableFinding>(
  findings: readonly F[],
  buildLogId: number | null,
): GroupedFindings<F> {
  const ordered = [...findings].sort(byPlace(buildLogId));
  return {
    error: foldContinuations(ordered.filter((f) => f.kind === "error")),
    qa: foldContinuations(ordered.filter((f) => f.kind === "qa")),
    test: mergeTests(ordered.filter((f) => f.kind === "test")),
  };
}

/** Consecutive continuation lines of one file become part of the group above them. */
export function foldContinuations<F extends GroupableFinding>(ordered: readonly F[]): FindingGroup<F>[] {
  const groups: FindingGroup<F>[] = [];
  for (const finding of ordered) {
    const group = groups[groups.length - 1];
    if (group && continues(group, finding)) {
      group.continuations.push(finding);
      group.isPrimary ||= finding.isPrimary;
    } else {
      groups.push({ head: finding, continuations: [], isPrimary: finding.isPrimary });
    }
  }
  return groups;
}

function continues(group: FindingGroup<GroupableFinding>, finding: GroupableFinding): boolean {
  const last = group.continuations[group.continuations.length - 1] ?? group.head;
  if (finding.fileId !== last.fileId || finding.lineNumber === null || last.lineNumber === null) return false;
  const gap = finding.lineNumber - last.lineNumber;
  if (gap < 1) return false;
  if (PYTEST_LOCATION.test(finding.text)) {
    return gap <= MAX_PYTEST_LOCATION_GAP && PYTEST_E_LINE.test(group.head.text);
  }
  if (gap > MAX_CONTINUATION_GAP) return false;
  // An `E` line continues an `E` block; a note continues whatever error it follows.
  if (PYTEST_E_LINE.test(finding.text)) return PYTEST_E_LINE.test(group.head.text);
  return COMPILER_NOTE.test(finding.text);
}

/** One entry per test name, in order of first appearance (build log first). */
export function mergeTests<F extends GroupableFinding>(ordered: readonly F[]): FailedTestEntry<F>[] {
  const byName = new Map<string, FailedTestEntry<F>>();
  for (const finding of ordered) {
    const name = (finding.testName ?? finding.text).trim();
    const entry = byName.get(name);
    if (entry) {
      entry.sources.push(finding);
      entry.isPrimary ||= finding.isPrimary;
    } else {
      byName.set(name, { name, sources: [finding], isPrimary: finding.isPrimary });
    }
  }
  return [...byName.values()];
}

/** The build log first, then the other files by id, each by line. */
function byPlace(buildLogId: number | null) {
  const fileRank = (f: GroupableFinding) =>
    f.fileId === buildLogId ? -1 : (f.fileId ?? Number.MAX_SAFE_INTEGER);
  return (a: GroupableFinding, b: GroupableFinding) =>
    fileRank(a) - fileRank(b) || (a.lineNumber ?? 0) - (b.lineNumber ?? 0);
}
