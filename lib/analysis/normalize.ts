// Normalisation of an error line, in two steps:
//  1. `titleMessage`: toralf's finishTitle (domain.md §1.1 item 6) — readable,
//     used in the bug title: directories dropped, :line:col dropped, hex snipped.
//  2. `maskMessage`: the LUCI-style masks on top (domain.md §4.5) — numbers,
//     temporary names and durations, so that one breakage maps to one signature.
// Inputs are cut to MAX_MESSAGE_CHARS first, so every step is cheap even on a 1 MB line.

const MAX_MESSAGE_CHARS = 1000;

// Quote characters gcc uses (‘’, and «» for some locales), backticks and single quotes.
const QUOTES = /[‘’`'«»\uFFFD]/g;
const LINE_COL = /:\d+(?::\d+)?(?=[:\s),]|$)/g;
const HEX = /\b0x[0-9a-fA-F]+\b/g;
const DURATION = /\b\d+(?:\.\d+)?\s?(?:s|sec|secs|seconds|ms|min)\b/g;
const DID_YOU_MEAN = /; did you mean [^?]*\?/g;

/** A line made readable for a bug title. */
export function titleMessage(text: string): string {
  let message = text.slice(0, MAX_MESSAGE_CHARS).trim();
  message = message.replace(/^(?:!!!|\*)\s*/, "");
  message = message.split(/\s+/).map(basenameOfPath).join(" ");
  message = message.replace(LINE_COL, "").replace(HEX, "<snip>");
  message = message.replace(QUOTES, "").replace(/\*/g, " ");
  return message.replace(/\s+/g, " ").trim();
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
  message = message
    .replace(HEX, "<hex>")
    .replace(/\b[0-9a-f]{8,}\b/g, "<hex>")
    .replace(/<snip>/g, "<hex>");
  // Standalone numbers only: "gcc-15", "-std=c23", "lib64" keep their digits.
  message = message.replace(/(?<![\w.+-])\d+(?:\.\d+)*(?!\w)/g, "<n>");
  return message.replace(/\s+/g, " ").trim();
}

// "/var/tmp/portage/x/y-1/work/y-1/src/foo.c:12:3:" -> "foo.c:12:3:"; keeps
// leading punctuation (quotes, parentheses) and ignores tokens without a path.
function basenameOfPath(token: string): string {
  const slash = token.lastIndexOf("/");
  if (slash === -1 || token.startsWith("-")) return token;
  const tail = token.slice(slash + 1);
  if (tail.length === 0) return token;
  let lead = 0;
  while (lead < slash && "\"'‘`([<{".includes(token[lead])) lead++;
  return token.slice(0, lead) + tail;
}
