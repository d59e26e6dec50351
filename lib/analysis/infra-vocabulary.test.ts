import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { corpusText } from "./testing/corpus";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Session 14 (infra14): issue 10's infrastructure vocabulary gains `disk-io` (the builder's disk failing)
// and `emulation` (its qemu-user / binfmt_misc setup broken), each tested both ways; and the sandbox's
// lines have one definition (infra.ts SANDBOX_UNAVAILABLE_LINE). Real rows 640-647 hold the public logs.
const analyze = analyzeLines;

const compiling = ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...";
const installing = ">>> Install dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image";
const testing = ">>> Test phase: dev-foo/bar-1.0";
const real = (file: string) => analyzeLogText(corpusText(`real/${file}/snippet.log`));

describe("disk-io: the disk failing under a tool", () => {
  test("a tool's EIO on a file is the primary; the kind stays the phase's", () => {
    const result = analyze([
      installing,
      "cp: error reading '/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0/doc/bar.1': Input/output error",
      ...dieBanner("install", "doman failed"),
    ]);
    expect(result.primary).toMatchObject({ line: 2, ruleId: "disk-io-error" });
    expect(result.kind).toBe("install");
    expect(result.infra).toMatchObject({ reason: "disk-io", line: 2 });
  });

  test("Python's [Errno 5] with a path, EUCLEAN, and a compiler's EIO (real rows 640, 641)", () => {
    for (const line of [
      "OSError: [Errno 5] Input/output error: '/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0/setup.py'",
      "tar: bar-1.0/src/main.c: Cannot open: Structure needs cleaning",
      'rsync: mkstemp "/var/db/repos/gentoo/dev-foo/bar/.Manifest.aBc123" failed: Input/output error (5)',
    ]) {
      expect(analyze([compiling, line, ...dieBanner("compile", "emake failed")]).infra?.reason, line).toBe(
        "disk-io",
      );
    }
    expect(real("compile-cc1plus-input-output-error-gpgpu-sim")).toMatchObject({
      kind: "compile",
      infra: { reason: "disk-io", line: 2 },
    });
    expect(real("compile-cc1plus-nasm-input-output-error-zkevm-prover").infra?.reason).toBe("disk-io");
  });

  test("EROFS inside the package's build tree: the file system went read-only under the build", () => {
    const result = analyze([
      installing,
      "cp: cannot create regular file '/var/tmp/portage/dev-foo/bar-1.0/image/usr/bin/bar': Read-only file system",
      ...dieBanner("install", "dobin failed"),
    ]);
    expect(result.primary).toMatchObject({ line: 2, ruleId: "build-tree-read-only" });
    expect(result).toMatchObject({ kind: "install", infra: { reason: "disk-io", line: 2 } });
  });

  test("the kernel's file-system error in a pasted dmesg explains any failure (real row 642)", () => {
    const result = analyze([
      compiling,
      "bar.c:1:10: fatal error: bar.h: No such file or directory",
      "[12345.678901] EXT4-fs error (device sda3): ext4_find_entry:1455: inode #2: comm cc1: reading directory lblock 0",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.kind).toBe("compile");
    expect(result.infra).toMatchObject({ reason: "disk-io", line: 3 });
    expect(real("unknown-mkdir-read-only-file-system-ext4-aborted-journal-cortx-hare").infra).toMatchObject({
      reason: "disk-io",
      line: 4,
    });
  });

  test("near miss: a terminal's or a device's EIO is no disk (real row 643: emerge writing to a dead pty)", () => {
    for (const line of [
      "stty: 'standard input': Input/output error",
      "/usr/lib/portage/python3.11/ebuild.sh: line 12: echo: write error: Input/output error",
      "dd: error reading '/dev/sr0': Input/output error",
      "gpg: signing failed: Input/output error",
    ]) {
      const result = analyze([compiling, line, ...dieBanner("compile", "emake failed")]);
      expect(result.primary?.ruleId, line).not.toBe("disk-io-error");
      expect(result.infra, line).toBeNull();
    }
    expect(real("portage-crash-emerge-stdout-eio-tty-traceback-lkml").infra?.reason).toBe("portage-crash");
  });

  test("near miss: a test's own I/O error in src_test, and an indented harness line", () => {
    const inTest = analyze([
      testing,
      "cp: error reading '/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0/tests/eio.img': Input/output error",
      "FAIL: test-eio",
      ...dieBanner("test", "emake check failed"),
    ]);
    expect(inTest).toMatchObject({ kind: "test", infra: null });
    // A harness's own indented report under its verdict: the verdict stays the primary.
    const indented = analyze([
      testing,
      "    cat: fixtures/broken.bin: Input/output error",
      "FAIL: test-read-errors",
      ...dieBanner("test", "emake check failed"),
    ]);
    expect(indented.primary?.line).toBe(3);
    expect(indented.infra).toBeNull();
  });

  test("near miss: EROFS outside the build tree is a mount's setting (ccache's stays round 28's sandbox)", () => {
    const boot = analyze([
      " * Updating grub config",
      "mkdir: cannot create directory '/boot/grub': Read-only file system",
      ...dieBanner("postinst", "grub-mkconfig failed"),
    ]);
    expect(boot.primary?.ruleId).not.toBe("build-tree-read-only");
    expect(boot.infra).toBeNull();
    const ccache = analyze([
      compiling,
      "ccache: error: Failed to create directory /var/cache/ccache/a/b: Read-only file system",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(ccache).toMatchObject({ kind: "sandbox", infra: null });
  });
});

describe("emulation: the builder's qemu-user and binfmt_misc", () => {
  test("chroot unable to run its root's program (real row 644)", () => {
    const result = analyze([
      "+ chroot /srv/chroots/arm64 /bin/bash -c 'emerge -1 dev-foo/bar'",
      "chroot: failed to run command '/bin/bash': Exec format error",
    ]);
    expect(result).toMatchObject({
      status: "failed",
      kind: "unknown",
      infra: { reason: "emulation", line: 2 },
    });
    expect(real("unknown-chroot-exec-format-error-orangepi-build").infra?.reason).toBe("emulation");
  });

  test("qemu-user's own report under a compile: the kind stays the phase's (real row 645)", () => {
    for (const line of [
      "qemu: uncaught target signal 11 (Segmentation fault) - core dumped",
      "qemu-aarch64-static: Could not open '/lib/ld-linux-aarch64.so.1': No such file or directory",
      "/usr/bin/qemu-arm: Unable to reserve 0xffff0000 bytes of virtual address space at 0x1000 (Success)",
    ]) {
      const result = analyze([
        compiling,
        line,
        "make: *** [Makefile:12: all] Error 139",
        ...dieBanner("compile", "emake failed"),
      ]);
      expect(result.primary?.ruleId, line).toBe("qemu-user-error");
      expect(result, line).toMatchObject({ kind: "compile", infra: { reason: "emulation", line: 2 } });
    }
    expect(real("unknown-qemu-uncaught-target-signal-npm-install-multiarch").infra?.reason).toBe("emulation");
  });

  test("qemu's code generator crashing (real row 48) is the emulation too", () => {
    expect(real("compile-qemu-tcg-fatal-error-go-arm")).toMatchObject({
      kind: "compile",
      infra: { reason: "emulation", line: 3 },
    });
  });

  test("a failed registration is the primary, the Exec format error after it its consequence (rows 646, 647)", () => {
    const result = analyze([
      "./scripts/register-qemu.sh: line 8: echo: write error: Invalid argument",
      "update-binfmts: warning: unable to enable binary format qemu-aarch64",
      "/bin/sh: ./stage2/bin/true: cannot execute binary file: Exec format error",
    ]);
    expect(result.primary).toMatchObject({ line: 2, ruleId: "binfmt-register-failed" });
    expect(result.infra).toMatchObject({ reason: "emulation", line: 2 });
    expect(real("unknown-binfmt-cannot-register-invalid-argument-tonistiigi-binfmt").infra?.reason).toBe(
      "emulation",
    );
    expect(real("unknown-update-binfmts-unable-to-close-register-pi-gen").infra?.reason).toBe("emulation");
  });

  test("an Exec format error after the log showed qemu-user at work", () => {
    const result = analyze([
      "+ cp /usr/bin/qemu-aarch64-static /srv/chroots/arm64/usr/bin/",
      compiling,
      "/bin/bash: ./gen_tables: cannot execute binary file: Exec format error",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result).toMatchObject({ kind: "compile", infra: { reason: "emulation", line: 3 } });
  });

  test("near miss: a cross build running its target's program is the package's (real rows of round 21c)", () => {
    for (const file of [
      "compile-cross-exec-format-error-libpam-padout",
      "compile-cross-exec-format-error-bash-line-audit-userspace",
    ])
      expect(real(file).infra, file).toBeNull();
    // qemu named only after the failure does not explain it.
    const after = analyze([
      compiling,
      "/bin/bash: ./gen_tables: cannot execute binary file: Exec format error",
      ...dieBanner("compile", "emake failed"),
      " * Is qemu-aarch64-static registered? See /proc/sys/fs/binfmt_misc",
    ]);
    expect(after.infra).toBeNull();
  });

  test("near miss: qemu-user in src_test (a test program crashing), qemu's other tools, its warnings", () => {
    const inTest = analyze([
      testing,
      "qemu: uncaught target signal 6 (Aborted) - core dumped",
      "FAIL: test-signals",
      ...dieBanner("test", "emake check failed"),
    ]);
    expect(inTest).toMatchObject({ kind: "test", infra: null });
    for (const line of [
      "qemu-img: Could not open 'disk.qcow2': No such file or directory",
      "qemu-system-x86_64: -machine q35: unsupported machine type",
      "qemu-x86_64: warning: TCG doesn't support requested feature: CPUID.01H:ECX.vmx [bit 5]",
      "update-binfmts: warning: Couldn't load the binfmt_misc module.",
      "install: cannot stat 'binfmt.sh': No such file or directory",
    ]) {
      const result = analyze([compiling, line, ...dieBanner("compile", "emake failed")]);
      expect(result.primary?.ruleId, line).not.toMatch(/^(?:qemu-user-error|binfmt-register-failed)$/);
      expect(result.infra, line).toBeNull();
    }
  });
});

describe("sandbox-unavailable: one definition for the rule and the watcher", () => {
  test("libsandbox's ISE in each wording is the primary and the infra line", () => {
    for (const line of [
      " * ISE:_do_ptrace: ptrace(PTRACE_TRACEME, ..., 0x0000000000000000, 0x0000000000000000): Operation not permitted",
      " * ISE: do_peekdata: ptrace(PTRACE_PEEKDATA, ...) failed: Operation not permitted",
      " * ISE:do_peekstr:process_vm_readv(6863, 0x00007ffe4a502180{0x00007f01abd3e010, 0x570}, 1) failed: Operation not permitted",
    ]) {
      const result = analyze([compiling, line, ...dieBanner("compile", "emake failed")]);
      expect(result.primary, line).toMatchObject({ line: 2, ruleId: "sandbox-unavailable" });
      expect(result.infra, line).toMatchObject({ reason: "sandbox-unavailable", line: 2 });
    }
  });

  test("near miss: a debugger's test printing a refused ptrace is neither", () => {
    const result = analyze([
      testing,
      "gdb.base/attach.exp: ptrace(PTRACE_ATTACH) failed: Operation not permitted",
      "FAIL: gdb.base/attach.exp: attach to process",
      ...dieBanner("test", "emake check failed"),
    ]);
    expect(result.primary?.ruleId).not.toBe("sandbox-unavailable");
    expect(result.infra).toBeNull();
  });
});
