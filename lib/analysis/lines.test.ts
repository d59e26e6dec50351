import { describe, expect, test } from "vitest";
import { cleanLine, LineSplitter, MAX_LINE_CHARS, splitLogText, visibleText } from "./lines";

const encode = (text: string) => new TextEncoder().encode(text);

function splitBytes(bytes: Uint8Array, chunkSize: number): string[] {
  const splitter = new LineSplitter();
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize)
    lines.push(...splitter.push(bytes.subarray(i, i + chunkSize)));
  return [...lines, ...splitter.end()];
}

describe("LineSplitter", () => {
  test("splits on \\n, treats \\r\\n as one break and keeps bare \\r inside the line", () => {
    expect(splitBytes(encode("a\r\nb\nprogress 1%\rprogress 100%\nlast"), 1024)).toEqual([
      "a",
      "b",
      "progress 1%\rprogress 100%",
      "last",
    ]);
  });

  test("gives the same lines whatever the chunk size, including multi-byte characters split across chunks", () => {
    const bytes = encode("‘quoted’ one\r\nzwei – drei\n日本語\n\nend\n");
    const expected = ["‘quoted’ one", "zwei – drei", "日本語", "", "end"];
    for (const size of [1, 2, 3, 5, 7, 64]) expect(splitBytes(bytes, size)).toEqual(expected);
    expect(splitLogText("‘quoted’ one\r\nzwei – drei\n日本語\n\nend\n")).toEqual(expected);
  });

  test("\\r\\n split across two chunks is still one break", () => {
    const splitter = new LineSplitter();
    expect(splitter.push(encode("a\r"))).toEqual([]);
    expect(splitter.push(encode("\nb"))).toEqual(["a"]);
    expect(splitter.end()).toEqual(["b"]);
  });

  test("decodes invalid UTF-8 (ISO-8859-1 «» from a German locale) as U+FFFD", () => {
    const bytes = new Uint8Array([0xab, 0x66, 0x6f, 0x6f, 0xbb, 0x0a, 0x6f, 0x6b]);
    expect(splitBytes(bytes, 3)).toEqual(["\uFFFDfoo\uFFFD", "ok"]);
  });

  test("caps a very long line but still counts it as one line", () => {
    const long = "x".repeat(MAX_LINE_CHARS * 3);
    const lines = splitBytes(encode(`${long}\nnext\n`), 10_000);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveLength(MAX_LINE_CHARS);
    expect(lines[1]).toBe("next");
  });

  test("empty input has no lines; a trailing newline does not add one", () => {
    expect(splitBytes(new Uint8Array(), 4)).toEqual([]);
    expect(splitLogText("")).toEqual([]);
    expect(splitLogText("a\n")).toEqual(["a"]);
  });
});

describe("visibleText and cleanLine", () => {
  test("a line with bare \\r shows the segment after the last \\r", () => {
    expect(visibleText("  0K ....  4%\r 50K ....  9%\r100K .... 100%")).toBe("100K .... 100%");
    expect(visibleText("done\r")).toBe("done");
    expect(visibleText("plain")).toBe("plain");
  });

  test("strips real ESC sequences, caret-notation escapes, NUL bytes and trailing blanks", () => {
    expect(cleanLine("\u001b[31;01m*\u001b[0m ERROR: x/y-1::gentoo failed (compile phase):")).toBe(
      "* ERROR: x/y-1::gentoo failed (compile phase):",
    );
    expect(cleanLine(" ^[[31;01m*^[[0m   (no error message)  ")).toBe(" *   (no error message)");
    expect(cleanLine("C: /usr/bin/install\u0000-c\u0000")).toBe("C: /usr/bin/install-c");
  });
});
