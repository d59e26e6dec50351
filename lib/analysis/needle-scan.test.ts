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
