import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { isLinkCommand } from "./rules/build-tools";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 44c (rules44c): a survey of the build steps that are not the compiler (make, ninja, gn, shells, npm's
// network), each change written from a real public log (fixtures/corpus/real rows 915-922). Lines that are not a
// row's are made up in the tools' formats, next to the row they vary.
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const realRow = (folder: string) =>
  analyzeLogText(readFileSync(path.join(REAL, folder, "snippet.log"), "utf8"));
const realLines = (folder: string) =>
  readFileSync(path.join(REAL, folder, "snippet.log"), "utf8").split("\n");
const COMPILING = ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...";

describe("npm's network error: its message line, not the `code E…` category (rows 915-916)", () => {
  test("row 915: npm 3's `npm ERR! getaddrinfo EAI_AGAIN registry.npmjs.org:80`", () => {
    const result = realRow("unknown-npm3-getaddrinfo-eai-again-message-below-code-docker-build-npm-12090");
    expect(result.primary?.line).toBe(27);
    expect(result.primary?.ruleId).toBe("npm-network-error");
    expect(result.kind).toBe("unknown");
    expect(result.infra).toBeNull();
  });

  test("row 916: npm 8's `npm ERR! network request to … failed, reason: getaddrinfo ENOTFOUND …`", () => {
    const result = realRow("unknown-npm8-network-request-failed-enotfound-below-code-linuxdeploy-1318");
    expect(result.primary?.line).toBe(6);
    expect(result.kind).toBe("unknown");
  });

  test("npm 9's `npm error …` words, under src_compile's banner: the step's kind, no infra (round 28)", () => {
    const result = analyze([
      COMPILING,
      "npm error code EAI_AGAIN",
      "npm error syscall getaddrinfo",
      "npm error errno EAI_AGAIN",
      "npm error request to https://registry.npmjs.org/esbuild failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org",
      ...dieBanner("compile", "npm install failed"),
    ]);
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("compile");
    expect(result.infra).toBeNull();
  });

  test("near miss: npm's advice lines (`npm ERR! network This is a problem …`) are no message", () => {
    const result = analyze([
      "npm ERR! code ENOTFOUND",
      "npm ERR! errno ENOTFOUND",
      "npm ERR! network This is a problem related to network connectivity.",
      "npm ERR! network In most cases you are behind a proxy or have bad network settings.",
    ]);
    expect(result.primary?.line).toBe(1);
  });

  test("near miss: a code with no message line of this kind (E404, ELIFECYCLE) stays the primary", () => {
    expect(analyze(["npm ERR! code E404", "npm ERR! 404 Not Found - GET https://x/y"]).primary?.line).toBe(1);
    expect(analyze(["npm ERR! code ELIFECYCLE", "npm ERR! errno 1"]).primary?.line).toBe(1);
  });
});

describe("ld killed by SIGKILL is the OOM killer's (rows 917-918)", () => {
  test("row 917: ninja 1.13's `FAILED: [code=1] …`, a link command, collect2's `ld terminated with signal 9`", () => {
    const result = realRow("oom-ninja-code-failed-link-collect2-ld-killed-signal-9-riscv64-dart-sdk-63578");
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.ruleId).toBe("oom-killed-signal");
    expect(result.kind).toBe("oom");
    expect(result.infra?.reason).toBe("oom");
  });

  test("row 918: the same line under a link line's tail", () => {
    const result = realRow("oom-collect2-ld-killed-signal-9-link-line-cut-llvm-65276");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("oom");
    expect(result.infra?.reason).toBe("oom");
  });

  test("older gcc's `collect2: error: ld terminated with signal 9 [Killed]`, under src_compile's banner", () => {
    const result = analyze([
      COMPILING,
      "collect2: error: ld terminated with signal 9 [Killed]",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("oom");
  });

  test("near miss: ld's own failure and a crash by another signal stay collect2's link echo", () => {
    const returned = analyze(["collect2: error: ld returned 1 exit status"]);
    expect(returned.primary?.ruleId).toBe("collect2-ld-failed");
    expect(returned.kind).toBe("link");
    const segv = analyze([
      "collect2: fatal error: ld terminated with signal 11 [Segmentation fault], core dumped",
    ]);
    expect(segv.primary?.ruleId).toBe("collect2-ld-failed");
    expect(segv.kind).toBe("link");
    expect(segv.infra).toBeNull();
  });
});

describe("ninja's failed link job: kind link also without the linker's message (row 917's format)", () => {
  // Row 917 cut after its command: an excerpt that lost the linker's message (made-up cut of a real log).
  const cut = realLines(
    "oom-ninja-code-failed-link-collect2-ld-killed-signal-9-riscv64-dart-sdk-63578",
  ).slice(0, 3);

  test("row 917 cut after the command: `FAILED: [code=1] …` reads kind link", () => {
    const result = analyze(cut);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("ninja-failed-link");
    expect(result.kind).toBe("link");
  });

  test("CMake's `: && … -o bin/foo … && :` and meson's shared object, bare and under src_compile's banner", () => {
    const cmake = [
      "FAILED: bin/foo",
      ": && /usr/bin/x86_64-pc-linux-gnu-g++ -O2 -pipe -Wl,-O1 -Wl,--as-needed CMakeFiles/foo.dir/main.cpp.o -o bin/foo  -lbaz && :",
      "ninja: build stopped: subcommand failed.",
    ];
    expect(analyze(cmake).kind).toBe("link");
    const banner = analyze([COMPILING, ...cmake, ...dieBanner("compile", "ninja -v -j5 -l0 failed")]);
    expect(banner.primary?.line).toBe(2);
    expect(banner.kind).toBe("link");
    const meson = analyze([
      "FAILED: src/libfoo.so.1.2.3",
      "ccache x86_64-pc-linux-gnu-gcc  -o src/libfoo.so.1.2.3 src/libfoo.so.1.2.3.p/a.c.o -Wl,--as-needed -shared -fPIC -Wl,-soname,libfoo.so.1",
    ]);
    expect(meson.kind).toBe("link");
  });

  test("samurai's `job failed: <command>` and old ninja's `FAILED: <command>` name the link on their line", () => {
    expect(
      analyze(["ninja: job failed: clang++  -o src/libfoo.so src/libfoo.so.p/a.cpp.o -shared -fPIC"]).kind,
    ).toBe("link");
    expect(analyze(["FAILED: g++ -pthread -o out/ffmpegsumo_nolink out/dummy_nolink.o -lz"]).kind).toBe(
      "link",
    );
  });

  // Round 47c (LABELLING.md convention 18): a test program's link failing is a link, in the test phase.
  test("a link job in src_test: kind link, phase test", () => {
    const result = analyze([...cut, ...dieBanner("test", "ninja -v -j5 -l0 failed")]);
    expect(result).toMatchObject({ kind: "link", phase: "test" });
  });

  test("near miss: a compile job, a generator, an archive and preprocessing stay compile", () => {
    const compile = analyze([
      "FAILED: [code=1] src/foo.p/main.c.o",
      "x86_64-pc-linux-gnu-gcc -Isrc -O2 -MD -MQ src/foo.p/main.c.o -MF src/foo.p/main.c.o.d -o src/foo.p/main.c.o -c ../src/main.c",
    ]);
    expect(compile.kind).toBe("compile");
    expect(analyze(["FAILED: gen/foo.h", "/usr/bin/python3 ../gen.py -o gen/foo.h"]).kind).toBe("compile");
    const archive = analyze([
      "FAILED: libint2.a",
      ": && /usr/bin/cmake -E remove libint2.a && /usr/bin/ar qc libint2.a  @CMakeFiles/int2.rsp && :",
    ]);
    expect(archive.kind).toBe("compile");
    expect(analyze(["FAILED: foo.i", "gcc -E foo.c -o foo.i"]).kind).toBe("compile");
  });

  test("near miss: the linker's own message below the command stays the primary", () => {
    const result = analyze([
      "FAILED: src/foo",
      "x86_64-pc-linux-gnu-gcc  -o src/foo src/foo.p/main.c.o -Wl,--as-needed",
      "/usr/lib/gcc/x86_64-pc-linux-gnu/13/../../../../x86_64-pc-linux-gnu/bin/ld: cannot find -lbaz: No such file or directory",
      "collect2: error: ld returned 1 exit status",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("link");
  });

  test("isLinkCommand reads drivers, ccache, CMake's wrapper, `-o` glued or not", () => {
    expect(
      isLinkCommand("riscv64-linux-gnu-g++ -pie -o ./wasm-opt @./wasm-opt.rsp && strip -o x ./wasm-opt"),
    ).toBe(true);
    expect(isLinkCommand("/usr/lib/llvm/17/bin/clang++-17 -obin/foo a.o")).toBe(true);
    expect(isLinkCommand("x86_64-pc-linux-gnu-gfortran -o foo a.o")).toBe(true);
    expect(isLinkCommand("ld.lld -o foo.so -shared a.o")).toBe(true);
    expect(isLinkCommand("gcc -c foo.c -o foo.o")).toBe(false);
    expect(isLinkCommand("gcc -o foo.o foo.c")).toBe(false);
    expect(isLinkCommand("python3 gen.py -o foo")).toBe(false);
    expect(isLinkCommand("gcc foo.c")).toBe(false);
  });

  test("ninja 1.13's `[code=N]` before a test-running target still reads test", () => {
    const result = analyze(["FAILED: [code=1] run-unit-tests", "ninja: build stopped: subcommand failed."]);
    expect(result.primary?.ruleId).toBe("ninja-failed-test-run");
    expect(result.kind).toBe("test");
  });
});

describe("GN's own errors at `gn gen` are the configure step's (rows 919-920)", () => {
  test("row 919: `ERROR at //…BUILD.gn:109:5: …` above a configure-phase die without a message", () => {
    const result = realRow(
      "configure-gn-error-at-sources-glslang-y-not-valid-type-die-no-message-opera-ffmpeg-codecs",
    );
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("gn-error");
    expect(result.kind).toBe("configure");
  });

  test("row 920: `ERROR Unresolved dependencies.` under makepkg, no banner", () => {
    const result = realRow(
      "configure-gn-unresolved-dependencies-extra-icudata-makepkg-ungoogled-chromium-archlinux-9",
    );
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("configure");
  });

  test("ninja re-running gn from src_compile: still a configure step (convention 7)", () => {
    const result = analyze([
      COMPILING,
      "[0/1] Regenerating ninja files",
      'ERROR at //third_party/angle/BUILD.gn:5:1: Unable to load "/build/third_party/angle/gni/angle.gni".',
      'import("gni/angle.gni")',
      "^---------------------",
      "FAILED: build.ninja",
      ...dieBanner("compile", "ninja -v -j5 -l0 failed"),
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("configure");
  });

  test("near miss: exec_script's wrapper stays below pkg-config's verdict (row 503's shape)", () => {
    const result = analyze([
      "ERROR at //build/config/linux/pkg_config.gni:104:17: Script returned non-zero exit code.",
      '    pkgresult = exec_script(pkg_config_script, args, "value")',
      "stderr:",
      "",
      "Package gtk+-3.0 was not found in the pkg-config search path.",
    ]);
    expect(result.primary?.line).toBe(5);
    const alone = analyze([
      "ERROR at //build/config/linux/pkg_config.gni:104:17: Script returned non-zero exit code.",
      ...dieBanner("configure", "gn gen failed"),
    ]);
    expect(alone.primary?.line).toBe(1);
    expect(alone.kind).toBe("configure");
  });

  test("near miss: other tools' `ERROR at` lines without GN's `//` path are not GN's", () => {
    const result = analyze(["ERROR at line 12: something went wrong"]);
    expect(result.primary?.ruleId).not.toBe("gn-error");
  });
});

describe("E2BIG: `Argument list too long` as make or a shell words it (rows 921-922)", () => {
  test("row 921: `make[2]: execvp: /bin/sh: Argument list too long` above make's `Error 127`", () => {
    const result = realRow(
      "compile-make-execvp-bin-sh-argument-list-too-long-kernel-fixdep-rust-for-linux-24",
    );
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("argument-list-too-long");
    expect(result.kind).toBe("compile");
  });

  test("row 922: make 3.81's `make: execvp: /bin/sh: …` under ino", () => {
    const result = realRow("compile-make-execvp-bin-sh-argument-list-too-long-ino-sketch-d-168");
    expect(result.primary?.line).toBe(2);
  });

  test("make 4.3's `make: /bin/sh: …`, a shell's `/bin/sh: /usr/bin/ar: …`, under src_install's banner", () => {
    expect(
      analyze(["make: /bin/sh: Argument list too long", "make: *** [rules.mk:39: x.a] Error 127"]).primary
        ?.line,
    ).toBe(1);
    const result = analyze([
      "/bin/sh: line 1: /usr/bin/ar: Argument list too long",
      "make: *** [Makefile:12: install-libLTLIBRARIES] Error 126",
      ...dieBanner("install", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("install");
  });

  test("near miss: the words inside a sentence are no tool's report", () => {
    const result = analyze(["note: this fails with Argument list too long on macOS"]);
    expect(result.primary?.ruleId).not.toBe("argument-list-too-long");
  });
});
