// The grammar of what pastes and capture tools put in front of Portage's lines.
// A prefix is, in order: one head that varies per line (a syslog/journal head,
// an ISO or [hh:mm:ss] timestamp, buildkit's "#12 3.45 "), one stray backtick /
// <pre> / <code>, any mix of markdown quote and list markers ("> > > - ",
// "  - "), then a constant indentation (code blocks). Which parts a log uses is
// decided on its first lines (line-prefix.ts); each line is then stripped on its
// own, so a prefix that changes part-way ("- " then "  - ") is still removed.
// Portage's own " * " and ">>> " are never part of a prefix: "*" is no marker,
// ">" is one only before a blank, and a blank eaten before "*" is given back.

/**
 * ChromiumOS' parallel_emerge: the package's name and version before each line of its output
 * (`gtk-doc-am-1.13-r2: `). Name parts after a `-` start with a letter, the version with a digit.
 * Round 21c: never a tool's own name with its version before the tool's diagnostic (`clang-3.9: error: `,
 * `x86_64-pc-linux-gnu-gcc-13.2.1: error: `, `make-4.3: *** `): that is the tool speaking, not a job's head.
 */
export const PACKAGE_HEAD =
  /^(?!(?:[\w+]{1,60}-){0,6}(?:clang|gcc|g\+\+|cc|c\+\+|cpp|ld|make|gmake|ninja|cmake|python|perl|ruby|go|rustc|cargo|meson)(?:\+\+)?-\d{1,9}(?:\.\d{1,9}){0,8}: (?:fatal )?(?:error|warning|note|\*\*\*))[A-Za-z0-9][\w+]{0,60}(?:-[A-Za-z][\w+]{0,60}){0,8}-\d{1,9}(?:\.\d{1,9}){0,8}[a-z]?(?:_[a-z]{1,5}\d{0,9}){0,4}(?:-r\d{1,4})?: /;

/**
 * Round 29a: an IRC client's log of a channel where the build's output was pasted line by line: the speaker's nick
 * in angle brackets, irssi's `< nick> ` (a blank or the mode sign `@`, `+` before the name), `<nick> `, with the
 * client's clock before it (`[12:34] <nick> `, `12:34:56 < nick> `). The nick is IRC's (a letter or one of
 * `[]\`_^{|}` first, then those, digits and `-`), so a tool's `<command-line>: error:` is none.
 */
const IRC_HEAD =
  /^(?:\[\d\d:\d\d(?::\d\d)?\] |\d\d:\d\d(?::\d\d)? )?<[ @+%&~]?[A-Za-z[\]\\`_^{|}][\w[\]\\`^{|}-]{0,31}> /;

/** Heads that vary per line; at most one kind per log. */
const HEADS: readonly RegExp[] = [
  // GitLab's job log: the time, then the stream (`00O` stdout, `01E` stderr; `+` on a continued line)
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z \d\d[OE](?:\+| |$)/,
  // ISO: GitHub Actions `2024-05-01T15:19:07.5322233Z `, Buildkite/Jenkins `[2024-05-01T15:19:07.532Z] `;
  // an empty output line keeps only the head (no blank after it)
  /^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?\]?(?: |$)/,
  /^\[\d\d:\d\d:\d\d(?:[.,]\d{1,9})?\](?: |$)/,
  // Buildkite's raw log: an APC escape with the epoch milliseconds (`ESC _bk;t=1714576747532 BEL`)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC and BEL are exactly what this head holds.
  /^\x1b_bk;t=\d{10,16}\x07/,
  // a bare clock (Jenkins' timestamper, `ts`, screen logs): `15:19:07 `
  /^\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?: |$)/,
  /^#\d+ \d+\.\d+ /,
  // Mozilla's mach: minutes:seconds since the build started (` 0:05.12 `, `127:56.95 `); alone on an empty line.
  // Round 30a: with the tag of the sub-configure speaking after it (`js/src> `, the objdir-relative directory
  // old-configure ran in), which is the capture's too: `/bin/sh: …: bad interpreter` starts its line behind it
  /^ {0,3}\d{1,4}:\d\d\.\d\d(?: (?:[\w.+-]{1,100}(?:\/[\w.+-]{1,100}){0,8}> )?|$)/,
  PACKAGE_HEAD,
  // Round 28: grep's file name over a saved log (`build.log:`, `-n`'s `build.log:12:`, a context line's
  // `build.log-13-`); the text after it is the log's line as it was, indentation and all. Round 29b: Portage's
  // own log names hold colons (PORT_LOGDIR's `net-p2p:bitcoin-qt-0.20.1:20210301-101010.log`, split-log's
  // `build/net-p2p/bitcoin-qt-0.20.1:20210301-101010.log`), and grep over several logs names each line's own
  /^(?:\.{0,2}\/)?[\w.+@/:-]{0,200}\.(?:log|txt|out)(?:(?::\d{1,7})?:|-\d{1,7}-)/,
  // `Dec 02 12:34:56 host emerge[123]: ` (syslog, journalctl)
  /^[A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d \S+ [^\s:[]+(?:\[\d+\])?: /,
  IRC_HEAD,
];
/**
 * Heads a short excerpt (fewer lines than the sample needs) is read with: clocks only. A tool's own
 * `clang-18: ` reads like parallel_emerge's package head on a line or two.
 */
export const SHORT_HEADS = HEADS.filter((shape) => shape !== PACKAGE_HEAD);

/**
 * A paste site's numbered view (pastebin's `  12. `): the line's number, right-aligned, then `. `; an
 * empty line keeps `  12. ` (or `  12.` once trailing blanks are cut). A rendered list may put `- `
 * first. Other sites print the number zero-padded to six digits, no dot (`000180 text`). Taken as a
 * head only when the sample's numbers run on by one (NUMBERED_RUN).
 */
export const NUMBERED_HEAD = /^(?:- )? {0,6}(\d{1,7})(?:\.|(?<=^\d{6}))(?: |$)/;
/**
 * Round 32: a mail archive's numbered view (archives.gentoo.org's message page): the line's number, one blank, then
 * the line as the mail has it, quoted or not (`9 > !!! Multiple package instances …`, `10 >> !!! …`); an empty
 * line keeps its number alone (`3`, or `12 >>` for an empty quoted one). A bare number before text is no head of
 * its own (`2 errors generated.`): only for the grammar, when the sample's numbers run on by one (NUMBERED_RUN),
 * never per line (decoration.ts).
 */
const NUMBERED_ARCHIVE_HEAD = /^ {0,6}(\d{1,7})(?: |$)/;
/** Share of neighbouring numbered sample lines whose numbers must differ by exactly one. */
const NUMBERED_RUN = 0.75;

/**
 * A leading `<pre>`/`<code>`, one stray backtick (the line has an odd number of them), or markdown's double
 * backticks around code that holds one (round 47e: ``sed: -e expression #2, char 9: unknown option to `s'``).
 */
const WRAP_OPEN = /^(?:<pre>|<code>)+|^``(?!`) ?|^`(?!``)/;
const WRAP_CLOSE = /(?:<\/code>|<\/pre>)+$|`$/;
/** The double backticks closing a line WRAP_OPEN opened with them. */
const DOUBLE_WRAP_CLOSE = / ?``$/;
const WRAP_CLOSE_TAG = /<\/(?:code|pre)>$/;
const FENCE = /^```\w*$/;
/**
 * An HTML line break a blog or forum kept at the end of every pasted line; a page that escaped its
 * source once more shows it as `&lt;br />` (round 16).
 */
export const BREAK_END = /(?:<|&lt;)br ?\/?(?:>|&gt;)$/i;
/** HTML's escapes in such a page's lines (`#include &lt;QObject&gt;`, `&quot;`): read as the characters. */
export const HTML_ENTITY = /&(?:lt|gt|amp|quot|apos|#39);/g;
const HTML_ENTITY_CHARS: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
  "&quot;": '"',
  "&apos;": "'",
  "&#39;": "'",
};
/** `text` with HTML's escapes (HTML_ENTITY) read as the characters. */
export function decodeHtmlEntities(text: string): string {
  return text.includes("&")
    ? text.replace(HTML_ENTITY, (entity) => HTML_ENTITY_CHARS[entity] ?? entity)
    : text;
}

/** Markdown quote and list markers: ">" or "-" followed by a blank (or the line's end). */
const MARKERS = /^(?:[ \t]*[>-](?:[ \t]|$))+/;
const ONE_MARKER = /^[ \t]*([>-])(?:[ \t]|$)/;
/** E-mail's compact nesting (`>> `, `>>> `, `>> > `): a ">" may follow a ">" directly. */
const COMPACT_RUN = /^(?:[ \t]*>)+(?:[ \t]|$)/;
const ONE_COMPACT_MARKER = /^[ \t]*>[ \t]?/;
/**
 * A quoted empty line (`>>>` alone): Portage's own `>>> ` has text after it, except around rsync.py's
 * `>>> SERVER OUT OF DATE: …` block (PORTAGE_BARE_MARKER_BLOCK), which frames itself with bare `>>>` lines.
 */
const BARE_RUN = /^(?:[ \t]*>)+[ \t]*$/;
export const PORTAGE_PROGRESS = /^>>> \S/;
const PORTAGE_BARE_MARKER_BLOCK = /^>>> (?:SERVER OUT OF DATE: |In order to force sync, remove ')/;
/**
 * A shell or ebuild comment's "# " (a log quoted in an ebuild, a script, a config file), with the blanks
 * an indented comment puts before it (`\t# ` in an ebuild function, session 10): one decoration, so the
 * indentation is not read as a code block's and the `#` left to the text. `#` then a blank or the line's
 * end only: a shebang `#!`, buildkit's `#12` and the preprocessor's `#include` are no comment marks. Not
 * when the log is the resolver's: its autounmask proposals have "# required by" lines of their own. Round 32: or
 * two marks (`## !!! dosbin:`, a log kept in a comment block of an ebuild or a script).
 */
export const HASH_MARKER = /^[ \t]{0,8}##?(?:[ \t]|$)/;
/**
 * A short quote (fewer lines than the sample needs) whose every line starts with `#`: a log quoted in an
 * ebuild comment, `#` glued to the text too (`#FAILED tests/x.py`). Not buildkit's `#12 3.45 `, a
 * shebang, nor the preprocessor's directives (`#include <x.h>` under a compiler's error).
 */
const SHORT_HASH_LINE =
  /^[ \t]{0,8}#(?!\d+ \d|!|(?:include|define|undef|ifn?def|if|elif|else|endif|pragma)\b)/;
/** The short quote's `#`, with the blanks an indented comment (an ebuild function's tab) put before it. */
const TIGHT_HASH = /^[ \t]{0,8}#[ \t]?/;
const AUTOUNMASK_COMMENT = /^[ \t]{0,8}# required by /;
/**
 * Gradle's own `> ` lines (`> Task :app:compileJava FAILED`): a short excerpt of them is no quote. A longer
 * quoted Gradle log is told apart by its depth (typicalDepth).
 */
const GRADLE_OWN = /^> (?:Task :|Configure project )/;
/**
 * A markdown escaper's work (an e-mail reply or a web form turned into markdown: GitHub's, turndown's):
 * make's `***` as `**\*` or `\*\*\*`, a backtick as `` \` `` (ld's `` undefined reference to \`sym' ``), Portage's
 * ` * ` and `>>>` at a line's start as `\* ` and `\>>>`.
 */
const MARKDOWN_ESCAPED = /\*\*\\\*|\\\*\\\*|\\`|^[ \t>-]*\\[*>] ?\S/;
/** The characters markdown escapers put a backslash before; the backslash goes. */
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!<>|])/g;
/**
 * The resolver spinner a die banner got glued to: `Calculating dependencies | * ERROR: ...`. Round 29a: or an emerge
 * message (`Calculating dependencies -!!! Digest verification failed:`, the Manifest check of an ebuild the
 * resolver reads): the `!!! ` line is Portage's verdict, read as if it started the line. A `!` of the spinner's own
 * `done!` is no such start.
 */
export const SPINNER = /^Calculating dependencies(?:[^*!\n]|!(?!!! ))*(?=\* |!!! )/;
/** A rendered table's borders around every line (a gist's view copied): `| ` before, ` | |` after. */
const TABLE_START = /^\|[ \t]?/;
const MAX_TABLE_BORDERS = 4;
/**
 * Rendered markdown turns Portage's " * " bullet into "- "; after a list marker
 * these texts are elog lines again (`- Detected file collision(s):`, `-   no configure script found`).
 * Round 52e: a numbered entry indented by two (RSpec's `  1) Group example`) is its tool's line, not an elog one.
 */
export const ELOG_AFTER_DASH =
  /^(?:ERROR: |Detected file collision|Package '|ACCESS DENIED|QA Notice|Call stack:|Messages for package|Fetch failed|Working directory:|S: '| {2}(?!\d{1,4}\) )\S)/;
const MAX_INDENT = 8;
/** A markdown code block indents by 4; two blanks are an abridged excerpt's own indentation. */
const MIN_INDENT = 4;
/**
 * ...unless Portage's own lines are indented too: `  >>> Compiling source`, `   * ERROR:` start at the
 * line's start in a build log, so two blanks before them are the paste's.
 */
const SHALLOW_INDENT = 2;
const PORTAGE_LINE =
  /^(?:>>> \S|!!! \S|\* (?:ERROR: |Package:|Call stack:|Messages for package|Fetch failed|Working directory:|QA Notice:))/;
/** An emerge message line (`!!! All ebuilds that could satisfy …`) after a single blank. */
const ONE_BLANK_PORTAGE = /^ (?:!!!|>>>) \S/;
/**
 * Round 32: emerge's own `- ` list (depgraph.py) of the masked packages (`- dev-python/foo-9999::gentoo (masked by:
 * missing keyword)`) and of a selected package with unmet REQUIRED_USE (`- x11-libs/libxcb-1.9.1::gentoo USE="…"`):
 * Portage's text, no paste's list marker. Two of them under emerge's two `!!! ` lines are half of a short excerpt.
 */
const PORTAGE_DASH_LIST =
  /^[ \t]*- [A-Za-z0-9][\w+.-]{0,60}\/[\w+.-]{1,200}(?:::[\w.-]{1,100})? (?:\(masked by: |USE=")/;
/** Portage's own elog line at the line's start (` * …`, one blank before the bullet). */
const FLUSH_ELOG = /^ \*(?: |$)/;
const MAX_DEPTH = 16;

function markerDepth(run: string): number {
  return run.replace(/[ \t]/g, "").length;
}

export interface PrefixGrammar {
  head: RegExp | null;
  /** A machine's head after a paste site's line number (the numbered view of a mach log), or null. */
  innerHead?: RegExp | null;
  /** Strip stray backticks, <pre>/<code> and fences. */
  wrap: boolean;
  /**
   * Markers stripped per line at most (0: none). Deeper "> " runs are the log's own
   * (Gradle's "> Task :x" in a quoted log); a deeper run with a "-" is still a paste's.
   */
  markers: number;
  /** The markers are e-mail's compact ones (`>>> `): one ">" and at most one blank each. */
  compact: boolean;
  /**
   * Compact markers stripped after the spaced ones (`> >> `, `> >>>>   make: …`: a reply quoting a
   * compactly quoted log), when nearly every line carries them after its spaced markers.
   */
  compactAfter?: number;
  /** Leading blanks removed after the markers (a code block's indentation). */
  indent: number;
  spinner: boolean;
  /** Strip a trailing `<br>` (a paste whose lines nearly all end in one). */
  breaks: boolean;
  /** Strip markdown bold around a whole line (`**!!! Multiple package instances …**`), per line. */
  bold?: boolean;
  /** Strip one leading comment `#` and its blank. */
  hash: boolean;
  /** ...also a `#` glued to the text (a short quote, SHORT_HASH_LINE on every line). */
  hashTight?: boolean;
  /** Strip a table's left border (`| `). */
  tableStart?: boolean;
  /** Strip a table's right borders (` | |`). */
  tableEnd?: boolean;
  /** Undo a markdown escaper's backslashes (MARKDOWN_ESCAPED seen in the sample), per line. */
  unescapeMarkdown?: boolean;
}

export interface Stripped {
  /** Characters (= bytes, all ASCII) cut from the line's start. */
  cut: number;
  text: string;
}

/** Columns a leading blank takes: a tab indents a markdown code block as four blanks do. */
function blankWidth(char: string): number {
  if (char === " ") return 1;
  return char === "\t" ? MIN_INDENT : 0;
}

/** Characters of `text`'s leading blanks that fit in `width` columns. */
function stripIndent(text: string, width: number): number {
  let i = 0;
  for (let columns = 0; i < text.length; i++) {
    const step = blankWidth(text[i]);
    if (step === 0 || columns + step > width) break;
    columns += step;
  }
  return i;
}

/** Columns of `text`'s leading blanks, up to `width`. */
function indentColumns(text: string, width: number): number {
  let columns = 0;
  for (let i = 0; i < stripIndent(text, width); i++) columns += blankWidth(text[i]);
  return columns;
}

/**
 * A whole line in markdown bold: `**` then a non-blank, and `**` at its end. GLib's
 * `** (foo:123): WARNING **: …` has a blank after its opening stars and is no such line.
 */
function boldLine(text: string): boolean {
  const end = text.trimEnd();
  return (
    end.length > 4 &&
    end.startsWith("**") &&
    end.endsWith("**") &&
    /\S/.test(end.charAt(2)) &&
    end.charAt(2) !== "*"
  );
}

/** Where a line's table borders (`… | |`) and the blanks before them start, else -1. Linear, no regex. */
function tableEndAt(text: string): number {
  const blankBefore = (at: number): boolean => at > 0 && (text[at - 1] === " " || text[at - 1] === "\t");
  let at = text.length;
  let borders = 0;
  while (borders < MAX_TABLE_BORDERS) {
    let i = at;
    while (blankBefore(i)) i--;
    if (i === 0 || text[i - 1] !== "|") break;
    at = i - 1;
    borders++;
  }
  if (borders === 0) return -1;
  while (blankBefore(at)) at--;
  return at;
}

function withoutTableEnd(text: string): string {
  const at = tableEndAt(text);
  return at < 0 ? text : text.slice(0, at);
}

function oddBackticks(text: string): boolean {
  let count = 0;
  for (let i = text.indexOf("`"); i >= 0; i = text.indexOf("`", i + 1)) count++;
  return count % 2 === 1;
}

/** One line through the grammar: what was cut from its start, and the text left. */
export function stripWith(grammar: PrefixGrammar, raw: string): Stripped {
  let rest = raw;
  const cutBy = (length: number): void => {
    rest = rest.slice(length);
  };
  if (grammar.head) cutBy(grammar.head.exec(rest)?.[0].length ?? 0);
  if (grammar.innerHead) cutBy(grammar.innerHead.exec(rest)?.[0].length ?? 0);
  let doubleWrap = false;
  if (grammar.wrap) {
    if (FENCE.test(rest.trim())) return { cut: raw.length, text: "" };
    const open = WRAP_OPEN.exec(rest)?.[0] ?? "";
    doubleWrap = open.startsWith("``");
    cutBy(open.length);
  }
  if (grammar.hash) cutBy((grammar.hashTight ? TIGHT_HASH : HASH_MARKER).exec(rest)?.[0].length ?? 0);
  if (grammar.tableStart) cutBy(TABLE_START.exec(rest)?.[0].length ?? 0);
  let dash = false;
  if (grammar.compact) {
    for (let depth = 0; depth < grammar.markers; depth++) {
      const marker = ONE_COMPACT_MARKER.exec(rest);
      if (!marker) break;
      cutBy(marker[0].length);
    }
  } else if (grammar.markers > 0) {
    const run = MARKERS.exec(rest)?.[0] ?? "";
    const all = run.length > 0 && markerDepth(run) > grammar.markers && run.slice(0, -1).includes("-");
    for (let depth = 0; depth < grammar.markers || (all && depth < MAX_DEPTH); depth++) {
      const marker = ONE_MARKER.exec(rest);
      if (!marker) break;
      dash = marker[1] === "-";
      cutBy(marker[0].length);
    }
  }
  for (let depth = 0; depth < (grammar.compactAfter ?? 0); depth++) {
    const marker = ONE_COMPACT_MARKER.exec(rest);
    if (!marker) break;
    cutBy(marker[0].length);
  }
  cutBy(stripIndent(rest, grammar.indent));
  // The spinner eats the blank of the banner's " * "; give it back. (Other parts keep the
  // line's own blanks, and Gradle's "* What went wrong:" has none.)
  const spun = grammar.spinner ? (SPINNER.exec(rest)?.[0].length ?? 0) : 0;
  cutBy(spun);
  const bold = grammar.bold === true && boldLine(rest);
  if (bold) cutBy(2);
  const cut = raw.length - rest.length;
  let text = bold ? rest.trimEnd().slice(0, -2) : rest;
  if (doubleWrap && DOUBLE_WRAP_CLOSE.test(text)) text = text.replace(DOUBLE_WRAP_CLOSE, "");
  else if (grammar.wrap && (oddBackticks(text) || WRAP_CLOSE_TAG.test(text)))
    text = text.replace(WRAP_CLOSE, "");
  if (grammar.breaks) {
    text = text.replace(BREAK_END, "");
    text = decodeHtmlEntities(text);
  }
  if (grammar.tableEnd) text = withoutTableEnd(text);
  if (grammar.unescapeMarkdown && text.includes("\\")) text = text.replace(MARKDOWN_ESCAPE, "$1");
  if (spun > 0 && text.startsWith("*")) text = ` ${text}`;
  else if (dash && ELOG_AFTER_DASH.test(text)) text = ` * ${text}`;
  return { cut, text };
}

/** Share of sample lines that must carry a marker, head or indentation ("nearly every line"). */
const MIN_SHARE = 0.75;
const MIN_SAMPLE_LINES = 4;

function leadingBlanks(text: string): number {
  return indentColumns(text, MAX_INDENT);
}

/**
 * The indentation a code block put before a line: Portage's own " * " keeps its
 * blank (a log of elog lines only would otherwise lose it to the block's indent).
 */
function blockIndent(text: string): number {
  const blanks = leadingBlanks(text);
  return blanks > MIN_INDENT && text.charAt(stripIndent(text, MAX_INDENT)) === "*" ? blanks - 1 : blanks;
}

/** The deepest marker run at least half the marked lines carry. */
function typicalDepth(marked: readonly string[], runs = MARKERS): number {
  const depths = marked.map((line) => markerDepth(runs.exec(line)?.[0] ?? "")).sort((a, b) => b - a);
  return depths[Math.floor((depths.length - 1) / 2)] ?? 0;
}

/**
 * The depth of e-mail's compact quoting when nearly every line carries it. Lines that all read
 * like Portage's own `>>> ` need a quoted empty line (`>>>` alone) to tell the two apart.
 */
function compactDepth(lines: readonly string[]): number {
  const quoted = lines.filter((line) => COMPACT_RUN.test(line));
  if (quoted.length < Math.ceil(lines.length * MIN_SHARE)) return 0;
  const depth = typicalDepth(quoted, COMPACT_RUN);
  if (lines.some((line) => PORTAGE_BARE_MARKER_BLOCK.test(line))) {
    const portageOwn = quoted.every((line) => line === ">>>" || PORTAGE_PROGRESS.test(line));
    if (portageOwn) return 0;
  }
  const portageLike = quoted.every((line) => PORTAGE_PROGRESS.test(line));
  return portageLike && !lines.some((line) => BARE_RUN.test(line)) ? 0 : depth;
}

/** The grammar the sample lines (non-empty, raw) use, or null when they carry no prefix. */
export function detectGrammar(sample: readonly string[]): PrefixGrammar | null {
  const needed = Math.ceil(sample.length * MIN_SHARE);
  const enough = sample.length >= MIN_SAMPLE_LINES;
  // A short excerpt (an error line or two pasted with the capture's head) carries it on every line.
  const machineHead =
    sample.length > 0
      ? ((enough ? HEADS : SHORT_HEADS).find(
          (shape) => sample.filter((l) => shape.test(l)).length >= needed,
        ) ?? null)
      : null;
  // A paste site's line numbers are no machine's head: markdown markers may follow them.
  const numbered =
    (enough || sample.length >= 2) && !machineHead
      ? ([NUMBERED_HEAD, NUMBERED_ARCHIVE_HEAD].find((shape) => numberedRun(sample, needed, shape)) ?? null)
      : null;
  const head = numbered ?? machineHead;
  // A numbered view of a log that carries a machine's head of its own (`  12.  81:15.03 ` mach's clock):
  // that head, after the number.
  const innerHead = numbered
    ? (HEADS.find(
        (shape) =>
          sample.filter((l) => shape.test(l.slice(numbered.exec(l)?.[0].length ?? 0))).length >= needed,
      ) ?? null)
    : null;
  const wrap = sample.some((line) => FENCE.test(line.trim()) || /^(?:<pre>|<code>|`(?!``))/.test(line));
  const spinner = sample.some((line) => SPINNER.test(line));
  // A short excerpt (two or three lines copied from a blog) carries the break on every line.
  const breaks =
    (enough && sample.filter((line) => BREAK_END.test(line)).length >= needed) ||
    (sample.length >= 2 && sample.every((line) => BREAK_END.test(line)));
  // Bold is per line (a paste may embolden only the lines that matter): one such line turns it on.
  const bold = sample.some((line) => boldLine(line.replace(/^[>\s-]+/, "")));
  const unescapeMarkdown = sample.some((line) => MARKDOWN_ESCAPED.test(line));
  // A short excerpt (a wget error or two) copied from a rendered table: every line has the border.
  const short = !enough && sample.length > 0;
  const tableStart =
    (short && sample.every((line) => line.startsWith("|"))) ||
    (enough && sample.filter((line) => line.startsWith("|")).length >= needed);
  const tableEnd =
    (short && sample.every((line) => tableEndAt(line.trimEnd()) >= 0)) ||
    (enough && sample.filter((line) => tableEndAt(line.trimEnd()) >= 0).length >= needed);
  const bare: PrefixGrammar = {
    head,
    innerHead,
    wrap,
    markers: 0,
    compact: false,
    indent: 0,
    spinner,
    breaks,
    hash: false,
    bold,
    tableStart,
    tableEnd,
    unescapeMarkdown,
  };
  const headed = sample.map((line) => stripWith(bare, line).text).filter((line) => line.trim().length > 0);
  const autounmask = headed.some((line) => AUTOUNMASK_COMMENT.test(line));
  // A quote shorter than the sample whose every line carries a `#` (an ebuild comment's one to three lines).
  const hashTight =
    !enough &&
    !head &&
    headed.length > 0 &&
    headed.every((line) => SHORT_HASH_LINE.test(line)) &&
    !autounmask;
  const hash =
    hashTight ||
    (enough &&
      !machineHead &&
      !innerHead &&
      headed.filter((line) => HASH_MARKER.test(line)).length >= needed &&
      !autounmask);
  const afterHead = hash ? headed.map((line) => stripWith({ ...bare, hash, hashTight }, line).text) : headed;
  const pasteMarked = (line: string): boolean => MARKERS.test(line) && !PORTAGE_DASH_LIST.test(line);
  const marked = afterHead.filter(pasteMarked);
  // A short excerpt (fewer lines than the sample needs, an error pasted alone) quoted or listed as a whole:
  // every line carries a marker. Not a few of Gradle's own `> Task :x` lines.
  const shortMarked =
    !enough &&
    !head &&
    afterHead.length > 0 &&
    marked.length === afterHead.length &&
    !afterHead.some((line) => GRADLE_OWN.test(line));
  // A log captured with a timestamp head is machine output: its ">" lines are its own.
  const spaced =
    shortMarked ||
    (enough && !machineHead && !innerHead && marked.length / Math.max(afterHead.length, 1) >= 0.5)
      ? typicalDepth(marked)
      : 0;
  const compactMarkers = enough && !machineHead && !innerHead && !spaced ? compactDepth(afterHead) : 0;
  const markers = spaced || compactMarkers;
  const compact = compactMarkers > 0;
  const spacedRests = spaced
    ? afterHead.map((line) => stripWith({ ...bare, markers }, line).text).filter((l) => l.trim())
    : [];
  const compactAfter = spaced ? compactDepth(spacedRests) : 0;
  const rests = afterHead
    .map((line) => (markers ? stripWith({ ...bare, markers, compact, compactAfter }, line).text : line))
    .filter((l) => l.trim());
  const minIndent = rests.length ? Math.min(...rests.map(blockIndent)) : 0;
  // A comment's `#` with two blanks (`#  make: …`): every line keeps one blank after the `# ` the grammar
  // strips, and that blank is the comment's too.
  // A short excerpt pasted alone (`  src/foo.h:12:5: error: …`) has no abridged log's own two blanks either.
  // Emerge's own `!!! `/`>>> ` lines start the line in a log: one blank before them is the paste's.
  const floor =
    hash || rests.some((line) => ONE_BLANK_PORTAGE.test(line))
      ? 1
      : !enough || rests.some((line) => PORTAGE_LINE.test(line.trimStart()))
        ? SHALLOW_INDENT
        : MIN_INDENT;
  // A short excerpt (fewer lines than the sample needs) indented as a whole: its indentation is the paste's.
  const shortIndented = !enough && !head && !hash && sample.length > 0 && minIndent >= floor;
  // An excerpt indented by one blank but for a line or two (a shell prompt pasted flush left): one blank
  // before emerge's `!!! ` is still the paste's when nearly every line has it and no ` * ` line is
  // Portage's own flush-left one.
  const oneBlankMost =
    enough &&
    floor === 1 &&
    !hash &&
    rests.filter((line) => leadingBlanks(line) >= 1).length >= Math.ceil(rests.length * MIN_SHARE) &&
    !rests.some((line) => FLUSH_ELOG.test(line));
  // Round 32: one blank before the excerpt's first line only (` !!! All ebuilds …`, then emerge's flush lines: the
  // selection started a column early) is the paste's too; lines without it lose nothing.
  const strayFirstBlank =
    rests.length > 0 && ONE_BLANK_PORTAGE.test(rests[0]) && !rests.some((line) => FLUSH_ELOG.test(line));
  const indent =
    (enough || shortIndented || hash) && minIndent >= floor
      ? minIndent
      : oneBlankMost || strayFirstBlank
        ? 1
        : 0;
  const carried = afterHead.filter(
    (line) => (compact ? COMPACT_RUN.test(line) : pasteMarked(line)) || leadingBlanks(line) >= floor,
  ).length;
  const prefixed =
    strayFirstBlank ||
    shortIndented ||
    hashTight ||
    shortMarked ||
    head !== null ||
    (enough && (hash || carried >= Math.ceil(afterHead.length * MIN_SHARE)));
  if (!prefixed && !wrap && !spinner && !breaks && !bold && !tableStart && !tableEnd && !unescapeMarkdown)
    return null;
  return prefixed
    ? {
        head,
        innerHead,
        wrap,
        markers,
        compact,
        compactAfter,
        indent,
        spinner,
        breaks,
        hash,
        hashTight,
        bold,
        tableStart,
        tableEnd,
        // A quoted reply went through the same escaper; its first escaped line may come after the sample.
        unescapeMarkdown: unescapeMarkdown || markers > 0,
      }
    : { ...bare, head: null };
}

/** True when nearly every sample line starts with a line number (`shape`, NUMBERED_HEAD) and they run on by one. */
function numberedRun(sample: readonly string[], needed: number, shape: RegExp): boolean {
  const numbers = sample.map((line) => shape.exec(line)?.[1]);
  if (numbers.filter((n) => n !== undefined).length < needed) return false;
  let pairs = 0;
  let steps = 0;
  for (let i = 1; i < numbers.length; i++) {
    const [before, after] = [numbers[i - 1], numbers[i]];
    if (before === undefined || after === undefined) continue;
    pairs++;
    if (Number(after) === Number(before) + 1) steps++;
  }
  return pairs > 0 && steps >= pairs * NUMBERED_RUN;
}
