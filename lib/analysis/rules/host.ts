// The build host failing under the package (issue 10's infra vocabulary, session 14): its disk
// (infra `disk-io`) or its emulator, the qemu-user + binfmt_misc setup of a cross-arch chroot (infra
// `emulation`). The rules pick the line; infra.ts maps their ids to the reason. The kind stays what the
// failing step was (the phase's), or unknown: like a full disk, the line says nothing about the step.
import { type LineRule, TIER_ENVIRONMENT, TIER_ROOT } from "./rule";

// Not a terminal's or a device's EIO: a tty's (`stty: 'standard input': Input/output error`, bash's `echo:
// write error: Input/output error` to a closed pty, gpg's pinentry) and a device's (`/dev/sr0`) are no disk of
// the builder's failing.
const NOT_A_TTY_OR_DEVICE = String.raw`(?![^\n]{0,500}?(?:(?:^|[\s'"‘\`(])\/(?:dev|proc|sys)\/|standard (?:input|output)|\btty|\bpty|write error: Input)|gpg: )`;

export const DISK_IO_ERROR: LineRule = {
  id: "disk-io-error",
  note:
    "the disk failing under a tool (EIO, or EUCLEAN: the file system found itself corrupt): `cc1plus: error: " +
    "x.cc: Input/output error`, rsync's `mkstemp \"…\" failed: Input/output error (5)`, nasm's `unable to open " +
    "input file `x.asm' Input/output error`, Python's `OSError: [Errno 5] Input/output error: '/path'`. Only a " +
    "line that starts at its first column and ends in the strerror: an indented test's output, a path-less " +
    "`[Errno 5]` (a pty closing under a test or under emerge) and a tty's or a device's EIO are not",
  needles: ["Input/output error", "Structure needs cleaning"],
  pattern: new RegExp(
    String.raw`^${NOT_A_TTY_OR_DEVICE}(?:\w*(?:OSError|IOError): \[Errno (?:5|117)\] (?:Input\/output error|Structure needs cleaning): ['"]\/|\S[^\n]{0,800}?[:'"’] ?(?:Input\/output error|Structure needs cleaning)(?: \((?:5|117)\))?\s*$)`,
  ),
  example: "cc1plus: error: ptx_ir.cc: Input/output error",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: null,
  severity: "fatal",
};

// Portage's build tree of one package under any PORTAGE_TMPDIR (`/var/tmp/portage/dev-libs/foo-1.0/work/`):
// emerge made it writable minutes ago, so a file system that refuses a write there went read-only under the
// build (the kernel remounts it after errors). A read-only mount elsewhere is set up that way on purpose
// (a PKGDIR on a read-only share, /boot, a container's /usr): not the disk failing.
const BUILD_TREE = String.raw`\/portage\/[\w+.-]+\/[\w+.-]+\/(?:work|image|temp|homedir|distdir|build-info)\/`;

export const BUILD_TREE_READ_ONLY: LineRule = {
  id: "build-tree-read-only",
  note:
    "EROFS on a path inside the package's own build tree (`cp: cannot create regular file " +
    "'/var/tmp/portage/…/image/…': Read-only file system`, Python's `[Errno 30]`): the file system went " +
    "read-only under the build. Elsewhere EROFS is a mount's setting, read by the other rules as before",
  needles: ["Read-only file system"],
  pattern: new RegExp(
    String.raw`^\S[^\n]{0,500}?${BUILD_TREE}[^\n]{0,500}?(?:[:'"’] ?Read-only file system\s*$|\[Errno 30\] Read-only file system)`,
  ),
  example:
    "cp: cannot create regular file '/var/tmp/portage/dev-libs/foo-1.0/image/usr/lib64/libfoo.so': Read-only file system",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: null,
  severity: "fatal",
};

// Round 51a: what the kernel prints before its message in a capture: dmesg's `[ 1234.567890] `, syslog's
// `Aug 28 11:09:38 host kernel: `, journalctl's `kernel: `, printk's `<3>` level.
const KERNEL_PREFIX = String.raw`(?:<\d>)?(?:\[ {0,12}\d{1,10}\.\d{1,9}\] |[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S{1,100} kernel: (?:\[ {0,12}\d{1,10}\.\d{1,9}\] )?|kernel: )?`;
// The kernel's own words on a failing disk or a corrupt file system (infra.ts KERNEL_DISK_ERROR's, at a line's
// start), and ReiserFS's tree checks (`ReiserFS: warning: is_tree_node: node level 2619 does not match to the
// expected one 1`, `ReiserFS: warning: is_leaf: item location seems wrong …`, `ReiserFS: md1: warning: vs-5150: search_by_key: invalid format found in block …`, 2.6.26+'s
// `REISERFS error (device md1): …`, 2.4's bare `is_tree_node: node level 0 does not match …`).
const KERNEL_DISK_MESSAGE = [
  String.raw`EXT[234]-fs error \(device [^\s)]+\)`,
  String.raw`EXT[234]-fs \([^\s)]+\): (?:Remounting filesystem read-only|(?:previous )?I\/O error)`,
  String.raw`BTRFS (?:error|critical) \(device [^\s)]+\)`,
  String.raw`XFS \([^\s)]+\): (?:Corruption (?:of in-memory data|detected)|(?:metadata|log) I\/O error|Filesystem has been shut down)`,
  String.raw`Buffer I\/O error on dev(?:ice)? \w`,
  String.raw`(?:[\w-]{1,40}: )?(?:critical (?:medium|target|nexus|space allocation) )?I\/O error, dev \w+, sector \d`,
  String.raw`REISERFS error \(device [^\s)]+\)`,
  String.raw`(?:(?:ReiserFS: (?:[\w-]{1,40}: )?warning: |REISERFS warning: )(?:reiserfs-\d+:? )?)?is_tree_node: node level -?\d+ does not match`,
  String.raw`(?:ReiserFS: (?:[\w-]{1,40}: )?warning: |REISERFS warning: )(?:reiserfs-\d+:? )?is_leaf: `,
  String.raw`(?:ReiserFS: (?:[\w-]{1,40}: )?warning: |REISERFS (?:warning|error) \(device [^\s)]+\): )vs-\d+:? \w+: (?:invalid format|i\/o failure)`,
].join("|");

export const KERNEL_DISK_ERROR_LINE: LineRule = {
  id: "kernel-disk-error",
  note:
    "the kernel reporting the builder's disk or its file system failing, in a serial-console or dmesg capture " +
    "interleaved with the build (`[ 1234.5] EXT4-fs error (device sda3): …`, `end_request: I/O error, dev sda, " +
    "sector 123`, `ReiserFS: warning: is_tree_node: node level …`): the machine, not the package (convention 15, " +
    "infra disk-io). Kind unknown: the kernel's line says nothing of the step it broke. Only at the line's start " +
    "after a kernel prefix: a kernel build's `CC fs/ext4/super.o` and a test's indented fixture are not. " +
    "Conclusive, and a success marker does not excuse it",
  needles: [
    ...["EXT2-fs ", "EXT3-fs ", "EXT4-fs ", "BTRFS ", "XFS (", "Buffer I/O error on dev", "I/O error, dev "],
    ...["ReiserFS: ", "REISERFS ", "is_tree_node: "],
  ],
  pattern: new RegExp(`^${KERNEL_PREFIX}(?:${KERNEL_DISK_MESSAGE})`),
  example:
    "[ 1234.567890] EXT4-fs error (device sda3): ext4_find_entry:1455: inode #2: comm cc1: reading directory lblock 0",
  role: "error",
  // A root tier, so that a tool's own complaint above it (`mkdir: … Read-only file system`, row 642) stays the
  // first line that states the cause; conclusive and never excused by a later success marker (result.ts): the
  // capture is cut by the panic or emerge stops, and `>>> Completed installing` before the merge proves nothing.
  tier: TIER_ROOT,
  kind: "unknown",
  severity: "fatal",
  conclusive: true,
};

/** The architectures qemu-user emulates (`qemu-aarch64`, `qemu-arm-static`); not qemu-img, qemu-system-*. */
export const QEMU_USER_ARCHES = [
  ...["aarch64", "aarch64_be", "alpha", "arm", "armeb", "cris", "hexagon", "hppa", "i386", "loongarch64"],
  ...["m68k", "microblaze", "microblazeel", "mips", "mipsel", "mips64", "mips64el", "mipsn32", "mipsn32el"],
  ...["nios2", "or1k", "ppc", "ppc64", "ppc64le", "riscv32", "riscv64", "s390x", "sh4", "sh4eb", "sparc"],
  ...["sparc32plus", "sparc64", "x86_64", "xtensa", "xtensaeb"],
];
const QEMU_USER_NAME = String.raw`(?:qemu-(?:${QEMU_USER_ARCHES.join("|")})(?:-static)?|\.buildkit_qemu_emulator)`;

export const QEMU_USER_ERROR: LineRule = {
  id: "qemu-user-error",
  note:
    "qemu-user, running the chroot's foreign binaries, reporting that it could not (`qemu: uncaught target " +
    "signal 11 (Segmentation fault) - core dumped`, `qemu-aarch64-static: Could not open '/lib/ld-linux-" +
    "aarch64.so.1': …`, `qemu: unhandled CPU exception`): the emulator, not the program. Its warnings are not",
  needles: [
    "qemu: uncaught target signal",
    "qemu: unhandled ",
    "qemu: fatal: ",
    "qemu:handle_cpu_signal",
    ".buildkit_qemu_emulator: ",
    ...QEMU_USER_ARCHES.flatMap((arch) => [`qemu-${arch}: `, `qemu-${arch}-static: `]),
  ],
  pattern: new RegExp(
    String.raw`^(?:\S*\/)?(?:qemu: (?:uncaught target signal \d|unhandled (?:CPU exception|trap)|fatal: )|qemu:handle_cpu_signal received signal|${QEMU_USER_NAME}: (?!warning: )\S)`,
  ),
  example: "qemu: uncaught target signal 11 (Segmentation fault) - core dumped",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: null,
  kindWithoutPhase: "unknown",
  severity: "fatal",
};

// qemu-user's code generator giving up (a cross tinderbox running foreign binaries under
// binfmt): the emulator crashed, not the program it ran; the shell's `Aborted` after it is the echo.
export const QEMU_TCG_FATAL: LineRule = {
  id: "qemu-tcg-fatal",
  needles: ["tcg fatal error"],
  pattern: /^\S*\/tcg\/[\w-]+\.c:\d+: tcg fatal error/,
  example: "/var/tmp/portage/app-emulation/qemu-2.1.2-r1/work/qemu-2.1.2/tcg/tcg.c:1683: tcg fatal error",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: null,
  severity: "fatal",
};

export const BINFMT_REGISTER_FAILED: LineRule = {
  id: "binfmt-register-failed",
  note:
    'registering qemu-user with binfmt_misc failed (`installing: arm64 cannot register "/usr/bin/qemu-' +
    "aarch64\" to /proc/sys/fs/binfmt_misc/register: …`, update-binfmts' `unable to close …/register: Invalid " +
    "argument`, a binfmt script's `echo: write error: …`): the chroot's binaries will not run, so the Exec " +
    "format error after it is the consequence. Tier 3 like that error, so the first of the two is the primary. " +
    "update-binfmts' `Couldn't load the binfmt_misc module` is harmless where the module is built in: not",
  needles: ["binfmt"],
  // Anchored forms, one per registering tool: update-binfmts, systemd-binfmt, a binfmt script's echo into the
  // register file (bash's `line N: echo: write error:`), tonistiigi/binfmt's `installing: …`, a shell's redirect.
  pattern:
    /^(?:[^\s/]*\/)*(?:update-binfmts: (?:warning: )?unable to (?:close|open|write|enable) |systemd-binfmt\[\d+\]: Failed to add binary format|(?:[\w.]+-)?binfmt[\w.-]*: line \d+: echo: write error: )|^installing: [\w-]+ cannot register |^\S{1,100}: (?:\d+: )?(?:cannot create )?\/proc\/sys\/fs\/binfmt_misc\/register: (?:[Ii]nvalid argument|No such file or directory|Permission denied|Operation not permitted|Read-only file system|Directory nonexistent)$/,
  example:
    'installing: arm64 cannot register "/usr/bin/qemu-aarch64" to /proc/sys/fs/binfmt_misc/register: write /proc/sys/fs/binfmt_misc/register: invalid argument',
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "unknown",
  severity: "error",
};

export const CHROOT_EXEC_FORMAT_ERROR: LineRule = {
  id: "chroot-exec-format-error",
  note:
    "chroot cannot run a program of the root it enters (`chroot: failed to run command ‘mount’: Exec format " +
    "error`): the root is another architecture's and no binfmt_misc handler (qemu-user) runs it. chroot's " +
    "execvp runs a script without `#!` through sh, so this is a binary, and the builder's, not the package's",
  needles: ["Exec format error"],
  pattern: /^chroot: failed to run command [‘'`"][^\n]{1,500}[’'"]: Exec format error$/,
  example: "chroot: failed to run command ‘mount’: Exec format error",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "unknown",
  severity: "error",
};

/** The rules whose primary line makes a failure infra `disk-io` (infra.ts), outside the test phase. */
export const DISK_IO_RULE_IDS: ReadonlySet<string> = new Set([
  DISK_IO_ERROR.id,
  BUILD_TREE_READ_ONLY.id,
  KERNEL_DISK_ERROR_LINE.id,
]);
/** The rules whose primary line makes a failure infra `emulation` (infra.ts), outside the test phase. */
export const EMULATION_RULE_IDS: ReadonlySet<string> = new Set([
  QEMU_USER_ERROR.id,
  QEMU_TCG_FATAL.id,
  BINFMT_REGISTER_FAILED.id,
  CHROOT_EXEC_FORMAT_ERROR.id,
]);

/** In ENVIRONMENT_RULES' order (environment.ts): before the compiler's, shell's and coreutils' rules. */
export const HOST_RULES: readonly LineRule[] = [
  DISK_IO_ERROR,
  KERNEL_DISK_ERROR_LINE,
  BUILD_TREE_READ_ONLY,
  QEMU_USER_ERROR,
  QEMU_TCG_FATAL,
  BINFMT_REGISTER_FAILED,
  CHROOT_EXEC_FORMAT_ERROR,
];
