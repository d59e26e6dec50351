// Normalisation of an error line, in two steps:
//  1. `titleMessage`: toralf's finishTitle (docs/domain.md, "Titles and signatures") made readable
//     for a Gentoo developer — build directories dropped, :line:col dropped, hex
//     snipped, but the compiler's quotes and `*` kept (`'const char*' to 'char*'`).
//  2. `maskMessage`: the LUCI-style masks on top (same section) — numbers,
//     versions, temporary names and durations, so one breakage maps to one signature.
// The coarse signature strips more (source file, tool paths): see coarse.ts.
// Inputs are cut to MAX_MESSAGE_CHARS first, so every step is cheap even on a 1 MB line.

const MAX_MESSAGE_CHARS = 1000;

// gcc's ‘’ (and the backtick-quote pairs of older tools, and U+FFFD, which is what the
// German locale's latin-1 «» become) all read as ASCII ' in a title.
const SINGLE_QUOTES = /[‘’`ˋ\uFFFD]/g;
const DOUBLE_QUOTES = /[«»“”„]/g;
// GHC writes a span as `:54:5-74` (columns) or `:(54,5)-(60,10)` (lines and columns).
const LINE_COL = /:(?:\d+(?::\d+(?:-\d+)?)?|\(\d+,\d+\)-\(\d+,\d+\))(?=[:\s),]|$)/g;
// ld's "foo.c:(.text.startup+0x1ea):" — the section offset says nothing to a reader.
const SECTION_OFFSET = /:\(\.[\w.$]*\+0x[0-9a-fA-F]+\)(?=:)/g;
// gcc 14+ hyperlinks the flag; pasted from a terminal: [-Wfoo[https://gcc.gnu.org/…]]
const FLAG_URL = /\[(-W[^[\]\s]+)\[https?:[^\]\s]*\]\]/g;
const HEX = /\b0x[0-9a-fA-F]+\b/g;
// The cross-compiler prefix of a tool: x86_64-pc-linux-gnu-gcc -> gcc.
const CHOST_PREFIX = /(?<![\w./-])[a-z0-9_]+(?:-[a-z0-9_]+){0,2}-linux-(?:gnu|musl)\w*-(?=[a-z])/g;
// make's "***" marker (the `*` of C types stays).
const MAKE_STARS = /(^|\s)\*{3}(?=\s)/g;
const DURATION = /\b\d+(?:\.\d+)?\s?(?:s|sec|secs|seconds|ms|min)\b/g;
const DID_YOU_MEAN = /; did you mean [^?]*\?/g;
// perl's search path after "Can't locate Foo.pm in @INC" (and where it looked from): a
// list of the host's directories, not what is missing. Perl 5.38 words it "entries checked".
const PERL_INC_LIST = / ?\(@INC (?:contains|entries checked):[^)]*(?:\)|$)(?: at \S+ line \d+\.)?/;
// A version after a name: libsndfile-1.2.2, semigroupoids-5.3.7. Two dots at least:
// glib-2.0 and gtk+-3.0 are pkg-config module names, not versions.
const VERSION_AFTER_NAME =
  /(?<=[A-Za-z][\w+]*-)\d+(?:\.\d+){2,}[a-z]?(?:_(?:alpha|beta|pre|rc|p)\d*)*(?:-r\d+)?\b/g;
// Standalone numbers only: "gcc-15", "-std=c23", "lib64" and entities (&#39;) keep their digits.
const STANDALONE_NUMBER = /(?<![\w.+#&-])\d+(?:\.\d+)*(?!\w)/g;

/** A line made readable for a bug title. */
export function titleMessage(text: string): string {
  let message = withoutStatusTag(text.slice(0, MAX_MESSAGE_CHARS).trim());
  message = message.replace(/^(?:!!!|>>>|\*+)\s*/, "").replace(PERL_INC_LIST, "");
  // pytest's section rule: `____ ERROR collecting tests/test_x.py ____` is titled without it.
  if (message.startsWith("___")) message = message.replace(/^_{3,} /, "").replace(/ _{3,}$/, "");
  // wget's clock before its verdict (`2024-05-01 10:00:00 ERROR 404: Not Found.`).
  message = message.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (?=ERROR \d{3}: )/, "");
  message = message
    .split(/\s+/)
    .map((token, index) => shortenPath(token, index === 0))
    .join(" ");
  message = message.replace(FLAG_URL, "[$1]");
  message = message.replace(SECTION_OFFSET, "").replace(LINE_COL, "").replace(HEX, "<snip>");
  message = message.replace(CHOST_PREFIX, "").replace(MAKE_STARS, "$1");
  message = message.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  return message.replace(/\s+/g, " ").trim();
}

/** Portage's ebegin/eend status tags, printed at a line's end after padding to the terminal's width. */
const STATUS_TAGS = ["[ ok ]", "[ !! ]"];

/**
 * The line without eend's status tag (`Project ERROR: Unknown module(s) in QT: xml      [ !! ]`): the
 * tag says the step failed, which the title says already, and its padding is the terminal's. A tag glued
 * to the text is the text's own. A string test, not a regex: a line of blanks costs no backtracking.
 */
function withoutStatusTag(line: string): string {
  const tag = STATUS_TAGS.find((status) => line.endsWith(status));
  if (!tag) return line;
  const before = line.slice(0, -tag.length);
  const last = before.charAt(before.length - 1);
  return last === " " || last === "\t" ? before.trimEnd() : line;
}

/** A title message with everything that varies between runs masked. */
export function maskMessage(titleText: string): string {
  let message = titleText.slice(0, MAX_MESSAGE_CHARS);
  message = message.replace(DID_YOU_MEAN, "");
  message = message.replace(/\bcc[A-Za-z0-9]{6}\.(?:o|s|res)\b/g, "<tmp>");
  message = message.replace(/\bconftest\.\w+\b/g, "conftest");
  message = message.replace(/\btmp[A-Za-z0-9_]{6,}\b/g, "<tmp>");
  message = message.replace(/\.\w*_checksum_failure_\.\w+/g, ".<tmp>");
  message = message.replace(DURATION, "<duration>");
  // Versions first: a date in a version (0.1.20160805) is not a hash.
  message = message.replace(VERSION_AFTER_NAME, "<v>");
  message = message
    .replace(HEX, "<hex>")
    .replace(/\b[0-9a-f]{8,}\b/g, "<hex>")
    .replace(/<snip>/g, "<hex>");
  message = message.replace(STANDALONE_NUMBER, "<n>");
  return message.replace(/\s+/g, " ").trim();
}

/**
 * "/var/tmp/portage/x/y-1/work/y-1/src/foo.c:12:3:" -> "foo.c:12:3:". Only build
 * paths are cut: absolute ones, ./ and ../ ones, and the location that starts a
 * line. A relative name inside the message is what it names (`sys/time.h`,
 * `Foo/Bar.pm`, `media-libs/libsndfile[minimal]`) and stays.
 */
function shortenPath(token: string, leading: boolean): string {
  const slash = token.lastIndexOf("/");
  if (slash === -1 || token.startsWith("-")) return token;
  const tail = token.slice(slash + 1);
  if (tail.length === 0) return token;
  let lead = 0;
  while (lead < slash && "\"'‘`([<{".includes(token[lead])) lead++;
  const path = token.slice(lead).replace(/^file:\/\//, "");
  if (!leading && !path.startsWith("/") && !path.startsWith("./") && !path.startsWith("../")) return token;
  return token.slice(0, lead) + tail;
}
