import { describe, expect, test } from "vitest";
import {
  analyzeLines,
  dieBanner,
  expectStreamedAlike,
  phaseLog,
  phaseLogLine,
  readingOf,
  realRow,
  realRowLines,
} from "./testing/failure-class";

// Round 52f (helper rules52f): out-of-tree kernel modules and kernel builds, named in words by the lead (held-out logs
// not read). Real rows 1190 (zfs-kmod's `FATAL: modpost:`), 1191 and 1192 (genkernel's verdict under ld's line and
// under ld's full disk) and 1193 (linux-info's setup-phase die); the other lines are made up in the tools' own formats
// (kbuild's modpost, genkernel 3.x's and 4.x's gen_die as its source prints them, sign-file, linux-mod-r1.eclass).
const ZFS = "link-modpost-fatal-gpl-incompatible-module-uses-gpl-only-symbol-zfs-kmod";
const M5602 = "link-genkernel-bzimage-undefined-reference-usb-control-msg-grepped-log-m5602";
const WIKI = "disk-full-genkernel-ld-final-close-failed-bzimage-wiki-faq";
const PF_RING = "setup-linux-info-could-not-find-usable-config-buildkit-prefix-pf-ring-kmod";

const MODPOST_ECHO = "make[2]: *** [scripts/Makefile.modpost:92: __modpost] Error 1";

describe("1. older kbuild's `FATAL: modpost: …`: modpost's refusal, kind link as its ERROR form", () => {
  test("row 1190: zfs.ko using a GPL-only symbol, over make's echoes: link", () => {
    expect(readingOf(realRow(ZFS))).toMatchObject({
      status: "failed",
      line: 4,
      ruleId: "kbuild-modpost-error",
      kind: "link",
    });
  });

  test("section mismatches, over make's echo: link", () => {
    const result = readingOf(
      analyzeLines([
        "  MODPOST 4013 modules",
        "FATAL: modpost: Section mismatches detected.",
        "Set CONFIG_SECTION_MISMATCH_WARN_ONLY=y to allow them.",
        MODPOST_ECHO,
      ]),
    );
    expect(result).toMatchObject({ line: 2, ruleId: "kbuild-modpost-error", kind: "link" });
  });

  test("under src_compile's banner and emake's die (a full log): modpost's line, kind link, phase compile", () => {
    const lines = phaseLog(
      [
        "  MODPOST 6 modules",
        "FATAL: modpost: GPL-incompatible module zfs.ko uses GPL-only symbol 'rcu_all_qs'",
        MODPOST_ECHO,
      ],
      "compile",
      "emake failed",
    );
    expect(expectStreamedAlike(lines)).toMatchObject({
      line: phaseLogLine(1),
      ruleId: "kbuild-modpost-error",
      kind: "link",
      phase: "compile",
    });
  });

  test("near misses: modpost's `WARNING: modpost:` goes on, another tool's `FATAL:` is not modpost's", () => {
    const warning = analyzeLines([
      "  MODPOST 6 modules",
      "WARNING: modpost: missing MODULE_LICENSE() in /var/tmp/portage/dev-foo/bar-1.0/work/bar.o",
      "  CC [M]  bar.mod.o",
      "  LD [M]  bar.ko",
    ]);
    expect(warning.status).toBe("succeeded");
    const other = analyzeLines(["FATAL: kernel too old", MODPOST_ECHO]);
    expect(other.primary?.ruleId).not.toBe("kbuild-modpost-error");
  });
});

/** genkernel 4.x's gen_die paragraph under its verdict (gen_funcs.sh). */
const GK4_TAIL = [
  "* Please consult '/var/log/genkernel.log' for more information and any",
  "* errors that were reported above.",
  "*",
  "* Report any genkernel bugs to bugs.gentoo.org and",
  "* assign your bug to genkernel@gentoo.org. Please include",
  "* as much information as you can in your bug report; attaching",
  "* '/var/log/genkernel.log' so that your issue can be dealt with effectively.",
  "*",
  "* Please do *not* report kernel compilation failures as genkernel bugs!",
  "*",
];

const GK4_HEAD = [
  "* Gentoo Linux Genkernel; Version 4.3.10",
  "* Using genkernel configuration from '/etc/genkernel.conf' ...",
  "* Running with options: all",
  "",
  "* Working with Linux kernel 6.6.21-gentoo-x86_64 for x86_64",
  "* kernel: >> Initializing ...",
  "*         >> Running 'make oldconfig' ...",
  "*         >> Compiling 6.6.21-gentoo-x86_64 bzImage ...",
];

const gk4Verdict = (target: string, stack = "kernel_main(): compile_kernel(): ") =>
  `* ERROR: ${stack}compile_generic() failed to compile the "${target}" target!`;

describe("2. genkernel's own verdict: the failing target decides the kind, a more specific line stays the primary", () => {
  test("row 1191: 3.x's `Failed to compile the \"bzImage\" target...` above its grepped log: ld's line, link", () => {
    expect(readingOf(realRow(M5602))).toMatchObject({
      status: "failed",
      line: 37,
      ruleId: "ld-undefined-reference",
      kind: "link",
    });
  });

  test("row 1192: 4.x's verdict under ld's `No space left on device`: the disk, infra disk-full", () => {
    expect(readingOf(realRow(WIKI))).toMatchObject({
      line: 8,
      ruleId: "disk-full",
      kind: "disk-full",
      infra: "disk-full",
    });
  });

  test("row 1192 without ld's line: genkernel's verdict on bzImage is the primary, kind compile", () => {
    const lines = realRowLines(WIKI).filter((line) => !line.startsWith("ld: "));
    expect(expectStreamedAlike(lines)).toMatchObject({
      status: "failed",
      line: 10,
      ruleId: "genkernel-compile-failed",
      kind: "compile",
    });
  });

  test("the verdict alone on `modules` and `prepare`: compile; 3.x's and 4.x's words alike", () => {
    for (const verdict of [
      '* ERROR: Failed to compile the "modules" target...',
      gk4Verdict("prepare"),
      gk4Verdict("modules", "kernel_main(): compile_modules(): "),
    ]) {
      const result = readingOf(analyzeLines([...GK4_HEAD, verdict, ...GK4_TAIL]));
      expect(result, verdict).toMatchObject({
        status: "failed",
        line: GK4_HEAD.length + 1,
        ruleId: "genkernel-compile-failed",
        kind: "compile",
      });
    }
  });

  test("`modules_install` and `install`: install; 3.x's form under a quoted paste too", () => {
    for (const verdict of [
      gk4Verdict("modules_install", "kernel_main(): compile_modules(): "),
      gk4Verdict("install"),
    ]) {
      const result = expectStreamedAlike([
        ...GK4_HEAD,
        "*         >> Installing 6.6.21-gentoo-x86_64 modules (and stripping) ...",
        verdict,
        ...GK4_TAIL,
      ]);
      expect(result, verdict).toMatchObject({ ruleId: "genkernel-install-failed", kind: "install" });
    }
    const quoted = readingOf(
      analyzeLines([
        "> *         >> Installing 3.4.9-gentoo modules...",
        '> * ERROR: Failed to compile the "modules_install" target...',
        ">",
        "> * -- Grepping log... --",
      ]),
    );
    expect(quoted).toMatchObject({ line: 2, ruleId: "genkernel-install-failed", kind: "install" });
  });

  test("an initramfs step's verdict: kind unknown, unless a compiler spoke above it", () => {
    const step = readingOf(
      analyzeLines([
        "* initramfs: >> Initializing ...",
        "*         >> Appending busybox cpio data ...",
        "* ERROR: append_busybox() failed!",
        ...GK4_TAIL,
      ]),
    );
    expect(step).toMatchObject({ status: "failed", line: 3, ruleId: "genkernel-error", kind: "unknown" });
    const compiled = readingOf(
      analyzeLines([
        "*         >> Appending busybox cpio data ...",
        "libbb/xfuncs_printf.c:12:10: fatal error: sys/stat.h: No such file or directory",
        "* ERROR: append_busybox() failed!",
      ]),
    );
    expect(compiled).toMatchObject({ line: 2, ruleId: "cc-error", kind: "compile" });
    // Any stronger line says which, of whatever kind (LineRule.sumsUp): pkg-config's detail in a helper's build.
    const detail = readingOf(
      analyzeLines([
        "*         >> Appending lvm cpio data ...",
        "Package libudev was not found in the pkg-config search path.",
        "* ERROR: append_lvm() failed!",
      ]),
    );
    expect(detail).toMatchObject({ line: 2, ruleId: "pkg-config-not-found", kind: "configure" });
  });

  test("a more specific line above the verdict stays the primary: a compiler's, sign-file's reason, depmod's", () => {
    const cc = readingOf(
      analyzeLines([
        ...GK4_HEAD,
        "drivers/gpu/drm/foo.c:12:5: error: 'x' undeclared (first use in this function)",
        "make[4]: *** [scripts/Makefile.build:243: drivers/gpu/drm/foo.o] Error 1",
        gk4Verdict("bzImage"),
        ...GK4_TAIL,
      ]),
    );
    expect(cc).toMatchObject({ line: GK4_HEAD.length + 1, ruleId: "cc-error", kind: "compile" });
    // genkernel 3.x with colours: its grep of the log puts a `*` before each line, under the verdict.
    const grepped = readingOf(
      analyzeLines([
        '* ERROR: Failed to compile the "bzImage" target...',
        "* ",
        "* -- Grepping log... --",
        "*drivers/gpu/drm/foo.c:12:5: error: 'x' undeclared (first use in this function)",
        "*make[3]: *** [scripts/Makefile.build:302: drivers/gpu/drm/foo.o] Error 1",
        "* -- End log... --",
      ]),
    );
    expect(grepped).toMatchObject({ line: 4, ruleId: "cc-error", kind: "compile" });
    const signFile = expectStreamedAlike([
      "*         >> Installing 6.6.21-gentoo-x86_64 modules (and stripping) ...",
      "  SIGN    /lib/modules/6.6.21-gentoo-x86_64/kernel/arch/x86/events/amd/power.ko",
      "At main.c:171:",
      "- SSL error:1E08010C:DECODER routines::unsupported: ../openssl-3.0.13/crypto/encode_decode/decoder_lib.c:101",
      "sign-file: ./",
      "make[2]: *** [scripts/Makefile.modinst:119: /lib/modules/6.6.21-gentoo-x86_64/kernel/arch/x86/events/amd/power.ko] Error 1",
      gk4Verdict("modules_install", "kernel_main(): compile_modules(): "),
      ...GK4_TAIL,
    ]);
    expect(signFile).toMatchObject({ line: 4, ruleId: "sign-file-ssl-error", kind: "install" });
    const depmod = readingOf(
      analyzeLines([
        "depmod: ERROR: could not open directory /lib/modules/6.6.21-gentoo: No such file or directory",
        '* ERROR: Failed to compile the "modules_install" target...',
      ]),
    );
    expect(depmod).toMatchObject({ line: 1, ruleId: "kbuild-depmod-error", kind: "install" });
  });

  test("near misses: Portage's banner without its blank, eerror's ` * `, genkernel's progress: no verdict of genkernel's", () => {
    const banner = analyzeLines([
      "* ERROR: sys-fs/zfs-kmod-2.2.2::gentoo failed (compile phase):",
      "*   emake failed",
    ]);
    expect(banner.primary?.ruleId).not.toMatch(/^genkernel-/);
    expect(banner.phase).toBe("compile");
    expect(
      analyzeLines([' * ERROR: Failed to compile the "bzImage" target...']).primary?.ruleId ?? null,
    ).toBeNull();
    const progress = analyzeLines([...GK4_HEAD, "*         >> Compiling 6.6.21-gentoo-x86_64 modules ..."]);
    expect(progress.status).toBe("succeeded");
  });
});

/** linux-mod-r1's pkg_setup dying through one of its checks: banner, message, call stack. */
const setupDie = (message: string, caller: string) => [
  ...dieBanner("setup", message),
  " * ",
  " * Call stack:",
  " *     ebuild.sh, line  136:  Called pkg_setup",
  " *   environment, line 2711:  Called linux-mod-r1_pkg_setup",
  ` *   environment, line 2000:  Called ${caller}`,
  " *   environment, line 3000:  Called die",
  " * ",
];

describe("3. linux-mod-r1's and linux-info's own failures: a setup-phase die, kind unknown", () => {
  test("row 1193: no usable .config: the die's message over the eerror advice, setup, unknown", () => {
    expect(readingOf(realRow(PF_RING))).toMatchObject({
      status: "failed",
      line: 8,
      ruleId: "kernel-not-configured",
      kind: "unknown",
      phase: "setup",
    });
  });

  test("an unbuilt kernel tree: the eclass' explanation above the die, setup, unknown", () => {
    const result = readingOf(
      analyzeLines([
        " * Found sources for kernel version:",
        " *     6.6.13-gentoo",
        " * '/usr/src/linux/Module.symvers' was not found implying that the",
        " * linux-6.6.13-gentoo tree at that location has not been built.",
        " * ",
        " * Please verify that this is the intended kernel version, then perform",
        " * a full build[1] (i.e. make && make modules_install && make install).",
        ...setupDie(
          "built kernel sources are required to build kernel modules",
          "_modules_sanity_kernelbuilt",
        ),
      ]),
    );
    expect(result).toMatchObject({ status: "failed", line: 3, kind: "unknown", phase: "setup" });
  });

  test("a kernel option check ending in a die: the option's `is not set` line, setup, unknown", () => {
    const result = readingOf(
      analyzeLines([
        " * Checking for suitable kernel configuration options ...",
        " *   CONFIG_KALLSYMS:\t is not set when it should be.",
        " * Please check to make sure these options are set correctly.",
        " * Failure to do so may cause unexpected problems.",
        " * Once you have satisfied these options, please try merging",
        " * this package again.",
        ...setupDie("Incorrect kernel configuration options", "linux-info_pkg_setup"),
      ]),
    );
    expect(result).toMatchObject({ line: 2, kind: "unknown", phase: "setup" });
  });
});
