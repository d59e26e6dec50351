// What a grep job looks for, compiled once: a literal (bytes, found with
// Buffer.indexOf, i.e. memchr/Boyer-Moore-Horspool in V8's native code) or an
// RE2 regular expression (re2js over the UTF-8 bytes: linear in the input, so a
// hostile pattern cannot stall the worker). Both work on decompressed chunk
// bytes directly; no chunk is ever decoded into one big string.
import { MatcherInput, RE2JS, RE2JSException } from "re2js";

export const GREP_MODES = ["literal", "regex"] as const;
export type GrepMode = (typeof GREP_MODES)[number];

export interface LineMatcher {
  /** Byte offset of the first match starting in buf[from, to), or -1. */
  firstMatch(buf: Buffer, from: number, to: number): number;
  /**
   * Bytes of a line's end a later piece of the same line must be searched
   * together with: a match can straddle a cut inside a long line by up to this.
   */
  readonly overlap: number;
}

export type CompiledPattern = { ok: true; matcher: LineMatcher } | { ok: false; message: string };

export const MAX_PATTERN_CHARS = 1000;
/** Regex matches across a cut inside a line longer than the long-line limit are found up to this length. */
export const REGEX_OVERLAP_BYTES = 64 * 1024;

export function compilePattern(pattern: string, mode: GrepMode): CompiledPattern {
  if (pattern.length === 0) return { ok: false, message: "the pattern is empty" };
  if (pattern.length > MAX_PATTERN_CHARS)
    return { ok: false, message: `the pattern is longer than ${MAX_PATTERN_CHARS} characters` };
  if (pattern.includes("\n")) return { ok: false, message: "the pattern spans lines; grep matches one line" };
  if (mode === "literal") return { ok: true, matcher: literalMatcher(Buffer.from(pattern, "utf8")) };
  try {
    // Compiled once without flags first: RE2's error message then quotes the pattern as written.
    RE2JS.compile(pattern);
    // MULTILINE: ^ and $ match at each line's start and end, as in grep.
    return { ok: true, matcher: regexMatcher(RE2JS.compile(pattern, RE2JS.MULTILINE)) };
  } catch (err) {
    if (err instanceof RE2JSException) return { ok: false, message: err.message };
    throw err;
  }
}

function literalMatcher(needle: Buffer): LineMatcher {
  return {
    overlap: needle.length - 1,
    firstMatch(buf, from, to) {
      if (to - from < needle.length) return -1;
      // A subarray is a view: the search cannot run past `to` without a copy.
      return buf.subarray(0, to).indexOf(needle, from);
    },
  };
}

function regexMatcher(regex: RE2JS): LineMatcher {
  return {
    overlap: REGEX_OVERLAP_BYTES,
    firstMatch(buf, from, to) {
      const matcher = regex.matcher(MatcherInput.utf8(buf.subarray(0, to)));
      // Offsets are byte offsets into the UTF-8 input; invalid bytes match nothing but `.`-like classes.
      return matcher.find(from) ? matcher.start() : -1;
    },
  };
}
