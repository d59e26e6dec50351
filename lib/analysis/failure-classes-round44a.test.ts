import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 44a (rules44a): a survey of compilers and build drivers other than gcc/clang/ld. Each change is written from
// real public logs (fixtures/corpus/real rows 885-899); lines that are not a row's are made up in the tools' formats,
// next to the row they vary. Every format is read bare (an excerpt without a banner: kind compile, was the last
// resort's unknown) and under Portage's compile banner (the compiler's line, was the die's message).
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const realRow = (folder: string) =>
  analyzeLogText(readFileSync(path.join(REAL, folder, "snippet.log"), "utf8"));
const compiling = ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...";
const underBanner = (...lines: string[]) =>
  analyze([compiling, ...lines, ...dieBanner("compile", "emake failed")]);

describe("D: dmd's and ldc2's `file.d(line[,col]): Error:` (rows 885-886)", () => {
  test("row 885: dmd's line-only location under make", () => {
    const result = realRow("compile-dmd-location-error-undefined-identifier-make-msmc2");
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("row 886: a druntime file's line and column under dub", () => {
    const result = realRow("compile-dub-dmd-druntime-location-column-error-c-long-mondo");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("under Portage's banner: the compiler's line, not the die's message", () => {
    const result = underBanner(
      "ldc2 -O -release -of=bin/foo source/app.d",
      "source/app.d(45,10): Error: undefined identifier `writeln`",
    );
    expect(result.primary?.text).toBe("source/app.d(45,10): Error: undefined identifier `writeln`");
    expect(result.kind).toBe("compile");
  });

  test("near miss: dmd's deprecations and warnings fail nothing", () => {
    const result = analyze([
      "source/app.d(45,10): Deprecation: function `std.foo.bar` is deprecated",
      "source/app.d(46): Warning: statement is not reachable",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("Nim: `file.nim(line, col) Error:` (row 887)", () => {
  test("row 887: an absolute path under nimble build", () => {
    const result = realRow("compile-nim-location-error-undeclared-identifier-nimble-nitter");
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("compile");
  });

  test("under Portage's banner: the compiler's line, not the die's message", () => {
    const result = underBanner("/build/src/foo.nim(12, 5) Error: type mismatch: got <int>");
    expect(result.primary?.text).toBe("/build/src/foo.nim(12, 5) Error: type mismatch: got <int>");
  });

  test("near miss: Nim's hints and warnings at the same location fail nothing", () => {
    const result = analyze([
      "/build/src/foo.nim(12, 5) Hint: 'x' is declared but not used [XDeclaredButNotUsed]",
      "/build/src/foo.nim(14, 3) Warning: imported and not used: 'os' [UnusedImport]",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("Scala: sbt's `[error] File.scala:line[:col]: …` (row 888)", () => {
  test("row 888: the first relayed error, not sbt's `Compilation failed` total", () => {
    const result = realRow("compile-sbt-scalac-error-not-found-value-mesosaurus");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("sbt 1.x's line and column, under Portage's banner", () => {
    const result = underBanner("[error] /build/src/main/scala/Foo.scala:12:5: not found: value bar");
    expect(result.primary?.text).toBe("[error] /build/src/main/scala/Foo.scala:12:5: not found: value bar");
    expect(result.kind).toBe("compile");
  });

  test("near miss: a `[warn]` at a location is no error", () => {
    const result = analyze(["[warn] /build/src/main/scala/Foo.scala:12:5: match may not be exhaustive."]);
    expect(result.status).toBe("succeeded");
  });
});

describe("Kotlin: kotlinc's `e: …kt` line above gradle's task failure (rows 889-890)", () => {
  test("row 889: `e: /path/File.kt: (26, 35): …` over `Execution failed for task`", () => {
    const result = realRow("compile-kotlinc-e-unresolved-reference-gradle-castle-react-native");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("row 890: Kotlin 1.8's `e: file:///D:/…kts:30:5 …`", () => {
    const result = realRow("compile-kotlinc-e-file-uri-unresolved-reference-gradle-kts-twilio-verify");
    expect(result.primary?.line).toBe(13);
    expect(result.kind).toBe("compile");
  });

  test("an excerpt of the line alone is the compile step's", () => {
    const result = analyze(["e: /build/src/main/kotlin/Foo.kt: (12, 5): Unresolved reference: bar"]);
    expect(result.kind).toBe("compile");
  });

  test("near miss: kotlinc's `w: ` warnings fail nothing", () => {
    const result = analyze([
      "w: /build/src/main/kotlin/Foo.kt: (12, 5): Parameter 'x' is never used",
      "w: file:///build/src/main/kotlin/Foo.kt:14:9 Variable 'y' is never used",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("TypeScript: tsc's `error TSnnnn:` above npm's block (rows 891-892)", () => {
  test("row 891: `file.ts(23,30): error TS2307: …` over npm's `code ELIFECYCLE`", () => {
    const result = realRow("compile-tsc-error-ts2307-paren-location-npm-elifecycle-node-wot");
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("compile");
  });

  test("row 892: the pretty `file.ts:15:28 - error TS2307: …`", () => {
    const result = realRow("compile-tsc-error-ts2307-pretty-location-npm-elifecycle-baler");
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("compile");
  });

  test("behind a docker build's prefix, under Portage's banner", () => {
    const line =
      "#0 13.43 src/pages/index.tsx(12,71): error TS2307: Cannot find module 'foo' or its corresponding type declarations.";
    const result = underBanner(line);
    expect(result.primary?.text).toBe(line);
  });

  test("near miss: tsc's `Found 0 errors.` fails nothing; a TS code inside prose is not tsc's line", () => {
    expect(analyze(["Found 0 errors. Watching for file changes."]).status).toBe("succeeded");
    // Only the last resort's reading of the word `error` (kind unknown), not the compile step's.
    expect(analyze(["see error TS2307: in the FAQ, it is harmless"]).kind).toBe("unknown");
  });
});

describe("Erlang: erlc's `file.erl:line[:col]: …` under rebar3 (rows 893-894)", () => {
  test("row 893: OTP 18's line-only error under `===> Compiling … failed`", () => {
    const result = realRow("compile-erlc-behaviour-undefined-rebar3-compiling-failed-oserl");
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("compile");
  });

  test("row 894: OTP 24+'s line and column", () => {
    const result = realRow("compile-erlc-otp24-type-unused-rebar3-compiling-failed-datum");
    expect(result.primary?.line).toBe(6);
    expect(result.kind).toBe("compile");
  });

  test("rebar3's line alone still fails the excerpt, kind compile", () => {
    const result = analyze(["===> Compiling cowlib", "===> Compiling src/cow_http.erl failed"]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("under Portage's banner: erlc's line, not the die's message", () => {
    const result = underBanner("src/foo.erl:12:5: function bar/1 undefined");
    expect(result.primary?.text).toBe("src/foo.erl:12:5: function bar/1 undefined");
  });

  test("near miss: erlc's warnings and rebar3's progress fail nothing", () => {
    const result = analyze([
      "===> Compiling datum",
      "src/foo.erl:12: Warning: variable 'X' is unused",
      "src/foo.erl:14:5: Warning: function bar/0 is unused",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("Elixir: `** (CompileError) …` under mix's header (row 895)", () => {
  test("row 895: the CompileError line, not mix's `== Compilation error …` header", () => {
    const result = realRow("compile-elixir-compileerror-function-undefined-mix-dynamo");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("near miss: an Elixir warning fails nothing", () => {
    const result = analyze(['warning: variable "x" is unused', "  lib/foo.ex:12"]);
    expect(result.status).toBe("succeeded");
  });
});

describe("Rust: cargo's and rustc's echoes alone are the compile step's failure (row 896)", () => {
  test("row 896: the first `could not compile`, not cargo install's `failed to compile` at the end", () => {
    const result = realRow("compile-cargo-could-not-compile-build-script-cargo-install-ragit");
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("`failed to run custom build command` alone, and rustc's `aborting due to`", () => {
    expect(analyze(["error: failed to run custom build command for `openssl-sys v0.9.80`"]).kind).toBe(
      "compile",
    );
    const aborting = analyze(["error: aborting due to 2 previous errors"]);
    expect(aborting.status).toBe("failed");
    expect(aborting.kind).toBe("compile");
  });

  test("rustc's own error above the echo stays the primary", () => {
    const result = analyze([
      "error[E0425]: cannot find value `x` in this scope",
      " --> src/main.rs:12:5",
      'error: could not compile `foo` (bin "foo") due to 1 previous error',
    ]);
    expect(result.primary?.line).toBe(1);
  });

  test("near miss: cargo's `warning: build failed, waiting …` alone fails nothing", () => {
    const result = analyze(["warning: build failed, waiting for other jobs to finish..."]);
    expect(result.status).toBe("succeeded");
  });
});

describe("protoc: `x.proto:line:col: …` without an `error` word (rows 897-898)", () => {
  test("row 897: protoc's line over make's `Error 1`", () => {
    const result = realRow("compile-protoc-not-defined-google-protobuf-empty-make-grpc-example");
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("row 898: the first of seven errors, alone without make (was succeeded)", () => {
    const result = realRow("compile-protoc-already-defined-not-defined-openapi2proto");
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("compile");
  });

  test("`File not found.` above its importer's line, under Portage's banner", () => {
    const result = underBanner(
      "RoomRedDotHint.proto: File not found.",
      'ChatMsg/SubscriptionMsg.proto:4:1: Import "RoomRedDotHint.proto" was not found or had errors.',
    );
    expect(result.primary?.text).toBe("RoomRedDotHint.proto: File not found.");
    expect(result.kind).toBe("compile");
  });

  test("near miss: protoc's warnings fail nothing", () => {
    const result = analyze([
      "foo.proto:3:1: warning: Import google/protobuf/empty.proto is unused.",
      "foo.proto: warning: Import bar.proto but not used.",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe(".NET: MSBuild's, the SDK's and NuGet's `error MSBnnnn|NETSDKnnnn|NUnnnn:` (row 899)", () => {
  test("row 899: the first MSB4044 line, over Cake's later `Error: …`", () => {
    const result = realRow("compile-msbuild-error-msb4044-exec-task-build-failed-maui-linux");
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("NuGet's restore error, indented under dotnet's progress, under Portage's banner", () => {
    const result = underBanner(
      "    Determining projects to restore...",
      "  /tmp/app/app.csproj : error NU1101: Unable to find package Foo.Bar. No packages exist with this id in source(s): nuget",
    );
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("the SDK's targets file with a location, and MSBuild's location-less switch error", () => {
    const sdk = analyze([
      "/usr/lib/dotnet/sdk/8.0.100/Sdks/Microsoft.NET.Sdk/targets/Microsoft.PackageDependencyResolution.targets(266,5): error NETSDK1004: Assets file '/build/obj/project.assets.json' not found.",
    ]);
    expect(sdk.kind).toBe("compile");
    expect(analyze(["MSBUILD : error MSB1009: Project file does not exist."]).kind).toBe("compile");
  });

  test("near miss: MSBuild's and NuGet's warnings fail nothing", () => {
    const result = analyze([
      "/build/Foo.csproj : warning NU1503: Skipping restore for project '/build/Foo.csproj'.",
      "/usr/lib/dotnet/sdk/8.0.100/Microsoft.Common.CurrentVersion.targets(2352,5): warning MSB3245: Could not resolve this reference.",
    ]);
    expect(result.status).toBe("succeeded");
  });
});
