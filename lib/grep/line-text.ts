// How a grep hit's line is shown and stored: UTF-8 with U+FFFD for invalid
// bytes, without its "\r\n", capped with a visible note of what was cut (a log
// line can be a 100 MB minified blob). NUL becomes U+2400: PostgreSQL text and
// jsonb cannot hold it.

/** Bytes of a line kept (cut back to a UTF-8 character boundary): about as many characters in a log. */
export const MAX_HIT_LINE_BYTES = 2000;

/**
 * The line buf[start, end) (end excludes "\n"). `lineBytes` is the whole
 * line's length when buf holds only its head (a line longer than a chunk).
 */
export function displayLine(
  buf: Buffer,
  start: number,
  end: number,
  lineBytes = end - start,
  maxBytes = MAX_HIT_LINE_BYTES,
): string {
  let length = lineBytes;
  // A line kept whole drops its "\r"; a cut line's "\r" is in the part not kept.
  if (length === end - start && length > 0 && buf[end - 1] === 0x0d) length--;
  if (length <= maxBytes) return clean(buf.toString("utf8", start, start + length));
  let cut = Math.min(start + maxBytes, end);
  // Back up over continuation bytes (10xxxxxx) so a character is not split.
  for (let steps = 0; steps < 3 && (buf[cut] ?? 0) >> 6 === 0b10; steps++) cut--;
  return `${clean(buf.toString("utf8", start, cut))}… (${length - (cut - start)} more bytes)`;
}

function clean(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", "\u2400") : text;
}
