// GNU binutils' wordings the compiler rules do not read (round 19): ld's fatal messages that carry no
// `error:` (its einfo("%F…") calls) and GNU as failing on an LTO partition's assembly.
import { type LineRule, TIER_ROOT } from "./rule";

/**
 * A linker by any of its names (round 21a): GNU ld and its variants (`ld.bfd`, Debian's `ld.bfd.real`,
 * `ld.gold`), LLVM's (`ld.lld`, `ld64.lld`, `lld`), Apple's `ld64`, `mold`, with a version suffix
 * (`ld.lld-17`) or MinGW's `.exe`; round 51a: the wild linker (`wild: error: …`). Not after a word character, a dot or a plus (`gold:`, `x.ld:`); a
 * CHOST prefix (`x86_64-pc-linux-gnu-ld.bfd`) ends in `-`. Every linker rule names the linker with it.
 */
export const LINKER = String.raw`(?<![\w.+])(?:ld(?:\.(?:bfd|gold|lld|mold))?(?:\.real)?|ld64(?:\.lld)?|lld|mold|wild)(?:-\d+)?(?:\.exe)?`;
/** LINKER at the start of the line, after its directory and CHOST prefix (`/usr/bin/`, `x86_64-…-`). */
export const LINKER_AT_START = String.raw`^(?:[^\s:]*[/-])?${LINKER}`;
/**
 * Round 45: LINKER_AT_START also as rustc shows the linker's output under `error: linking with \`cc\` failed`: after
 * its `  = note: ` (a paste may drop the blanks before `=`) or on a continuation line indented by ten blanks.
 */
export const LINKER_AT_NOTE_START = String.raw`^(?:(?: {0,8}= )?note: | {10})?(?:[^\s:]*[/-])?${LINKER}`;

/**
 * Round 51a: a linker refusing an option it was given, in each linker's words: GNU ld's `unrecognized option
 * '--foo'` (and before 2.18, like gold, `--foo: unknown option`), lld's `error: unknown argument '--foo'`, mold's
 * `fatal: unknown command line option: --foo`, wild's `error: unrecognized option(s): --foo`. Under a configure
 * probe that found the compiler unable to create executables, the flags (LDFLAGS) are what broke the probe.
 */
export const LINKER_REFUSED_OPTION = new RegExp(
  String.raw`${LINKER_AT_NOTE_START}: (?:(?:fatal )?(?:error|fatal): )?(?:unrecognized option(?:\(s\):| ')|unknown argument\b|unknown command line option\b|-[^\s:]{1,200}: unknown option\s*$)`,
);

export const GAS_LTO_ERROR: LineRule = {
  id: "gas-lto-error",
  note:
    "GNU as on an LTO partition (`/tmp/ccX.ltrans0.ltrans.s: Error: …`, after its `Assembler messages:`): " +
    "the code is generated at link time, so the link fails. Also gcc's own temporary (`/tmp/ccizgB1I.s`, " +
    "mkstemp's `ccXXXXXX`): a compile with Gentoo's default -pipe names `{standard input}` instead, and " +
    "lto-wrapper's ltrans step writes one (real rows 280, 281). gas-error (toolchain.ts) takes the other " +
    "`.s` files, a package's own assembly",
  needles: [": Error: ", ": Fatal error: "],
  pattern: /^(?:(?=[^\s:]{0,300}ltrans)[^\s:]+|(?:[^\s:]*\/)?cc\w{6})\.s(?::\d+)?: (?:Fatal )?[Ee]rror: /,
  example: "/tmp/ccQ3xk1a.ltrans0.ltrans.s: Error: no such instruction: `vpdpbusd %ymm2,%ymm1,%ymm0'",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

// ldlex/lexsup.c, ldmain.c, ldlang.c, ldfile.c: einfo (_("%F%P: …")) exits without `error:` in the text.
const LD_FATAL_MESSAGES = [
  String.raw`[^\s:]{1,40}(?: and [^\s:]{1,40})? may not be used (?:together|without )`,
  "-(?:shared|pie|static-pie) not supported",
  "cannot open (?:output file|linker script file|map file) ",
  "cannot find script file ",
  "unrecognised emulation mode: ",
  "unrecognized option '",
  // Round 51a: binutils before 2.18 and gold (`ld: --push-state: unknown option`).
  String.raw`-[^\s:]{1,200}: unknown option\s*$`,
  String.raw`no input files\s*$`,
  "cannot represent machine ",
  String.raw`target \S+ not found`,
  "failed to merge target specific data of file ",
  String.raw`BFD \S+ internal error, aborting `,
].join("|");

export const LD_FATAL: LineRule = {
  id: "ld-fatal",
  note:
    "GNU ld's fatal messages worded without `error:` (`ld: -r and -shared may not be used together`, " +
    "`ld: cannot open output file x: Permission denied`); ld-error takes its `error:` forms",
  needles: [
    "may not be used ",
    " not supported",
    "cannot open ",
    "cannot find script file ",
    "unrecognised emulation mode: ",
    "unrecognized option '",
    ": unknown option",
    "no input files",
    "cannot represent machine ",
    " not found",
    "failed to merge target specific data",
    "internal error, aborting ",
  ],
  pattern: new RegExp(`${LINKER_AT_NOTE_START}: (?:${LD_FATAL_MESSAGES})`),
  example: "/usr/bin/ld: -r and -shared may not be used together",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const LD_WARNING_MADE_FATAL: LineRule = {
  id: "ld-warning-made-fatal",
  note:
    "round 31: GNU ld's own warning right above collect2's `ld returned 1 exit status` and no ld error between " +
    "(`--fatal-warnings`): the warning failed the link. Not in the table: fatal-linker-warning.ts records it " +
    "only when collect2's verdict follows, so the same warning in a link that succeeds stays out",
  needles: ["ld: warning: ", "ld.bfd: warning: ", "ld.gold: warning: "],
  pattern: new RegExp(String.raw`${LINKER_AT_START}: warning: \S`),
  example:
    "/usr/bin/ld.bfd: warning: src/boot/efi/systemd-bootaa64.elf has a LOAD segment with RWX permissions",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};
