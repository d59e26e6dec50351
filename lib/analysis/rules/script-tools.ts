// Round 48c: the scripting tools a build or an ebuild runs for generated files and man pages (awk, perl, pod2man),
// in words no needle held: a tinderbox's full log lost them to the die's `emake failed` (round 47e reads only lines
// past the gate above make's echo), and an ebuild's own `awk … || die` died on its call stack. In other-tools.ts'
// table, after GNU sed's rule.
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ROOT } from "./rule";

/** gawk's `(FILENAME=x FNR=3) ` before a run-time message. */
const GAWK_RECORD = String.raw`(?:\(FILENAME=[^\n)]{0,200} FNR=\d+\) )?`;

export const AWK_ERROR: LineRule = {
  id: "awk-error",
  note:
    "awk refusing its program or its input, as GNU sed's script errors (round 47e): gawk's `awk: cmd. line:1: " +
    "<source>` echo is followed by the line with the caret and the message, which this takes (convention 1: the " +
    "message, not where); gawk's `fatal: …` (also `cmd. line:N: (FILENAME=x FNR=N) fatal: …`); mawk's `cannot " +
    "open x (…)` and `run time error: …`; the one-true-awk's `syntax error at source line N` and `can't open " +
    "file x`. gawk's `warning: …` is not. mawk's `line N: syntax error at or near x` stays shell-error's",
  needles: ["awk: "],
  pattern: new RegExp(
    String.raw`^[gmn]?awk: (?:(?:cmd\. line|[^\s:]{1,200}):\d+: ${GAWK_RECORD}(?:fatal: \S|\s*\^ \S)|` +
      String.raw`${GAWK_RECORD}fatal: \S|cannot open \S|run time error: \S|syntax error at source line \d|can't open file \S)`,
  ),
  example: "awk: cmd. line:1:                 ^ unexpected newline or end of string",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const PERL_SCRIPT_MISSING: LineRule = {
  id: "perl-script-missing",
  note:
    "perl cannot open the script a recipe or an ebuild runs (a generator named by an unset variable, " +
    "`/makeFromList.pl`, a file a patch was to add): the cause of make's echo and the die below it",
  needles: [`Can't open perl script "`],
  pattern: /^Can't open perl script "[^"\n]{1,300}": \S/,
  example: `Can't open perl script "/makeFromList.pl": No such file or directory`,
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const POD_ERRATUM: LineRule = {
  id: "pod-erratum",
  note:
    "Pod::Simple's complaint about a POD document (`file around line N: message`): with pod2man's default " +
    "`--errors=die` (podlators 2.5+) the man page is not made and pod2man dies below it (pod-syntax-errors). " +
    "Detail tier: `--errors=stderr` prints the same words as warnings and the build goes on, so any rule's " +
    "error line outranks it; it outranks pod2man's verdict, make's echo and the die's message",
  needles: [" around line "],
  pattern: /^\S{1,300} around line \d+: \S/,
  example: "src/collectd.conf.pod around line 10361: You forgot a '=back' before '=head2'",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const POD_SYNTAX_ERRORS: LineRule = {
  id: "pod-syntax-errors",
  note:
    "pod2man's (pod2text's) die after the errata above it (pod-erratum): an echo, conclusive (the man page " +
    "was not made, so an excerpt of it alone failed)",
  needles: ["POD document had syntax errors"],
  pattern: /^POD document had syntax errors at \S{1,300} line \d+\./,
  example: "POD document had syntax errors at /usr/bin/pod2man line 69.",
  role: "error",
  tier: TIER_ECHO,
  conclusive: true,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const SCRIPT_TOOL_RULES: readonly LineRule[] = [
  AWK_ERROR,
  PERL_SCRIPT_MISSING,
  POD_ERRATUM,
  POD_SYNTAX_ERRORS,
];
