import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 47b (rules47b): a survey of the build tools that are not make, cmake, meson or autotools (held-out logs not
// read); each change is written from a real public log (fixtures/corpus/real rows 970-977). Lines that are not a
// row's are made up in the tools' formats, next to the row they vary.
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const realRow = (folder: string) =>
  analyzeLogText(readFileSync(path.join(REAL, folder, "snippet.log"), "utf8"));
const COMPILING = ">>> Compiling source in /var/tmp/portage/www-apps/bar-1.0/work/bar-1.0 ...";
/** The lines under src_compile's banner, then the die: the tool's line must outrank the die's message. */
const underCompile = (lines: readonly string[]) =>
  analyze([COMPILING, ...lines, ...dieBanner("compile", "npm run build failed")]);

describe("esbuild's `✘ [ERROR]` line is the cause (row 970)", () => {
  test("row 970: esbuild's error over vite's `Error: Build failed with 1 error:` and its restatement", () => {
    const result = realRow("compile-esbuild-could-not-resolve-vite-config-circleci");
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("under src_compile's banner, with its location and source lines", () => {
    const result = underCompile([
      '✘ [ERROR] Could not resolve "lodash"',
      "",
      "    src/index.ts:1:18:",
      '      1 │ import _ from "lodash";',
      "        ╵                   ~~~~~~~~",
      "",
      "1 error",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("`X [ERROR]` where the terminal has no Unicode, and a syntax error", () => {
    expect(analyze(['X [ERROR] Could not resolve "lodash"']).primary?.line).toBe(1);
    const result = analyze([
      '✘ [ERROR] Expected ";" but found "x"',
      "",
      "error: Build failed with 1 error:",
      'src/a.ts:2:5: ERROR: Expected ";" but found "x"',
    ]);
    expect(result.primary?.line).toBe(1);
  });

  test("near misses: esbuild's warning, maven's `[ERROR]`, the mark in prose", () => {
    expect(
      analyze(['▲ [WARNING] Comparison with -0 using the "===" operator [equals-negative-zero]']).primary,
    ).toBeNull();
    expect(analyze(["the X [ERROR] line says it"]).primary?.ruleId).not.toBe("esbuild-error");
    expect(analyze(["[ERROR] Failed to execute goal x"]).primary?.ruleId).not.toBe("esbuild-error");
  });
});

describe("rollup's `[!] Error:` line is the cause (row 971)", () => {
  test("row 971: rollup 2's `[!] Error: Could not resolve entry module` over its restatement", () => {
    const result = realRow("compile-rollup-could-not-resolve-entry-module-bytemd");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("rollup 3's `[!] RollupError:` and a plugin's error under src_compile's banner", () => {
    const rollup3 = underCompile([
      '[!] RollupError: Could not resolve "./foo" from "src/main.js"',
      "src/main.js",
    ]);
    expect(rollup3.primary?.line).toBe(2);
    expect(rollup3.kind).toBe("compile");
    const plugin = underCompile([
      "[!] (plugin typescript) Error: @rollup/plugin-typescript TS2307: Cannot find module 'foo'.",
    ]);
    expect(plugin.primary?.line).toBe(2);
  });

  test("near miss: rollup's `(!)` warning is no error", () => {
    expect(
      analyze(["(!) Unresolved dependencies", "foo (imported by src/main.js)"]).primary?.ruleId,
    ).not.toBe("rollup-error");
  });
});

describe("webpack's `Module not found: Error: Can't resolve` is the cause (row 972)", () => {
  test("row 972: webpack 4's resolver under `ERROR in ./src/…`", () => {
    const result = realRow("compile-webpack-module-not-found-cant-resolve-form-create");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("webpack 5 under src_compile's banner, its summary and yarn's after it", () => {
    const result = underCompile([
      "ERROR in ./src/index.js 3:0-25",
      "Module not found: Error: Can't resolve 'lodash' in '/var/tmp/portage/www-apps/bar-1.0/work/bar-1.0/src'",
      "",
      "webpack 5.88.0 compiled with 1 error in 2345 ms",
      "error Command failed with exit code 1.",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("on the header's line, an entry point, Next.js' wording", () => {
    expect(analyze(["ERROR in Module not found: Error: Can't resolve './src' in '/w'"]).primary?.line).toBe(
      1,
    );
    expect(
      analyze(["ERROR in Entry module not found: Error: Can't resolve './app' in '/w'"]).primary?.line,
    ).toBe(1);
    expect(analyze(["./pages/_app.js", "Module not found: Can't resolve 'foo'"]).primary?.line).toBe(2);
  });

  test("near miss: a sentence about a module not found", () => {
    expect(
      analyze(["If the module not found: Error: Can't resolve appears, run npm ci"]).primary?.ruleId,
    ).not.toBe("webpack-module-not-found");
  });
});

describe("node-gyp's configure error says why under its header (row 973)", () => {
  test("row 973: `gyp ERR! stack Error: Can't find Python executable …`, kind configure", () => {
    const result = realRow("configure-node-gyp-cant-find-python-erlpack");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("configure");
  });

  test("node-gyp 8's wording under src_compile's banner: configure (convention 7)", () => {
    const result = underCompile([
      "gyp ERR! find Python You need to install the latest version of Python.",
      "gyp ERR! configure error ",
      "gyp ERR! stack Error: Could not find any Python installation to use",
      "gyp ERR! stack     at PythonFinder.fail (/usr/lib/node_modules/npm/node_modules/node-gyp/lib/find-python.js:330:47)",
      "gyp ERR! not ok ",
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("configure");
  });

  test("npm 7+'s `npm ERR! ` before node-gyp's lines; the header alone", () => {
    const npm = analyze([
      "npm ERR! gyp ERR! configure error",
      "npm ERR! gyp ERR! stack Error: Could not find any Python installation to use",
    ]);
    expect(npm.primary?.line).toBe(2);
    expect(npm.kind).toBe("configure");
    const alone = analyze(["gyp ERR! configure error ", "gyp ERR! System Linux 6.1.0"]);
    expect(alone.primary?.line).toBe(1);
    expect(alone.kind).toBe("configure");
  });

  test("near miss: the build step's `make` failed stays as it was (the compiler's error above is the cause)", () => {
    const result = analyze([
      "../src/bar.cc:3:10: fatal error: nan.h: No such file or directory",
      "gyp ERR! build error ",
      "gyp ERR! stack Error: `make` failed with exit code: 2",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });
});

describe("node's coded error is the cause (row 974)", () => {
  test("row 974: `Error [ERR_MODULE_NOT_FOUND]: Cannot find module …`", () => {
    const result = realRow("compile-node-err-module-not-found-esm-gpt-llama");
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("compile");
  });

  test("a `TypeError [ERR_…]` under src_compile's banner outranks the die", () => {
    const result = underCompile([
      "node:internal/errors:477",
      "    ErrorCaptureStackTrace(err);",
      "    ^",
      "",
      'TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. Received undefined',
      "    at new NodeError (node:internal/errors:387:5)",
      "  code: 'ERR_INVALID_ARG_TYPE'",
      "}",
    ]);
    expect(result.primary?.line).toBe(6);
    expect(result.kind).toBe("compile");
  });

  test("near miss: the `code: 'ERR_…'` property alone is no error line", () => {
    expect(analyze(["  code: 'ERR_MODULE_NOT_FOUND'", "}"]).primary).toBeNull();
  });
});

describe("pnpm's own error is the cause, not its summary (row 975)", () => {
  test("row 975: ` ERR_PNPM_FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE  …` over ` ELIFECYCLE `", () => {
    const result = realRow("compile-pnpm-frozen-lockfile-outdated-argent-x");
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("compile");
  });

  test("an offline store under src_compile's banner; pnpm 11's bracketed code", () => {
    const offline = underCompile([
      " ERR_PNPM_NO_OFFLINE_TARBALL  A package is missing from the store but cannot download it in offline mode.",
    ]);
    expect(offline.primary?.line).toBe(2);
    expect(offline.kind).toBe("compile");
    const bracketed = analyze([
      '[ERR_PNPM_LOCKFILE_CONFIG_MISMATCH] Cannot proceed with the frozen installation. The current "overrides" configuration doesn\'t match',
    ]);
    expect(bracketed.primary?.line).toBe(1);
  });

  test("near misses: a workspace script's summary and ELIFECYCLE leave the die's message (convention 2)", () => {
    const result = underCompile([
      " ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  bar@1.0.0 build: `tsc -b`",
      "Exit status 2",
      " ELIFECYCLE  Command failed with exit code 2.",
    ]);
    expect(result.primary?.ruleId).toBe("portage-die-message");
    expect(analyze(["see ERR_PNPM_OUTDATED_LOCKFILE in the docs"]).primary).toBeNull();
  });
});

describe("SCons' own `scons: *** …` errors (rows 976, 977)", () => {
  test("row 976: `scons: *** No SConstruct file found.`", () => {
    const result = realRow("compile-scons-no-sconstruct-file-found-runtimejs");
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("row 977: `scons: *** Do not know how to make File target …  Stop.`", () => {
    const result = realRow("compile-scons-do-not-know-how-to-make-target-godot-python");
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("compile");
  });

  test("a missing source under src_compile's banner outranks the die", () => {
    const result = underCompile([
      "scons: Building targets ...",
      "scons: *** [build/foo.o] Source `src/foo.c' not found, needed by target `build/foo.o'.",
      "scons: building terminated because of errors.",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("near misses: a failed command's `[target] Error 1` leaves the compiler's error first; a warning", () => {
    const result = analyze([
      "src/a.c:3:10: fatal error: foo.h: No such file or directory",
      "scons: *** [src/a.o] Error 1",
      "scons: building terminated because of errors.",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(analyze(["scons: *** [src/a.o] Error 1"]).primary?.ruleId).not.toBe("scons-error");
    expect(
      analyze(["scons: warning: Two different environments were specified for target m5.o,"]).primary,
    ).toBeNull();
  });
});

describe("vite's `[vite]: Rollup failed to resolve import` is the cause, not its restatement (row 979)", () => {
  test("row 979: vite's first report over `error during build:` and the thrown `Error: [vite]: …`", () => {
    const result = realRow("compile-vite-rollup-failed-to-resolve-import-paisa");
    expect(result.primary?.line).toBe(10);
    expect(result.kind).toBe("compile");
  });

  test("under src_compile's banner; a logger's `ERROR` before it", () => {
    const result = underCompile([
      "vite v5.0.0 building for production...",
      '[vite]: Rollup failed to resolve import "foo" from "/var/tmp/portage/www-apps/bar-1.0/work/bar-1.0/src/main.ts".',
      "This is most likely unintended because it can break your application at runtime.",
      "error during build:",
      'Error: [vite]: Rollup failed to resolve import "foo" from "/var/tmp/portage/www-apps/bar-1.0/work/bar-1.0/src/main.ts".',
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
    const logged = analyze([
      'ERROR  [vite]: Rollup failed to resolve import "@vant/use" from "node_modules/vant/es/a.mjs".',
    ]);
    expect(logged.primary?.line).toBe(1);
  });

  test("near miss: vite's advice alone is no error line", () => {
    expect(
      analyze(["This is most likely unintended because it can break your application at runtime."]).primary,
    ).toBeNull();
  });
});

describe("yarn 1's `error An unexpected error occurred:` is the cause, not its summary (row 978)", () => {
  test("row 978: the registry yarn could not reach; kind unknown without a phase (as npm's network error)", () => {
    const result = realRow("compile-yarn-unexpected-error-getaddrinfo-sizzy");
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.ruleId).toBe("yarn-unexpected-error");
    expect(result.kind).toBe("unknown");
  });

  test("under src_compile's banner it outranks the die's message, kind compile (round 28: the step's)", () => {
    const result = underCompile([
      "yarn install v1.22.19",
      "[2/4] Fetching packages...",
      'error An unexpected error occurred: "https://registry.yarnpkg.com/@babel/helpers/-/helpers-7.9.6.tgz: getaddrinfo EAI_AGAIN registry.yarnpkg.com".',
      'info If you think this is a bug, please open a bug report with the information provided in "/var/tmp/portage/www-apps/bar-1.0/work/bar-1.0/yarn-error.log".',
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("compile");
  });

  test("yarn 0.16's spelling", () => {
    const result = analyze([
      'error An unexpected error occured, please open a bug report with the information provided in "/home/u/yarn-error.log".',
    ]);
    expect(result.primary?.ruleId).toBe("yarn-unexpected-error");
  });

  test("near miss: `error Command failed with exit code 1.` leaves the die's message (convention 2)", () => {
    const result = underCompile([
      "$ webpack --mode production",
      "error Command failed with exit code 1.",
      "info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.",
    ]);
    expect(result.primary?.ruleId).toBe("portage-die-message");
  });
});

describe("ant's message under `BUILD FAILED` says what failed (row 980)", () => {
  test("row 980: `…/build.xml:118: taskdef class … cannot be found`, kind compile", () => {
    const result = realRow("compile-ant-build-failed-taskdef-class-cannot-be-found-jflex");
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("compile");
  });

  test("under src_compile's banner (it outranks the die as the verdict did); a Windows path; `file:` ant 1.5", () => {
    const result = underCompile([
      "BUILD FAILED",
      "/var/tmp/portage/www-apps/bar-1.0/work/bar-1.0/build.xml:40: Problem: failed to create task or type if",
      "Cause: The name is undefined.",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
    const windows = analyze([
      "BUILD FAILED",
      "C:\\projects\\gwt-dnd\\DragDrop\\build.xml:82: Problem: failed to create task",
    ]);
    expect(windows.primary?.line).toBe(2);
    const file = analyze([
      "BUILD FAILED",
      "file:/home/lemuel/KeY/KeY/system/build.xml:100: taskdef class org.apache.tools.ant.taskdefs.optional.javacc.JavaCC_3 cannot be found",
    ]);
    expect(file.primary?.line).toBe(2);
  });

  test("the compiler's `[javac] … error:` above stays first; so does a failed JUnit test", () => {
    const javac = analyze([
      "    [javac] /var/tmp/portage/dev-java/bar-1.0/work/src/Foo.java:3: error: package org.foo does not exist",
      "    [javac] 1 error",
      "",
      "BUILD FAILED",
      "/var/tmp/portage/dev-java/bar-1.0/work/build.xml:42: Compile failed; see the compiler error output for details.",
    ]);
    expect(javac.primary?.line).toBe(1);
    const junit = analyze([
      ">>> Test phase: dev-java/bar-1.0",
      "    [junit] Test org.foo.BarTest FAILED",
      "BUILD FAILED",
      "/var/tmp/portage/dev-java/bar-1.0/work/build.xml:80: Test org.foo.BarTest failed",
    ]);
    expect(junit.primary?.line).toBe(2);
    expect(junit.kind).toBe("test");
  });

  test("near misses: a nested call's `The following error occurred …`; maven's verdict; a file line elsewhere", () => {
    const nested = analyze([
      "BUILD FAILED",
      "/work/bar/build.xml:55: The following error occurred while executing this line:",
    ]);
    expect(nested.primary?.ruleId).not.toBe("ant-build-failed-reason");
    const maven = analyze(["[INFO] BUILD FAILURE", "/work/bar/pom.xml:12: not ant's"]);
    expect(maven.primary?.ruleId).not.toBe("ant-build-failed-reason");
    expect(analyze(["/work/bar/build.xml:12: taskdef class x cannot be found"]).primary?.ruleId).not.toBe(
      "ant-build-failed-reason",
    );
  });
});
