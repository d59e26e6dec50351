import { expect, test } from "vitest";
import { LineCollector } from "./line-collector";

function collect(input: Buffer, from: number, to: number, pieceSize = 3, maxLineBytes = 1 << 20) {
  const collector = new LineCollector(1, from, to, maxLineBytes);
  for (let at = 0; at < input.length && !collector.done; at += pieceSize) {
    collector.push(input.subarray(at, at + pieceSize));
  }
  return { lines: collector.finish(), truncated: collector.truncated };
}

test("picks the window and strips LF and CRLF but keeps a bare CR", () => {
  const input = Buffer.from("one\r\ntwo\rstill two\nthree\n\nfive");
  expect(collect(input, 1, 10).lines).toEqual(["one", "two\rstill two", "three", "", "five"]);
  expect(collect(input, 2, 3).lines).toEqual(["two\rstill two", "three"]);
  expect(collect(input, 5, 5).lines).toEqual(["five"]);
});

test("a CRLF split across pushes is still one break", () => {
  const input = Buffer.from("ab\r\ncd\r\n");
  expect(collect(input, 1, 2, 3).lines).toEqual(["ab", "cd"]);
});

test("invalid UTF-8 becomes U+FFFD, a split multi-byte character survives", () => {
  const input = Buffer.concat([Buffer.from("é€\n"), Buffer.from([0xff, 0xfe, 0x41, 0x0a])]);
  expect(collect(input, 1, 2, 1).lines).toEqual(["é€", "\ufffd\ufffdA"]);
});

test("a final line without LF counts; a trailing LF adds no line", () => {
  expect(collect(Buffer.from("a\nb"), 1, 5).lines).toEqual(["a", "b"]);
  expect(collect(Buffer.from("a\nb\n"), 1, 5).lines).toEqual(["a", "b"]);
});

test("over-long lines are cut and flagged", () => {
  const input = Buffer.from(`${"x".repeat(100)}\nshort\n`);
  const { lines, truncated } = collect(input, 1, 2, 7, 10);
  expect(lines).toEqual(["x".repeat(10), "short"]);
  expect(truncated).toBe(true);
});
