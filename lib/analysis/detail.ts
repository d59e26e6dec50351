// The detail a tool prints under a line that ends in ":" (CMake's indented
// paragraph, autoconf's "Package requirements (…) were not met:"), cut down to
// the one sentence a title needs. The analyzer records up to a few such lines
// with the candidate (`Candidate.continuation`).

const MAX_DETAIL_CHARS = 160;
// Both of CMake's paragraphs say it ("asked CMake to find a package configuration file
// provided by", "Could not find a package configuration file provided by"), wrapped anywhere.
const CMAKE_CONFIG = /package configuration file provided by\s+"([^"]+)"/;
const CMAKE_FIND_MODULE = /By not providing "(Find[^"]+\.cmake)"/;
const CMAKE_CONFIG_FILE = /\b([\w.+-]+(?:Config|-config)\.cmake)\b/;

/** The primary text with the sentence its continuation adds, or the text unchanged. */
export function withDetail(primaryText: string, continuation: readonly string[] | undefined): string {
  const text = primaryText.trimEnd();
  if (!continuation || continuation.length === 0 || !text.endsWith(":")) return text;
  const detail = detailSentence(continuation);
  return detail ? `${text} ${detail}` : text;
}

/** Continuation lines joined into paragraphs (blank lines split them), blanks squeezed. */
export function detailParagraphs(continuation: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of continuation) {
    const trimmed = line.trim();
    if (trimmed.length > 0) current.push(trimmed);
    else if (current.length > 0) {
      paragraphs.push(current.join(" "));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(" "));
  return paragraphs;
}

function detailSentence(continuation: readonly string[]): string | null {
  const paragraphs = detailParagraphs(continuation);
  const joined = paragraphs.join(" ");
  const config = CMAKE_CONFIG.exec(joined);
  if (config) {
    const file = CMAKE_CONFIG_FILE.exec(joined)?.[1] ?? CMAKE_FIND_MODULE.exec(joined)?.[1];
    return `Could not find a package configuration file provided by "${config[1]}"${file ? ` (${file})` : ""}`;
  }
  // A paragraph that ends in ":" announces the next one (FindPkgConfig's "The following
  // required packages were not found:" and its list).
  const [first, second] = paragraphs;
  if (!first) return null;
  const sentence =
    first.endsWith(":") && second ? `${first} ${second}` : (/^.*?[.!](?=\s|$)/.exec(first)?.[0] ?? first);
  return sentence.length > MAX_DETAIL_CHARS ? `${sentence.slice(0, MAX_DETAIL_CHARS - 1)}…` : sentence;
}
