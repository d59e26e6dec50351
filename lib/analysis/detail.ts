// The detail a tool prints under a line that ends in ":" (CMake's indented
// paragraph, autoconf's "Package requirements (…) were not met:"), cut down to
// the one sentence a title needs. The analyzer records up to a few such lines
// with the candidate (`Candidate.continuation`).

import { SLOT_CONFLICT_ATOM } from "./rules/resolver";

const MAX_DETAIL_CHARS = 160;
// Both of CMake's paragraphs say it ("asked CMake to find a package configuration file
// provided by", "Could not find a package configuration file provided by"), wrapped anywhere.
const CMAKE_CONFIG = /package configuration file provided by\s+"([^"]+)"/;
const CMAKE_FIND_MODULE = /By not providing "(Find[^"]+\.cmake)"/;
const CMAKE_CONFIG_FILE = /\b([\w.+-]+(?:Config|-config)\.cmake)\b/;

// emerge's unsatisfied blocker: the sentence after the list names no package; the
// first `[blocks B ]` row of the list does (the analyzer passes it as the detail).
const BLOCKER_SENTENCE = /^\s*\* Error: The above package list contains packages which cannot be/;
const BLOCKER_ROW = /^\[blocks B +\] \S+ \("([^"]+)" is ((?:soft |hard )?blocking [^)]+)\)/;

// GHC 9.6+'s header ends in its error code (`Foo.hs:3:1: error: [GHC-76037]`), not ":"; the message follows.
export const GHC_CODED_HEADER = /: error: \[GHC-\d+\]$/;
export const GHC_CODE_END = / \[GHC-\d+\]$/;

// GHC's header (rules/languages.ts: ghc-error, and ghc7-error-header for GHC 7's bare `File.hs:L:C:`): its
// message is the indented lines under it.
export const GHC_HEADER = /\.(?:hs|lhs|hsc|chs|hs-boot):[\d:(),-]+:(?: error:|\s*$)/;
// Where GHC's message ends: its next `•` part (`*` when GHC ran without a UTF-8 locale), its source
// excerpt (`  |`, `412 | code`), its hints, GHC 7's context lines (`In the expression: …`), the next module.
export const GHC_MESSAGE_END =
  /^(?:[•*]\s|\d*\s*\||Suggested fix|Perhaps |In (?:the|an?) |\[ *\d+ of \d+\] )/;

/** `Foo.hs:3:1: error: No instance for (MonadTrans (StateT SectionS))`: the header and the message's first part. */
function ghcMessage(text: string, continuation: readonly string[]): string {
  const parts: string[] = [];
  for (const raw of continuation) {
    const line = raw.trim();
    if (line === "" || (parts.length > 0 && GHC_MESSAGE_END.test(line))) break;
    parts.push(parts.length === 0 ? line.replace(/^[•*]\s*/, "") : line);
  }
  const message = parts.join(" ");
  if (message === "") return text;
  const cut = message.length > MAX_DETAIL_CHARS ? `${message.slice(0, MAX_DETAIL_CHARS - 1)}…` : message;
  // GHC 9.6's code says what the message says: the title reads like a C compiler's (`Foo.hs: error: …`).
  return `${text.replace(GHC_CODE_END, "")} ${cut}`;
}

/** The line announces a detail on the next lines (it ends in ":", or it is GHC's coded header). */
export function announcesDetail(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(":") || GHC_CODED_HEADER.test(trimmed);
}

/** The primary text with the sentence its continuation adds, or the text unchanged. */
export function withDetail(primaryText: string, continuation: readonly string[] | undefined): string {
  const text = primaryText.trimEnd();
  // Round 29b: a slot conflict without its banner has the slot's atom as its primary line; titled as the banner's.
  if (SLOT_CONFLICT_ATOM.test(text)) return slotConflictMessage([text]) ?? text;
  if (!continuation || continuation.length === 0) return text;
  if (BLOCKER_SENTENCE.test(text)) return blockerMessage(continuation) ?? text;
  if (SLOT_CONFLICT.test(text)) return slotConflictMessage(continuation) ?? text;
  if (DIGEST_FAILED.test(text)) return digestMessage(continuation) ?? text;
  if (AUTOUNMASK.test(text)) return autounmaskMessage(text, continuation);
  if (ELOG_SENTENCE_GOES_ON.test(text)) return elogSentence(text, continuation);
  if (GHC_HEADER.test(text)) return ghcMessage(text, continuation);
  if (!announcesDetail(text)) return text;
  const detail = detailSentence(continuation);
  return detail ? `${text} ${detail}` : text;
}

// emerge's slot conflict names the slot on its own line after the two "!!!" lines.
const SLOT_CONFLICT = /^!!! Multiple package instances within a single package slot/;

/**
 * `slot conflict: dev-libs/openssl (slot 0)`, from the first `cat/pkg:slot` line of
 * the detail (written out: titleMessage would read `:0` as a line number).
 */
function slotConflictMessage(continuation: readonly string[]): string | null {
  const slot = continuation.map((line) => SLOT_CONFLICT_ATOM.exec(line)).find((match) => match !== null);
  return slot ? `slot conflict: ${slot[1]} (slot ${slot[2]})` : null;
}

// emerge's autounmask proposal (depgraph.py): the sentence, ` (see "package.accept_keywords" in the
// portage(5) man page …)`, `# required by …` comments, then the entries to add (`=dev-libs/baz-2.0 ~amd64`).
const AUTOUNMASK = /^The following (?:USE|keyword|mask|license) changes are necessary to proceed:$/;
const MAX_AUTOUNMASK_ENTRIES = 3;

/** `The following keyword changes are necessary to proceed: =dev-libs/baz-2.0 ~amd64`: the entries name the atoms. */
function autounmaskMessage(text: string, continuation: readonly string[]): string {
  const entries: string[] = [];
  for (const raw of continuation) {
    const line = raw.trim();
    if (line === "") {
      if (entries.length > 0) break;
      continue;
    }
    if (line.startsWith("#") || line.startsWith("(see ")) continue;
    entries.push(line);
  }
  if (entries.length === 0) return text;
  const shown = entries.slice(0, MAX_AUTOUNMASK_ENTRIES).join(", ");
  return `${text} ${shown}${entries.length > MAX_AUTOUNMASK_ENTRIES ? ", …" : ""}`;
}

// A Manifest check failing (rules/fetch.ts): the file and the reason are on the `!!!` lines under it.
// doebuild's eerror form (manifest-digest-warning) has ` * ` where digestcheck.py has `!!!`.
// Round 30c: glued to the resolver's spinner (rules/fetch.ts), titled as the plain line.
export const DIGEST_FAILED =
  /^(?:Calculating dependencies[^*!\n]{0,40})?(?:!!!|\s*\*) Digest verification failed:$/;
const DIGEST_FILE = /^(?:!!!|\*) (\/\S+)$/;
const DIGEST_REASON = /^(?:!!!|\*) Reason: (.+)$/;

/**
 * `Digest verification failed: net-im/foo/foo-1.ebuild (Filesize does not match recorded
 * size)`: the file's last three path parts (the repository's own location says nothing).
 */
function digestMessage(continuation: readonly string[]): string | null {
  const lines = continuation.map((line) => line.trim());
  const file = lines.map((line) => DIGEST_FILE.exec(line)).find((match) => match !== null);
  if (!file) return null;
  const reason = lines.map((line) => DIGEST_REASON.exec(line)).find((match) => match !== null);
  const shortPath = file[1].split("/").slice(-3).join("/");
  return `Digest verification failed: ${shortPath}${reason ? ` (${reason[1]})` : ""}`;
}

// The repository's own layout: `<repo>/<category>/<package>/<file>` or `…/files/<patch>`.
const MANIFEST_CATEGORY = /^(?:[A-Za-z0-9+_][A-Za-z0-9+_.]*-[A-Za-z0-9+_.-]+|virtual)$/;
const PACKAGE_NAME = /^[A-Za-z0-9+_][A-Za-z0-9+_-]*$/;

/**
 * The package whose repository file failed its Manifest check (`!!! /var/db/repos/x/
 * app-emulation/wine-dwproton/metadata.xml`), as `category/package`; null for a distfile
 * or a path that is not a package directory. Emerge verifies every package it is about to
 * merge, so the resolver's first `[ebuild` row may be another package than the broken one.
 * No version: a package's Manifest covers all its ebuilds, so a broken `x-9999.ebuild`
 * fails the merge of `x-3.8.0` too.
 */
export function brokenManifestPackage(continuation: readonly string[] | undefined): string | null {
  const file = continuation?.map((line) => DIGEST_FILE.exec(line.trim())).find((match) => match !== null);
  if (!file) return null;
  const parts = file[1].split("/");
  const filesAt = parts.lastIndexOf("files");
  const packageAt = filesAt > 0 ? filesAt - 1 : parts.length - 2;
  const category = parts[packageAt - 1] ?? "";
  const name = parts[packageAt] ?? "";
  if (!MANIFEST_CATEGORY.test(category) || !PACKAGE_NAME.test(name)) return null;
  return `${category}/${name}`;
}

// An eerror line (eerror.ts) whose sentence is wrapped onto the next elog lines.
const ELOG_SENTENCE_GOES_ON = /^ ?\* .*[^.!?:]$/;
const MAX_ELOG_WRAP = 3;

/** "* gnustep-make requires a working runtime and a compiler with" + "Objective-C support. …" */
function elogSentence(text: string, continuation: readonly string[]): string {
  let sentence = text;
  for (const line of continuation.slice(0, MAX_ELOG_WRAP)) {
    const end = /[.!?](?=\s|$)/.exec(line);
    sentence = `${sentence} ${end ? line.slice(0, end.index + 1) : line}`;
    if (end) break;
  }
  return sentence.length > MAX_DETAIL_CHARS * 2
    ? `${sentence.slice(0, MAX_DETAIL_CHARS * 2 - 1)}…`
    : sentence;
}

/** `blocker: "net-libs/librouteros" is soft blocking dev-lisp/roswell-23.10.14.114`, from the first row. */
function blockerMessage(rows: readonly string[]): string | null {
  const row = rows.map((line) => BLOCKER_ROW.exec(line.trim())).find((match) => match !== null);
  return row ? `blocker: "${row[1]}" is ${row[2].replace(/\s+/g, " ")}` : null;
}

/** Continuation lines joined into paragraphs (blank lines split them), blanks squeezed. */
export function detailParagraphs(continuation: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of continuation) {
    // An empty elog line (` * `, where the analyzer stops reading) ends a paragraph as a blank line does.
    const trimmed = line.trim() === "*" ? "" : line.trim();
    if (trimmed.length > 0) current.push(trimmed);
    else if (current.length > 0) {
      paragraphs.push(current.join(" "));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(" "));
  return paragraphs;
}

// Dumps under a line that ends in ":", no sentence for a title: a unified or context diff (a test harness's
// `Actual stderr output differs from expected:`, a golden-file check) and waf's task (`{task 1407: …}`
// under `-> task in 'x' failed with exit status 1:`).
const DUMP_START = /^(?:--- |\*\*\* |diff |@@ |\{task )/;

function detailSentence(continuation: readonly string[]): string | null {
  if (DUMP_START.test(continuation.find((line) => line.trim() !== "")?.trim() ?? "")) return null;
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
