import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 23 (helper rules23): shapes a reviewer named in words, both ways (real row 430 holds the one found
// in a public thread).
const analyze = analyzeLines;

describe("3. protoc's code generator plugin failing or missing", () => {
  test.each([
    ["--go_out: protoc-gen-go: Plugin failed with status code 1."],
    ["--gogofaster_out: protoc-gen-gogofaster: Plugin failed with status code 1."],
    ["protoc-gen-json: program not found or is not executable"],
  ])("%j alone: the line, kind compile", (line) => {
    const result = analyze([line]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("protoc-plugin-error");
    expect(result.kind).toBe("compile");
  });

  test("the missing plugin is printed first and is the primary, not make's echo", () => {
    const result = analyze([
      "compiled: service.auth/proto/auth.proto",
      "protoc-gen-go: program not found or is not executable",
      "--go_out: protoc-gen-go: Plugin failed with status code 1.",
      "make: *** [default] Error 1",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("a phase the log names still decides: src_test's plugin failure is a test failure", () => {
    const result = analyze([
      "--go_out: protoc-gen-go: Plugin failed with status code 1.",
      ...dieBanner("test", "go test failed"),
    ]);
    expect(result.primary?.ruleId).toBe("protoc-plugin-error");
    expect(result.kind).toBe("test");
  });

  test.each([
    [
      "a package's own log line mentioning the plugin",
      "building protoc-gen-go: Plugin failed with status code 1. retrying",
    ],
    ["another program not found", "foo: program not found or is not executable"],
  ])("near miss, %s: not this rule", (_what, line) => {
    const result = analyze([line]);
    expect(result.primary?.ruleId).not.toBe("protoc-plugin-error");
  });
});

describe("5. coreutils mv's errors are coreutils errors", () => {
  test.each([
    ["mv: cannot move 'a' to 'b': Permission denied"],
    ["mv: cannot stat 'foo': No such file or directory"],
    ["mv: inter-device move failed: '/var/tmp/a' to '/usr/b'; unable to remove target: Directory not empty"],
  ])("%j alone: coreutils-error, kind unknown with no phase", (line) => {
    const result = analyze([line]);
    expect(result.primary?.ruleId).toBe("coreutils-error");
    expect(result.kind).toBe("unknown");
  });

  test("in src_install it is an install failure", () => {
    const result = analyze([
      "mv: inter-device move failed: '/var/tmp/a' to '/usr/b'; unable to remove target: Directory not empty",
      ...dieBanner("install", "mv failed"),
    ]);
    expect(result.primary?.ruleId).toBe("coreutils-error");
    expect(result.kind).toBe("install");
  });

  test("near miss: a sentence about a failed move is not mv's line", () => {
    const result = analyze(["note: mv: inter-device move failed: is a known issue on overlayfs"]);
    expect(result.primary?.ruleId).not.toBe("coreutils-error");
  });
});

describe("6. a logger's INFO/DEBUG line is not the primary when a real error line exists", () => {
  test.each([
    ["DEBUG: error in foo"],
    ["INFO: error: nothing"],
    ["09:48:06 INFO    : Finished building with errors: error count 3"],
    ["[INFO] compile error reported below"],
  ])("%j above make's error: make's line is the primary", (line) => {
    const result = analyze([line, "make: *** [all] Error 1"]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
  });

  test("alone, the logger's line is still the failure's line", () => {
    const result = analyze(["[INFO] Build finished with Error"]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
  });

  test.each([
    ["a lowercase info: is a tool's own message", "info: error x"],
    ["INFORMATION is no logger level", "INFORMATION: error x"],
  ])("near miss, %s: it stays the first trouble line", (_what, line) => {
    const result = analyze([line, "make: *** [all] Error 1"]);
    expect(result.primary?.line).toBe(1);
  });
});
