import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 45 (rules45): LLVM-toolchain and postinst shapes named in words by the lead (held-out logs not read); each
// change is written from a real public log (fixtures/corpus/real rows 930-935). Lines that are not a row's are made
// up in the tools' formats, next to the row they vary.
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const realRow = (folder: string) =>
  analyzeLogText(readFileSync(path.join(REAL, folder, "snippet.log"), "utf8"));

describe("clang's frontend crashing is an internal compiler error (rows 930-931)", () => {
  test("row 930: `clang frontend command failed with exit code 139` under Portage's compiler-rt", () => {
    const result = realRow(
      "ice-clang-frontend-exit-code-139-compiler-rt-diagnostic-msg-portage-temp-llvm-51717",
    );
    expect(result.primary?.line).toBe(6);
    expect(result.kind).toBe("ice");
  });

  test("row 931: `unable to execute command: Segmentation fault: 11`, then `failed due to signal`", () => {
    const result = realRow(
      "ice-clang-unable-to-execute-command-segmentation-fault-due-to-signal-libbitcoin-node-630",
    );
    expect(result.primary?.line).toBe(9);
    expect(result.kind).toBe("ice");
  });

  test("a CHOST-prefixed clang++ in a compile phase, exit code 134 (SIGABRT)", () => {
    const result = analyze([
      "x86_64-pc-linux-gnu-clang++ -O2 -pipe -c foo.cpp -o foo.o",
      "x86_64-pc-linux-gnu-clang++: error: clang frontend command failed with exit code 134 (use -v to see invocation)",
      "clang version 17.0.6",
      "PLEASE ATTACH THE FOLLOWING FILES TO THE BUG REPORT:",
      "x86_64-pc-linux-gnu-clang++: note: diagnostic msg: /var/tmp/portage/dev-foo/bar-1.0/temp/foo-a1b2c3.cpp",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("ice");
  });

  test("an LLVM error above the driver's report stays the primary", () => {
    const result = analyze([
      "fatal error: error in backend: Cannot select: 0x55d5c2a0: v8i32 = X86ISD::VPDPBUSD",
      "clang: error: clang frontend command failed with exit code 70 (use -v to see invocation)",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("ice");
  });

  test("near miss: `unable to execute command: Killed` (SIGKILL, memory) is no ICE", () => {
    const result = analyze([
      "clang++: error: unable to execute command: Killed",
      "clang++: error: clang frontend command failed due to signal (use -v to see invocation)",
    ]);
    expect(result.kind).not.toBe("ice");
  });

  test("near miss: exit code 137 and a missing program are no ICE", () => {
    expect(
      analyze(["clang: error: clang frontend command failed with exit code 137 (use -v to see invocation)"])
        .kind,
    ).not.toBe("ice");
    expect(
      analyze(['clang: error: unable to execute command: Executable "ld.lld" doesn\'t exist!']).kind,
    ).not.toBe("ice");
  });

  test("near miss: the linker's `linker command failed with exit code 1` stays the link's echo", () => {
    const result = analyze([
      "ld.lld: error: undefined symbol: foo",
      "clang: error: linker command failed with exit code 1 (use -v to see invocation)",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("link");
  });
});

describe("rustc's linker failing is kind link (rows 932-933)", () => {
  test("row 932: ld's own line under rustc's note is the primary, `linking with` its echo", () => {
    const result = realRow("link-rustc-linking-with-cc-failed-note-ld-cannot-find-ltest-cc-rs-462");
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("link");
  });

  test("row 933: the note cut, `linking with … failed: exit status: 1` is the primary", () => {
    const result = realRow("link-rustc-linking-with-x86-64-pc-linux-gnu-cc-failed-exit-status-ruff-16910");
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("link");
  });

  test("in a compile phase the kind is still link (was compile)", () => {
    const result = analyze([
      "   Compiling foo v0.1.0 (/var/tmp/portage/dev-foo/bar-1.0/work/foo)",
      "error: linking with `x86_64-gentoo-linux-musl-clang` failed: exit status: 1",
      "  |",
      '  = note: "x86_64-gentoo-linux-musl-clang" "-m64" "-o" "/var/tmp/portage/dev-foo/bar-1.0/work/foo/target/release/deps/foo"',
      "",
      'error: could not compile `foo` (bin "foo") due to 1 previous error',
      ...dieBanner("compile", "cargo build failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("link");
  });

  test("lld's `error:` on the note's line or its ten-blank continuation is the primary", () => {
    const onNote = analyze([
      "error: linking with `cc` failed: exit status: 1",
      "  |",
      '  = note: LC_ALL="C" "cc" "-m64" "-o" "/x/foo"',
      "  = note: ld.lld: error: unable to find library -lgcc_s",
    ]);
    expect(onNote.primary?.line).toBe(4);
    expect(onNote.kind).toBe("link");
    const continued = analyze([
      "error: linking with `cc` failed: exit status: 1",
      "  |",
      '  = note: "cc" "-m64" "-o" "/x/foo"',
      "  = note: some arguments are omitted. use `--verbose` to show all linker arguments",
      "  = note: /usr/bin/ld: warning: x.o: missing .note.GNU-stack section implies executable stack",
      "          ld.lld: error: duplicate symbol: foo",
    ]);
    expect(continued.primary?.line).toBe(6);
    expect(continued.kind).toBe("link");
  });

  test("near miss: cargo's `could not compile` alone stays compile", () => {
    const result = analyze(["error: could not compile `foo` (lib) due to 2 previous errors"]);
    expect(result.kind).not.toBe("link");
  });
});

describe("dracut's fatal line fails the postinst (row 934)", () => {
  test("row 934: `dracut[F]: Can't find a kernel image …`", () => {
    const result = realRow("postinst-dracut-fatal-cant-find-kernel-image-uefi-executable-dracut-ng-136");
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("unknown");
  });

  test("`Need 'objcopy' …` then installkernel's ` * Failed to generate initramfs` (was succeeded)", () => {
    const result = analyze([
      " * Installing the kernel via installkernel ...",
      "dracut[I]: Executing: /usr/bin/dracut --kernel-image /usr/src/linux-6.12.21-gentoo-dist/arch/x86/boot/bzImage --force --verbose --uefi",
      "dracut[F]: Need 'objcopy' to create a UEFI executable",
      " * Failed to generate initramfs",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("unknown");
    expect(result.phase).toBe("postinst");
  });

  test("`modules.dep is missing`, above installkernel's `ERROR: Installing … failed`", () => {
    const result = analyze([
      "dracut[F]: /usr/lib/modules/6.12.21-gentoo-dist/modules.dep is missing. Did you run depmod?",
      " * Failed to generate initramfs",
      "ERROR: Installing 6.12.21-gentoo-dist failed",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("unknown");
  });

  test("near miss: dracut's info and warning levels are no failure", () => {
    const result = analyze([
      "dracut[I]: *** Including module: bash ***",
      "dracut[W]: Turning off host-only mode: '/run' is not mounted!",
      "dracut[I]: *** Creating initramfs image file '/boot/initramfs-6.12.21-gentoo-dist.img' done ***",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("LLVM's `Two passes with the same argument` abort (row 935)", () => {
  test("row 935: the abort line, not the segfault under it, without a phase compile", () => {
    const result = realRow("compile-llvm-two-passes-same-argument-registered-segfault-opt-load-llvm-92546");
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("under a ninja step, before `Segmentation fault` and ninja's stop", () => {
    const result = analyze([
      "[245/1024] Generating src/amd/common/foo.h with a custom command",
      "FAILED: src/amd/common/foo.h",
      "Two passes with the same argument (-amdgpu-late-codegenprepare) attempted to be registered!",
      "Segmentation fault",
      "ninja: build stopped: subcommand failed.",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("in src_test the kind is the phase's", () => {
    const result = analyze([
      "Two passes with the same argument (-x) attempted to be registered!",
      "return status = 139",
      ...dieBanner("test", "tests failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("test");
  });
});
