import { describe, expect, test } from "vitest";
import {
  analyzeLines,
  COMPILE_COMMANDS,
  dieBanner,
  PHASE_BANNERS,
  phaseLog,
  phaseLogLine,
  readingOf,
  realRow,
  realRowLines,
  streamedText,
} from "./testing/failure-class";

// Round 51a (helper rules51a): misses of earlier held-out sets, named in words by a reviewer (held-out logs not
// read): the kernel's disk errors in a capture of a build, lcov's `[fail]` rows, a linker refusing an option in a
// configure probe. Each is written from a real public log (fixtures/corpus/real rows 1085-1087); the variants below
// are made up in the tools' own formats.
const analyze = analyzeLines;
const inLongLog = phaseLog;
const at = phaseLogLine;
const BANNERS = PHASE_BANNERS;
const FILLER = COMPILE_COMMANDS;
const streamed = streamedText;

const KERNEL = "unknown-kernel-reiserfs-errors-interleaved-tar-oops-lkml";
const LCOV = "test-lcov-row-fail-gendiffcov-lcov";
const PROBE = "configure-config-log-ld-unknown-option-probe-dangsan";

const EMERGE_START = [
  ">>> Emerging (1 of 3) dev-foo/bar-1.0::gentoo",
  " * bar-1.0.tar.gz BLAKE2B SHA512 size ;-) ...                                [ ok ]",
  ">>> Unpacking source...",
  ">>> Unpacking bar-1.0.tar.gz to /var/tmp/portage/dev-foo/bar-1.0/work",
  ">>> Source unpacked in /var/tmp/portage/dev-foo/bar-1.0/work",
];

describe("1. the kernel's disk errors interleaved in a captured build", () => {
  test("row 1085: ReiserFS's errors among tar's output, cut by an Oops: failed, kind unknown, infra disk-io", () => {
    expect(readingOf(realRow(KERNEL))).toMatchObject({
      status: "failed",
      line: 15,
      ruleId: "kernel-disk-error",
      kind: "unknown",
      infra: "disk-io",
    });
  });

  test.each([
    "[ 1234.567890] EXT4-fs error (device sda3): ext4_find_entry:1455: inode #2: comm cc1: reading directory lblock 0",
    "EXT4-fs error (device sda3): ext4_journal_check_start:56: Detected aborted journal",
    "[  812.004411] Buffer I/O error on dev sda3, logical block 1234, lost async page write",
    "end_request: I/O error, dev sda, sector 12345678",
    "[ 99.1] blk_update_request: I/O error, dev sda, sector 12345678 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0",
    '[ 5001.2] XFS (sdb1): metadata I/O error in "xfs_imap_to_bp+0x5c/0xa0" at daddr 0x2 len 32 error 5',
    "[ 77.000001] BTRFS error (device nvme0n1p2): bdev /dev/nvme0n1p2 errs: wr 0, rd 1, flush 0, corrupt 0, gen 0",
    "ReiserFS: warning: is_tree_node: node level 2619 does not match to the expected one 1",
    "ReiserFS: sda3: warning: vs-5150: search_by_key: invalid format found in block 50208179. Fsck?",
    "REISERFS error (device sda3): vs-5150 search_by_key: invalid format found in block 0. Fsck?",
    "REISERFS warning: reiserfs-5090 is_tree_node: node level 0 does not match to the expected one -1",
    "Aug 28 11:09:38 tinderbox kernel: is_tree_node: node level 65535 does not match to the expected one 1",
    "Jan 16 01:55:17 heaven kernel: [ 3083.3] EXT4-fs (sda1): Remounting filesystem read-only",
  ])("inside an emerge run, cut before any verdict: %s", (kernelLine) => {
    const lines = [
      ...EMERGE_START,
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "x86_64-pc-linux-gnu-gcc -O2 -pipe -c a.c -o a.o",
      kernelLine,
      "x86_64-pc-linux-gnu-gcc -O2 -pipe -c b.c -o b.o",
    ];
    const result = analyze(lines);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("unknown");
    expect(result.infra?.reason).toBe("disk-io");
  });

  test("the first kernel line, not the tool's Input/output error it caused, and not excused by `Completed installing`", () => {
    const result = analyze([
      ...EMERGE_START,
      ">>> Install dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
      "[ 812.0] EXT4-fs error (device sda3): ext4_find_entry:1455: inode #2: comm install: reading directory lblock 0",
      "install: cannot stat 'bar.1': Input/output error",
      ">>> Completed installing dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
      "",
      ">>> Merging dev-foo/bar-1.0 to /",
      "[ 813.1] EXT4-fs (sda3): Remounting filesystem read-only",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(7);
    expect(result.infra?.reason).toBe("disk-io");
  });

  test("a tool's own complaint above a pasted dmesg stays the primary (row 642's reading)", () => {
    const result = analyze([
      "mkdir: cannot create directory '/var/tmp/x': Read-only file system",
      "[15163.781999] EXT4-fs error (device dm-25): ext4_journal_check_start:56: Detected aborted journal",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.infra?.reason).toBe("disk-io");
  });

  test("in a full log with the die: the kernel line over the die's message and the compiler's later error", () => {
    const kernel =
      "[ 1234.5] EXT4-fs error (device sda3): ext4_readdir:227: inode #1234: comm make: path /x: bad entry";
    const result = analyze(
      inLongLog([kernel, "src/x.c:1:10: fatal error: x.h: Input/output error"], "compile", "emake failed"),
    );
    expect(result.primary?.line).toBe(at(0));
    expect(result.kind).toBe("unknown");
    expect(result.infra?.reason).toBe("disk-io");
    const cut = inLongLog([kernel], "compile").join("\n");
    for (const size of [1, 7, 4093, 65536]) {
      const stream = streamed(`${cut}\n`, size);
      expect(stream.primary?.line).toBe(at(0));
      expect(stream.status).toBe("failed");
    }
  });

  test("near misses: a kernel build's own lines, kernel sources' text, an indented fixture, mount messages", () => {
    // In a log too long to be held whole (a short excerpt's last resort reads an indented line as a tool's).
    for (const line of [
      "  CC      fs/ext4/super.o",
      "  CC [M]  fs/reiserfs/stree.o",
      'fs/ext4/super.c:812:9: note: in expansion of macro "ext4_error"',
      '    printk("EXT4-fs error (device %s): %s:%d: ", sb->s_id, function, line);',
      "    [   55.100] EXT4-fs error (device vda): ext4_lookup:1855: inode #1234: comm bash: deleted inode",
      'ReiserFS: dm-0: found reiserfs format "3.6" with standard journal',
      "ReiserFS: dm-0: Using r5 hash to sort names",
      "[    1.234] EXT4-fs (vda): mounted filesystem with ordered data mode. Quota mode: none.",
      "BTRFS info (device sda2): disk space caching is enabled",
      "test_parse_dmesg: EXT4-fs error (device loop0) counted ... ok",
    ]) {
      const result = analyze([...EMERGE_START, BANNERS.compile, ...FILLER, line, ">>> Source compiled."]);
      expect(result.status, line).toBe("succeeded");
    }
  });

  test("in src_test the kernel line is still the primary, kind unknown", () => {
    const result = analyze([
      BANNERS.test,
      "[ 55.2] Buffer I/O error on dev loop0, logical block 0, async page read",
      ...dieBanner("test", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("kernel-disk-error");
    expect(result.kind).toBe("unknown");
  });
});

describe("2. lcov's test harness rows", () => {
  test("row 1086: the first `[fail]` row, kind test", () => {
    const reading = readingOf(realRow(LCOV));
    expect(reading).toMatchObject({ line: 1, ruleId: "test-lcov-row-failed", kind: "test" });
    expect(reading.failedTests).toContain("gendiffcov/simple/script.sh");
  });

  const ROWS = [
    "genhtml/full.sh ................... [pass] (time 1.0s, mem 47.5MB)",
    "scripts/annotate_test.sh .......... [fail] (time 0.3s, mem 130.0MB)",
    "    sh: ./annotate.sh: /usr/bin/bash: bad interpreter: No such file or directory",
    "lcov/add/zero.sh .................. [pass] (time 0.3s, mem 38.7MB)",
    "genhtml_output_zero .......... [fail]",
    "sh: ./select.sh: /usr/bin/bash: bad interpreter: No such file or directory",
  ];

  test("the row over the `bad interpreter` under it, bare, under the test banner and in a full log", () => {
    const bare = analyze(ROWS);
    expect(bare.primary?.line).toBe(2);
    expect(bare.kind).toBe("test");
    const full = analyze(
      inLongLog([">>> Test phase: dev-util/lcov-2.0", ...ROWS], "compile", "emake failed"),
    );
    expect(full.primary?.line).toBe(at(2));
    expect(full.kind).toBe("test");
    const cut = `${inLongLog([">>> Test phase: dev-util/lcov-2.0", ...ROWS], "compile").join("\n")}\n`;
    for (const size of [3, 4096]) expect(streamed(cut, size).primary?.line).toBe(at(2));
  });

  test("near misses: `[pass]` and `[skipped]` rows, a bracketed `[fail]` in prose", () => {
    for (const line of [
      "genhtml/full.sh ................... [pass] (time 1.0s, mem 47.5MB)",
      "lcov/misc/help.sh ................. [skipped] (time 0.1s, mem 12.0MB)",
      "expected [fail] to be printed",
    ])
      expect(analyze([...FILLER, line]).status, line).toBe("succeeded");
  });
});

describe("3. a linker refusing an option in a configure probe", () => {
  test("row 1087: old GNU ld's `--push-state: unknown option` over `C compiler cannot create executables`", () => {
    expect(readingOf(realRow(PROBE))).toMatchObject({ line: 32, ruleId: "ld-fatal", kind: "configure" });
  });

  test("AC_PROG_CC's version probes in config.log are no candidates", () => {
    const lines = realRowLines(PROBE).slice(0, 30);
    expect(analyze(lines).status).toBe("succeeded");
  });

  const probe = (linkerLine: string) => [
    "configure:6440: checking whether the C compiler works",
    "configure:6456: x86_64-pc-linux-gnu-gcc -O2 -pipe -Wl,-O1 -Wl,--defsym=__gentoo_check_ldflags__=0 conftest.c  >&5",
    "/usr/lib/gcc/x86_64-pc-linux-gnu/14/../../../../x86_64-pc-linux-gnu/bin/ld: warning: -z relro ignored",
    linkerLine,
    "collect2: error: ld returned 255 exit status",
    "configure:6460: $? = 1",
    "configure:6498: result: no",
    "configure: failed program was:",
    "| /* confdefs.h */",
    "| int main (void) { return 0; }",
    "configure:6505: error: in '/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0':",
    "configure:6507: error: C compiler cannot create executables",
    "See 'config.log' for more details",
  ];

  test.each([
    "wild: error: unrecognized option(s): --defsym=__gentoo_check_ldflags__=0",
    "ld.lld: error: unknown argument '--defsym=__gentoo_check_ldflags__=0'",
    "ld.lld: error: unknown argument: --be8",
    "mold: fatal: unknown command line option: --defsym=__gentoo_check_ldflags__=0",
    "/usr/bin/ld: unrecognized option '--defsym=__gentoo_check_ldflags__=0'",
    "/usr/bin/ld.gold: --defsym=__gentoo_check_ldflags__=0: unknown option",
  ])("the linker's line, kind configure: %s", (linkerLine) => {
    const result = analyze(probe(linkerLine));
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("configure");
    const full = analyze(inLongLog(probe(linkerLine), "configure", "econf failed"));
    expect(full.primary?.line).toBe(at(3));
    expect(full.kind).toBe("configure");
  });

  test("near misses: a refused option under another verdict, a linker error that is not a refusal", () => {
    const other = analyze([
      "configure:7001: checking whether the linker accepts -Wl,--push-state",
      "configure:7010: x86_64-pc-linux-gnu-gcc -o conftest -Wl,--push-state conftest.c  >&5",
      "/usr/bin/ld: unrecognized option '--push-state'",
      "collect2: error: ld returned 1 exit status",
      "configure:7014: $? = 1",
      "configure:7250: error: libfoo >= 1.2 is required",
    ]);
    expect(other.primary?.line).toBe(6);
    const notRefusal = analyze(probe("/usr/bin/ld: cannot find -lfoo: No such file or directory"));
    expect(notRefusal.primary?.line).toBe(12);
  });
});
