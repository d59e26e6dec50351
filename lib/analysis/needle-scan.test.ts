import { describe, expect, test } from "vitest";
import { NeedleScanner } from "./needle-scan";

const scanner = NeedleScanner.overUtf8(["rror", "ü!"]);
const bytes = (text: string) => new TextEncoder().encode(text);
const GT = 0x3e;

describe("skipQuietLines", () => {
  test("passes lines without needles and stops at the first line holding one", () => {
    const chunk = bytes("make all\n\ncc -c a.c\ncc: error: x\nmore\n");
    const at = scanner.skipQuietLines(chunk, 0, chunk.length, GT, 100);
    expect(at).toBe("make all\n\ncc -c a.c\n".length);
    expect(scanner.quietLines).toBe(3);
  });

  test("a needle split across lines is no needle; a multi-byte one is found", () => {
    const chunk = bytes("err\nor\nsü!\n");
    expect(scanner.skipQuietLines(chunk, 0, chunk.length, GT, 100)).toBe("err\nor\n".length);
    expect(scanner.quietLines).toBe(2);
  });

  test("stops at a line starting with the loud byte, also as the first line", () => {
    const chunk = bytes("a\n> b\nc\n");
    expect(scanner.skipQuietLines(chunk, 0, chunk.length, GT, 100)).toBe(2);
    expect(scanner.skipQuietLines(chunk, 2, chunk.length, GT, 100)).toBe(2);
    expect(scanner.quietLines).toBe(0);
  });

  test("stops at a line longer than maxLine and at an unfinished last line", () => {
    const long = bytes("ab\nabcdef\nx\n");
    expect(scanner.skipQuietLines(long, 0, long.length, GT, 5)).toBe(3);
    expect(scanner.quietLines).toBe(1);
    const open = bytes("ab\ncd");
    expect(scanner.skipQuietLines(open, 0, open.length, GT, 5)).toBe(3);
    expect(scanner.quietLines).toBe(1);
  });
});

describe("skipToLoudLine", () => {
  const tagged = NeedleScanner.overUtf8([
    { text: "rror", tag: 0 },
    { text: "\n * ", tag: 1 },
  ]);

  test("reads the line it stops at to its end: its tag bits and its line break", () => {
    const chunk = bytes("make all\ncc -c a.c\n * cc: error: x\nmore\n");
    const at = tagged.skipToLoudLine(chunk, 0, chunk.length, 100, 1);
    expect(at).toBe("make all\ncc -c a.c\n".length);
    expect(tagged.quietLines).toBe(2);
    expect(tagged.loudEnd).toBe(chunk.indexOf(0x0a, at));
    expect(tagged.loudBits).toBe(3);
    // Stops reading needles once the bits asked for are in, still finds the break.
    expect(tagged.skipToLoudLine(chunk, 0, chunk.length, 100, 2)).toBe(at);
    expect([tagged.loudBits, tagged.loudEnd]).toEqual([2, chunk.indexOf(0x0a, at)]);
  });

  test("no line end for an unfinished line, a line past maxLine or one ending in CR", () => {
    for (const [text, maxLine] of [
      ["ok\nerror, no newline yet", 100],
      ["ok\nan error on a long line\n", 10],
      ["ok\nerror\r\n", 100],
    ] as const) {
      const chunk = bytes(text);
      expect(tagged.skipToLoudLine(chunk, 0, chunk.length, maxLine, 1), text).toBe(3);
      expect(tagged.loudEnd, text).toBe(-1);
    }
  });

  test("the same on a plain Uint8Array as on a Buffer", () => {
    const text = "a\nerror\nb\n";
    for (const chunk of [bytes(text), Buffer.from(text)]) {
      expect(tagged.skipToLoudLine(chunk, 0, chunk.length, 100, 1)).toBe(2);
      expect(tagged.loudEnd).toBe(7);
    }
  });
});

describe("needles that start a line", () => {
  const scanner = NeedleScanner.overUtf8([
    { text: "error", tag: 0 },
    { text: "\n>>>", tag: 0 },
    { text: "\n * ", tag: 1 },
  ]);
  const bytes = (text: string) => new TextEncoder().encode(text);

  test("match at a line's start only, on text and bytes", () => {
    for (const [line, bits] of [
      [">>> Compiling", 1],
      ["x >>> y", 0],
      [" * Unable to find foo", 2],
      ["a * b", 0],
      [" * error", 3],
    ] as const) {
      const encoded = bytes(line);
      expect(scanner.tagBitsBytes(encoded, 0, encoded.length, 3), line).toBe(bits);
      expect(scanner.testBytes(encoded, 0, encoded.length), line).toBe(bits !== 0);
    }
  });

  test("skipQuietLines stops at a line that starts loud, without a loud first byte", () => {
    const chunk = bytes("make all\ncc -c a.c\n * Unable to find foo\n");
    expect(scanner.skipQuietLines(chunk, 0, chunk.length, -1, 100)).toBe("make all\ncc -c a.c\n".length);
    expect(scanner.quietLines).toBe(2);
  });

  test("tagBitsBytes stops once the bits asked for are in", () => {
    const line = bytes(" * error error");
    expect(scanner.tagBitsBytes(line, 0, line.length, 1)).toBe(3);
  });
});

describe("quiet-line skipping against the DFA", () => {
  // Needles of every kind the skipper treats apart: 4-byte windows, "\n" starts, short and control needles, UTF-8.
  const needles = [
    { text: "rror", tag: 0 },
    { text: "error: ", tag: 0 },
    { text: "cannot find -l", tag: 0 },
    { text: "ebuild-ipc", tag: 0 },
    { text: "\n>>>", tag: 0 },
    { text: "\n * ", tag: 1 },
    { text: "\n* ", tag: 1 },
    { text: "* USE:", tag: 2 },
    { text: "***", tag: 0 },
    { text: "^[", tag: 0 },
    { text: "\r", tag: 0 },
    { text: "\u001b", tag: 0 },
    { text: "błąd", tag: 0 },
  ];
  const scanner = NeedleScanner.overUtf8(needles);
  // Pieces that make needles, near misses and needles cut in two.
  const pieces = [
    "rr",
    "or",
    "err",
    "o",
    ": ",
    "* ",
    " * ",
    ">>",
    ">",
    "*",
    "^",
    "[",
    "\r",
    "\u001b",
    "bł",
    "ąd",
    "ebuild-",
    "ipc",
    "cannot find -",
    "l",
    "USE:",
    "a",
    " ",
    "x\n",
    "\n",
    "\n",
    "é",
  ];
  let seed = 7;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };

  test("stops at the lines the DFA finds a needle in, with the DFA's verdict, on 300 random chunks", () => {
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 40 + random(200) }, () => pieces[random(pieces.length)]).join("");
      // The window search reads the chunk 4 bytes at a time, from the 4-byte boundary before it: the
      // chunk starts at every offset from one, amid bytes that would complete needles ("rror").
      const offset = round % 4;
      const around = Buffer.alloc(offset + Buffer.byteLength(text) + random(5), "rror");
      const chunk = around.subarray(offset, offset + Buffer.byteLength(text));
      chunk.write(text);
      const maxLine = 5 + random(40);
      for (const enough of [1, 0]) {
        let start = 0;
        while (start < chunk.length) {
          const at =
            enough === 0
              ? scanner.skipQuietLines(chunk, start, chunk.length, -1, maxLine)
              : scanner.skipToLoudLine(chunk, start, chunk.length, maxLine, enough);
          // Every line passed by is quiet and short enough.
          let lines = 0;
          for (let line = start; line < at; line = chunk.indexOf(0x0a, line) + 1) {
            const end = chunk.indexOf(0x0a, line);
            expect(scanner.testBytes(chunk, line, end), JSON.stringify(text)).toBe(false);
            expect(end - line).toBeLessThanOrEqual(maxLine);
            lines++;
          }
          expect(scanner.quietLines).toBe(lines);
          if (at >= chunk.length) break;
          const end = chunk.indexOf(0x0a, at);
          if (end === -1) break;
          // The line stopped at is loud, too long, or both.
          const loud = scanner.testBytes(chunk, at, end);
          expect(loud || end - at > maxLine, JSON.stringify(text)).toBe(true);
          if (enough !== 0) {
            const clean = loud && end - at <= maxLine && chunk[end - 1] !== 0x0d;
            expect(scanner.loudEnd).toBe(clean ? end : -1);
            if (clean) {
              const bits = scanner.tagBitsBytes(chunk, at, end, 7);
              // The same verdict: tag 0 if the DFA has it, else exactly the DFA's bits.
              if (bits & 1) expect(scanner.loudBits & 1).toBe(1);
              else expect(scanner.loudBits).toBe(bits);
            }
          }
          start = end + 1;
        }
      }
    }
  });
});

describe("tagsIn by windows against the DFA", () => {
  const needles = [
    { text: "rror", tag: 0 },
    { text: "error: ", tag: 1 },
    { text: "rror: ", tag: 33 },
    { text: "***", tag: 2 },
    { text: "ошибка", tag: 40 },
    { text: "😀 ok", tag: 5 },
    { text: "cannot find -l", tag: 6 },
    { text: "cannot find -l", tag: 7 },
    // At the line's start only (String#startsWith in the window search).
    { text: "\nerr", tag: 8 },
    { text: "\n**", tag: 34 },
    { text: "\nrror", tag: 0 },
  ];
  const windows = new NeedleScanner(needles);
  // A needle with a "\n" past its start sends tagsIn to the DFA; its own tag (63) is left out of the comparison.
  const dfa = new NeedleScanner([...needles, { text: "x\nyz", tag: 63 }]);
  const pieces = [
    "rr",
    "or",
    "err",
    ": ",
    "*",
    "**",
    "оши",
    "бка",
    "😀",
    " ok",
    "cannot ",
    "find -",
    "l",
    "x",
    "é",
  ];
  let seed = 11;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };

  test("the same tags on 2000 random lines", () => {
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: random(30) }, () => pieces[random(pieces.length)]).join("");
      const byWindows = new Uint32Array(2);
      const byDfa = new Uint32Array(2);
      const found = windows.tagsIn(text, byWindows);
      dfa.tagsIn(text, byDfa);
      byDfa[1] &= ~(1 << 31);
      expect([...byWindows], text).toEqual([...byDfa]);
      expect(found, text).toBe(byDfa[0] !== 0 || byDfa[1] !== 0);
    }
  });
});

describe("window search at the edges", () => {
  test("a line or a text that is exactly one 4-unit needle, or has one at its start or end", () => {
    const scanner = NeedleScanner.overUtf8([
      { text: "go: ", tag: 0 },
      { text: "abcdef", tag: 1 },
    ]);
    for (const [line, bits] of [
      ["go: ", 1],
      ["go: x", 1],
      ["xgo: ", 1],
      ["go:", 0],
      ["abcdef", 2],
      ["xabcde", 0],
    ] as const) {
      const chunk = bytes(`quiet\n${line}\nquiet\n`);
      expect(scanner.skipToLoudLine(chunk, 0, chunk.length, 100, 1), line).toBe(
        bits === 0 ? chunk.length : 6,
      );
      if (bits !== 0) expect(scanner.loudBits, line).toBe(bits);
      const text = new NeedleScanner([
        { text: "go: ", tag: 0 },
        { text: "abcdef", tag: 1 },
      ]);
      const tags = new Uint32Array(1);
      expect(text.tagsIn(line, tags), line).toBe(bits !== 0);
      expect(tags[0], line).toBe(bits);
    }
  });
});

describe("with", () => {
  test("adds needles (as text) under their own tags to a byte scanner", () => {
    const base = NeedleScanner.overUtf8([{ text: "rror", tag: 0 }]);
    const both = base.with([{ text: "błąd", tag: 3 }]);
    const line = bytes("x: błąd: error");
    expect(both.tagBitsBytes(line, 0, line.length, 15)).toBe(9);
    expect(base.tagBitsBytes(line, 0, line.length, 15)).toBe(1);
    const chunk = bytes("quiet\nbłąd\n");
    expect(both.skipToLoudLine(chunk, 0, chunk.length, 100, 1)).toBe(6);
    expect(both.loudBits).toBe(8);
  });
});

describe("the DFA is built on first use", () => {
  const built = (scanner: NeedleScanner): boolean =>
    (scanner as unknown as { tables?: unknown }).tables !== undefined;

  test("not by tagsIn's window search nor by the quiet-line skip; by a DFA scan, with the same verdicts", () => {
    const scanner = new NeedleScanner([
      { text: "rror: ", tag: 0 },
      { text: "***", tag: 40 },
    ]);
    const tags = new Uint32Array(scanner.words);
    expect(scanner.tagsIn("x: error: *** y", tags)).toBe(true);
    expect([...tags]).toEqual([1, 1 << 8]);
    const bytesScanner = NeedleScanner.overUtf8(["rror: ", "błąd"]);
    const chunk = bytes("quiet\nx błąd\n");
    expect(bytesScanner.skipQuietLines(chunk, 0, chunk.length, -1, 100)).toBe(6);
    expect(built(scanner) || built(bytesScanner)).toBe(false);
    expect(scanner.test("an error: here")).toBe(true);
    expect(scanner.test("an error here")).toBe(false);
    expect(bytesScanner.testBytes(chunk, 6, chunk.length)).toBe(true);
    expect(built(scanner) && built(bytesScanner)).toBe(true);
  });

  test("a needle set with too many distinct characters still throws when made", () => {
    const many = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x100 + i));
    expect(() => new NeedleScanner(many)).toThrow("too many distinct needle characters");
    expect(() => new NeedleScanner(many.slice(0, 255))).not.toThrow();
  });
});

describe("the DFA against String#includes", () => {
  // Needles that end inside one another and share prefixes: the failure links must carry the tags
  // of the shorter ones (a state completes what its failure state completes).
  const needles = ["abcab", "bca", "cab", "ab", "b c", "a\u0142b", "xx", "\nab"];
  const scanner = new NeedleScanner(needles.map((text, tag) => ({ text, tag })));
  const expected = (text: string): number =>
    needles.reduce((bits, needle, tag) => {
      const found = needle.startsWith("\n") ? text.startsWith(needle.slice(1)) : text.includes(needle);
      return found ? bits | (1 << tag) : bits;
    }, 0);

  test("the tags of every text of up to 6 characters of the needles' alphabet", () => {
    const alphabet = ["a", "b", "c", " ", "\u0142", "x"];
    let texts = [""];
    for (let length = 1; length <= 6; length++) {
      texts = texts.flatMap((text) => alphabet.map((char) => text + char));
      for (const text of texts) {
        expect(scanner.tagBits(text, 0, text.length, -1), text).toBe(expected(text));
        expect(scanner.test(text), text).toBe(expected(text) !== 0);
      }
    }
  });
});

describe("needles under 4 bytes, searched by their tail from their rarest byte", () => {
  // ".y:" and ":F:" are searched as "y:" and "F:", "-.Q" as "Q" (two bytes before it), ":E:" whole.
  const needles = [
    { text: ".y:", tag: 0 },
    { text: ":F:", tag: 1 },
    { text: ":E:", tag: 2 },
    { text: "-.Q", tag: 3 },
    { text: "ü:", tag: 4 },
    { text: "\r", tag: 5 },
    { text: "^[", tag: 5 },
    { text: "rror", tag: 6 },
  ];
  const all = (1 << 7) - 1;
  const scanner = NeedleScanner.overUtf8(needles);
  const needleBytes = needles.map(({ text, tag }) => ({ bytes: Buffer.from(text), bit: 1 << tag }));
  const pieces = [
    ".",
    "y",
    ":",
    "y:",
    ".y",
    "F",
    ":F",
    "F:",
    "E",
    ":E",
    "-",
    "-.",
    "Q",
    ".Q",
    "ü",
    "u",
    "\u00fc:",
    "é",
    "\r",
    "\u001b",
    "^",
    "[",
    "rr",
    "or",
    "x",
    " ",
    "\n",
    "\n",
  ];
  let seed = 11;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  /** The reference: the bits of the needles bytes[from, to) holds, by Buffer#includes. */
  const bitsOf = (chunk: Buffer, from: number, to: number): number => {
    const line = chunk.subarray(from, to);
    return needleBytes.reduce((bits, { bytes, bit }) => (line.includes(bytes) ? bits | bit : bits), 0);
  };

  test("stops at exactly the lines holding one, with their bits, on 400 random chunks cut anywhere", () => {
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: 20 + random(150) }, () => pieces[random(pieces.length)]).join("");
      const offset = random(4);
      const size = Buffer.byteLength(text);
      const around = Buffer.alloc(offset + size + 4, ".y:F");
      const chunk = around.subarray(offset, offset + size);
      chunk.write(text);
      // A range of the chunk from a line's start (the chunk's or one after a "\n") to anywhere.
      const starts = [0, ...[...chunk.keys()].filter((i) => chunk[i] === 0x0a).map((i) => i + 1)];
      let start = starts[random(starts.length)];
      const to = start + random(chunk.length - start + 1);
      while (start < to) {
        const at = scanner.skipToLoudLine(chunk, start, to, 1000, all);
        let lines = 0;
        for (let line = start; line < at; line = chunk.indexOf(0x0a, line) + 1) {
          expect(bitsOf(chunk, line, chunk.indexOf(0x0a, line)), JSON.stringify(text)).toBe(0);
          lines++;
        }
        expect(scanner.quietLines).toBe(lines);
        const end = chunk.indexOf(0x0a, at);
        if (at >= to || end === -1 || end >= to) break;
        const bits = bitsOf(chunk, at, end);
        expect(bits, JSON.stringify(text)).not.toBe(0);
        expect(scanner.loudEnd).toBe(chunk[end - 1] === 0x0d ? -1 : end);
        if (scanner.loudEnd !== -1) expect(scanner.loudBits, JSON.stringify(text)).toBe(bits);
        start = end + 1;
      }
    }
  });
});

describe("needles under 4 units in tagsIn (one pattern for all, then String#includes) against String#includes", () => {
  // Regular-expression syntax, non-ASCII (Latin-1 and beyond, an astral one), CR, ESC and NUL among them.
  const needles = [
    ".y:",
    ":F:",
    "a|b",
    "(?",
    "[x]",
    "\\d",
    "$^",
    "エラー",
    "⨯ ",
    "é",
    "😀",
    "\r",
    "\u001b[",
    "\u0000",
    "-/",
  ];
  const scanner = new NeedleScanner([
    ...needles.map((text, tag) => ({ text, tag })),
    // A window needle too: the tagger's window search runs beside the short needles.
    { text: "error:", tag: 31 },
  ]);
  const expected = (text: string): number =>
    needles.reduce((bits, needle, tag) => (text.includes(needle) ? bits | (1 << tag) : bits), 0) |
    (text.includes("error:") ? 1 << 31 : 0);
  const pieces = [
    ...needles.flatMap((n) => [n, n.slice(0, 1), n.slice(1)]),
    "y",
    ":",
    "a",
    "b",
    "x",
    " ",
    "error",
    "ab",
    "\\",
  ];
  let seed = 23;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };

  test("the same tags on 5000 random lines", () => {
    let hits = 0;
    for (let round = 0; round < 5000; round++) {
      const text = Array.from({ length: random(12) }, () => pieces[random(pieces.length)]).join("");
      const tags = new Uint32Array(1);
      const found = scanner.tagsIn(text, tags);
      expect(tags[0] >>> 0, JSON.stringify(text)).toBe(expected(text) >>> 0);
      expect(found, JSON.stringify(text)).toBe(expected(text) !== 0);
      if ((expected(text) & 0x7fffffff) !== 0) hits++;
    }
    // Most lines hold a short needle, many none.
    expect(hits).toBeGreaterThan(1000);
    expect(hits).toBeLessThan(4900);
  });
});
