// pip's box around a build's output (round 47d). pip 22+ runs a PEP 517 backend (or `setup.py`) in a subprocess
// and, when it fails, prints the subprocess's output in a box indented four blanks past the box's own lines:
//
//   error: subprocess-exited-with-error                                       <- pip's verdict (an echo)
//
//   × Building wheel for psycopg2 (pyproject.toml) did not run successfully.
//   │ exit code: 1
//   ╰─> [18 lines of output]                                                  <- the box opens
//       running build_ext
//       error: Microsoft Visual C++ 14.0 or greater is required. Get it …     <- the cause, read without the box's blanks
//       [end of output]                                                       <- the box closes
//
// Every rule is anchored at a line's start, so the indented cause read as nothing, and pip's verdict above the box
// was the primary. Inside a box a line is read without the box's indentation (its own further indentation stays:
// CMake's detail under `CMake Error at …` is still detail). Boxes nest (pip installing build dependencies with
// pip): each `╰─> [N lines of output]` opens one four blanks deeper, `[end of output]` at its depth closes it.
// Pure and bounded.

/** Needles of the lines that open and close a box (the analyzer's line gate lets them through). */
export const PIP_BOX_NEEDLES: readonly string[] = ["lines of output]", "[end of output]"];

/** `╰─> [18 lines of output]` (pip's `╰─> See above for output.` opens none: the output came before it). */
const BOX_OPENS = /^( *)╰─> \[\d{1,7} lines of output\]\s*$/;
const BOX_CLOSES = /^( *)\[end of output\]\s*$/;
/** pip's box indents its content by four blanks past the corner's column. */
const BOX_INDENT = 4;
const MAX_DEPTH = 8;

/** For the ReDoS test (testing/untrusted-regexes.ts): the patterns run on a line that holds a needle. */
export const PIP_BOX_REGEXES = { BOX_OPENS, BOX_CLOSES };

export class PipOutputBox {
  /** The indentation of each open box's content, outermost first. */
  private readonly indents: number[] = [];

  get open(): boolean {
    return this.indents.length > 0;
  }

  /**
   * Reads a line (as cleaned, before strip) that holds one of PIP_BOX_NEEDLES: opens or closes a box.
   * `holdsNeedle` is known from the analyzer's needle pass.
   */
  observe(text: string, holdsNeedle = PIP_BOX_NEEDLES.some((needle) => text.includes(needle))): void {
    if (!holdsNeedle) return;
    const opens = BOX_OPENS.exec(text);
    if (opens) {
      if (this.indents.length === MAX_DEPTH) this.indents.shift();
      this.indents.push(opens[1].length + BOX_INDENT);
      return;
    }
    const closes = BOX_CLOSES.exec(text);
    if (!closes) return;
    // The box whose content starts where `[end of output]` does, and any box opened inside it.
    const depth = this.indents.lastIndexOf(closes[1].length);
    if (depth >= 0) this.indents.length = depth;
  }

  /** The line without the innermost open box's indentation it carries (unchanged outside a box). */
  strip(text: string): string {
    for (let depth = this.indents.length - 1; depth >= 0; depth--) {
      const indent = this.indents[depth];
      if (text.length > indent && blanks(text, indent)) return text.slice(indent);
    }
    return text;
  }
}

/** Whether the first `count` characters of `text` are blanks. */
function blanks(text: string, count: number): boolean {
  for (let i = 0; i < count; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}
