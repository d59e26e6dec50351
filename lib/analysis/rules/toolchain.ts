// Compiler and linker diagnostics (docs/domain.md, "Tool errors above the banner"). Patterns are
// anchored where possible and use negated classes instead of ".*" so a 1 MB line stays linear.
import { GAS_LTO_ERROR, LD_FATAL, LINKER, LINKER_AT_NOTE_START, LINKER_AT_START } from "./binutils";
import { C_MESSAGE_WRAPPED_BELOW, GHC_C_ERROR } from "./haskell";
import { GHC_ERROR, GHC_SETUP_ERROR, GHC7_ERROR_HEADER } from "./languages";
import { LOCALISED_NO_SUCH_FILE, LOCALISED_NO_SUCH_FILE_NEEDLES } from "./other-tools";
import { type LineRule, TIER_ECHO, TIER_ROOT } from "./rule";

/**
 * gcc's severity as its message catalogues print it when LC_MESSAGES is not C (user logs; gcc's po/*.po, `error: `
 * and `fatal error: `): de Fehler / schwerwiegender Fehler, fr erreur / erreur fatale, es error / error fatal, it
 * errore, pl błąd, ru ошибка / фатальная ошибка, uk помилка / критична помилка, ja エラー / 致命的エラー, zh 错误 /
 * 致命错误 and 錯誤 / 嚴重錯誤. pt erro / erro fatal is the language's words, not a catalogue's (gcc 12 ships no
 * Portuguese one). Then its colon: ASCII, or the full-width one of the Chinese catalogues (`错误：`); round 29b:
 * either after any of the words (`error：` where a terminal's input method or a half-translated catalogue put the
 * full-width colon after the English word, `错误: `).
 */
export const GCC_ERROR_SEVERITY = `(?:(?:fatal |schwerwiegender |krytyczny |фатальная |критична )?(?:[Ee]rror|Fehler|błąd|erreur|errore|erro|ошибка|помилка)(?: fatale?| fatal)?|(?:致命的)?エラー|(?:致命|嚴重)?(?:错误|錯誤))(?:: |：)`;
/** Needles of GCC_ERROR_SEVERITY: each of its words with what follows it (the gate's triggers). */
export const GCC_ERROR_NEEDLES: readonly string[] = [
  "rror: ",
  "rror：",
  "Fehler: ",
  "błąd: ",
  "erreur: ",
  "errore: ",
  "ошибка: ",
  "erreur fatale: ",
  "error fatal: ",
  "erro: ",
  "erro fatal: ",
  "помилка: ",
  "エラー",
  "错误",
  "錯誤",
];
/**
 * Round 29b: a C compiler's line as cargo replays a build script's output (cc-rs compiling a `-sys` crate's C
 * sources): `warning: ` before each `cargo:warning=` line the script printed (`The following warnings were emitted
 * during compilation:`), and newer cargo's two blanks before each line under `--- stdout` (`  cargo:warning=…`)
 * and `--- stderr`. The compiler's line is the reason; cargo's `failed to run custom build command` the echo.
 */
const CARGO_REPLAY = `(?:warning: | {2}(?:cargo:warning=)?|cargo:warning=)?`;

export const CC_DIAGNOSTIC_ERROR: LineRule = {
  id: "cc-error",
  needles: GCC_ERROR_NEEDLES,
  // The column is optional: old gcc and gcc on very long lines print "file:LINE: error:"; the severity in any
  // of gcc's languages (GCC_ERROR_SEVERITY). Round 21c: not config.log's `configure:12345: error: …`
  // (autoconf's own, configure-error's). Round 29b: also as cargo replays a build script's (CARGO_REPLAY).
  pattern: new RegExp(
    String.raw`^${CARGO_REPLAY}(?!configure:\d)[^\s:][^:]*:\d+(?::\d+)?: ${GCC_ERROR_SEVERITY}`,
  ),
  example: "poptconfig.c:210:28: error: ‘FNM_PATHNAME’ undeclared (first use in this function)",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const CC_DRIVER_ERROR: LineRule = {
  id: "cc-driver-error",
  note:
    "also lto1, the link-time optimizer (`lto1: fatal error: bytecode stream … generated with LTO version …`); " +
    "round 29b: in gcc's other languages (`gcc: Fehler: unbekannte Kommandozeilenoption`, `cc1: 错误：…`) and " +
    "as cargo replays a build script's (`warning: cc1: fatal error: ggml/src/ggml.c: No such file or directory`)",
  needles: GCC_ERROR_NEEDLES,
  // Round 19: also as cc-rs reports it through cargo (`note: gcc: error: …`, rustc's `  = note: …`,
  // a build script's `cargo:warning=…`). Round 21c: a driver named with its dotted version (`clang-3.9`,
  // `gcc-4.9.4`, `x86_64-pc-linux-gnu-gcc-13.2.1`).
  pattern: new RegExp(
    String.raw`^(?:(?: {0,8}= )?note: |${CARGO_REPLAY})(?:[\w.+-]*-)?(?:gcc|g\+\+|cc|c\+\+|cpp|clang|clang\+\+|cc1|cc1plus|lto1)(?:-\d{1,4}(?:\.\d{1,4}){0,3})?: ${GCC_ERROR_SEVERITY}`,
  ),
  example: "x86_64-pc-linux-gnu-gcc: error: unrecognized command-line option '-mfoo'",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const LD_UNDEFINED_REFERENCE: LineRule = {
  id: "ld-undefined-reference",
  needles: [": undefined ", ": undefinierter Verweis auf ", "undefined reference to "],
  // `undefined reference to symbol 'foo@@VER'`: the symbol's library is only indirectly linked;
  // a paste wrapped at its width may cut the line right after `to`, or put the location on the line
  // above (`main.o: in function `main':` then `undefined reference to `foo'`); a markdown mirror of an
  // issue eats the blank before an odd backtick (`undefined reference to`lzma_index_end'`). Round 31: a wrap
  // also cuts before the quoted symbol (`x.o: undefined reference to symbol` / `'pthread_create@@GLIBC_2.2.5'`)
  // or before `to` (gcc 4's `irq.c:462: undefined reference` / `to \`sbprof_cpu_intr'`). Round 33: the message
  // indented under a bare `ld: path:` location line (`ld: src/libx.a(y.o):` / `    undefined reference to symbol
  // '__atomic_fetch_add_8@@LIBATOMIC_1.0'`, LABELLING.md convention 1) names the symbol too.
  pattern:
    /: undefined reference to ?(?:symbol )?[`'‘\uFFFD»«]|: undefined reference(?: to(?: symbol)?)?$|: undefined symbol: |: undefinierter Verweis auf |^\s*undefined reference to (?:symbol )?[`'‘]/,
  example: "hello.c:(.text.startup+0x1ea): undefined reference to `pow'",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const LD64_UNDEFINED_SYMBOLS: LineRule = {
  id: "ld64-undefined-symbols",
  note:
    "macOS ld64's report (Prefix on Darwin): `Undefined symbols for architecture arm64:`, then one " +
    '`  "_sym", referenced from:` paragraph per symbol, then `ld: symbol(s) not found for architecture …`',
  needles: ["Undefined symbols for architecture ", "ld: symbol(s) not found for architecture "],
  pattern: /^(?:Undefined symbols for architecture \w+:$|ld: symbol\(s\) not found for architecture )/,
  example: "Undefined symbols for architecture arm64:",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const LD_DSO_MISSING: LineRule = {
  id: "ld-dso-missing",
  note: "the second line of ld's report on an indirectly linked symbol (the first names the symbol)",
  // Round 31: also wrapped (`…/libcrypto.so.1.1: error adding symbols: DSO` / `missing from command line`). Round 33:
  // also indented under a bare `ld: …/libatomic.so.1:` location line, as the symbol's line above it is.
  needles: ["error adding symbols: DSO missing", "error adding symbols:"],
  pattern:
    /(?:: |^\s+)error adding symbols: DSO missing from command line|: error adding symbols:(?: DSO(?: missing(?: from(?: command)?)?)?)?$/,
  example: "/usr/bin/ld: /lib64/libtinfo.so.6: error adding symbols: DSO missing from command line",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const LD_CANNOT_FIND_LIBRARY: LineRule = {
  id: "ld-cannot-find-library",
  // Round 29b: also in binutils' translations (zh `ld: 找不到 -lbwdpi`, de `ld: kann -lfoo nicht finden`, ru
  // `ld: не удаётся найти -lfoo`), after its translated severity (`错误：`) when it prints one.
  needles: [": cannot find -l", "error: cannot find -l", "找不到 -l", "kann -l", "найти -l"],
  pattern: new RegExp(
    `${LINKER}: (?:error: |${GCC_ERROR_SEVERITY})?(?:cannot find|找不到|kann|не удаётся найти|не удается найти) -l`,
  ),
  example:
    "/usr/lib/gcc/x86_64-pc-linux-gnu/14/../../../../x86_64-pc-linux-gnu/bin/ld: cannot find -lfoo: No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const LD_CANNOT_FIND_FILE: LineRule = {
  id: "ld-cannot-find-file",
  note:
    "GNU ld cannot open a file operand (not `-l`): an object, a script, or a word of split LDFLAGS such as " +
    "`-z now` passed as `-z` `now`; binutils >= 2.39 adds `: No such file or directory`",
  needles: [": cannot find "],
  pattern: new RegExp(
    String.raw`${LINKER}: (?:error: )?cannot find [^\s-][^\s:]*(?:: No such file or directory)?$`,
  ),
  example:
    "/usr/lib/gcc/x86_64-pc-linux-gnu/13/../../../../x86_64-pc-linux-gnu/bin/ld: cannot find now: No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const LD_MULTIPLE_DEFINITION: LineRule = {
  id: "ld-multiple-definition",
  needles: [": multiple definition of", "multiple definition of "],
  // GCC 10's -fno-common default made these common; a re-flowed report puts the location on the line above
  pattern: /: multiple definition of [`'‘]|^\s*multiple definition of [`'‘]/,
  example:
    "/usr/bin/ld: b.o:(.bss+0x0): multiple definition of `counter'; a.o:(.bss+0x0): first defined here",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const LD_RECOMPILE_FPIC: LineRule = {
  id: "ld-recompile-fpic",
  note:
    "round 47c: also GNU ld's refusal for a PIE (`… can not be used when making a PIE object; recompile with " +
    "-fPIE`, or no advice at all for a hidden symbol: a static library built without -fPIC linked into a " +
    "default-PIE program; row 992)",
  needles: ["recompile with -fPI", "a PIE object"],
  pattern: /recompile with -fPI[CE]\b|can not be used when making a PIE object/,
  example:
    "/usr/bin/ld: foo.o: relocation R_X86_64_32 against `.rodata' can not be used when making a shared object; recompile with -fPIC",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const LD_ERROR: LineRule = {
  id: "ld-error",
  note:
    "any linker's own `error:` line (lld's version-script check since LLVM 16, mold, gold, a FreeBSD-style " +
    "`ld: error:`) and GNU ld's unworded fatal ones; the undefined-symbol forms are ld-undefined-reference",
  needles: [
    "ld: error: ",
    "mold: error: ",
    // round 51a: mold's fatal errors (`mold: fatal: unknown command line option: --foo`)
    "mold: fatal: ",
    "bfd: error: ",
    "real: error: ",
    "ld64: error: ",
    ": final link failed",
    "ld: fatal error: ",
    "ld: internal error in ",
  ],
  // gold's fatal() and gold_unreachable()'s `internal error in set_xindex, at …/object.h:1234` (as ld.gold or
  // installed as plain `ld`)
  pattern: new RegExp(
    `${LINKER_AT_NOTE_START}: (?:(?:fatal )?error: |fatal: |internal error in \\S|final link failed)`,
  ),
  example:
    "ld.lld: error: version script assignment of 'GLIBC_2.4' to symbol '__stack_chk_guard' failed: symbol not defined",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const RUSTC_LINKER_FAILED: LineRule = {
  id: "rustc-linker-failed",
  note:
    "round 45: rustc's report that the linker it ran failed (`exit status: 1` since rustc 1.56's ExitStatus, " +
    "`exit code: 1` before), the driver named as the target configures it (`cc`, `x86_64-pc-linux-gnu-gcc`, " +
    "`x86_64-gentoo-linux-musl-clang`); its `= note:` lines hold the command and then the linker's own output. " +
    "The link's verdict, as collect2's is: an echo of kind link, so a linker message shown under the note " +
    "(ld-undefined-reference, ld-cannot-find-library, ld-error) is the primary, and this line when the note is cut",
  needles: ["error: linking with `"],
  pattern: /^\s*error: linking with `[^`\n]{1,200}` failed: exit (?:status|code): /,
  example: "error: linking with `x86_64-pc-linux-gnu-cc` failed: exit status: 1",
  role: "error",
  tier: TIER_ECHO,
  // An excerpt that kept only this line (the note cut) still failed to link.
  conclusive: true,
  kind: "link",
  severity: "error",
};

export const RUSTC_ERROR: LineRule = {
  id: "rustc-error",
  needles: ["error["],
  pattern: /^error\[E\d+\]: /,
  example: "error[E0425]: cannot find value `foo` in this scope",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const GO_COMPILE_ERROR: LineRule = {
  id: "go-compile-error",
  needles: [".go:"],
  // Round 21c: go 1.10 and older, and `go vet`, print no column (`pkg/file.go:123: undefined: Foo`).
  pattern: /^[^\s:]+\.go:\d+(?::\d+)?: /,
  example: "./main.go:12:3: undefined: foo",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const GFORTRAN_ERROR: LineRule = {
  id: "gfortran-error",
  note:
    "gfortran prints `file.f90:12:5:` alone, then the source line and a marker, then `Error: … at (1)`; " +
    "the message line is the primary (python-exception would take it at tier 2)",
  needles: ["Error: "],
  pattern: /^(?:Fatal )?Error: [^\n]{0,2000}? at \(\d\)/,
  example: "Error: Symbol ‘ierro’ at (1) has no IMPLICIT type",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const GAS_ERROR: LineRule = {
  id: "gas-error",
  note:
    "GNU as reading gcc's output through a pipe names it `{standard input}`, with or without a line " +
    "(cc-error takes the numbered form of a file name); an assembler error fails the compile. Round 19: " +
    "also a named `.s`/`.S` file without a line (after its `x.s: Assembler messages:`); an LTO " +
    "partition's is gas-lto-error's (binutils.ts). Round 52c: the bare `Fatal error: can't create x.o: …` gas " +
    "prints before it reads any input (output-file.c: the object's directory missing, a parallel make's race), " +
    "not the linker's for its `.o`",
  needles: [
    "Fatal error: can't ",
    "}: Error: ",
    "}: Fatal error: ",
    ".s: Error: ",
    ".s: Fatal error: ",
    ".S: Error: ",
    ".S: Fatal error: ",
  ],
  pattern:
    /^(?:(?:\{standard input\}(?::\d+)?|[^\s:]+\.[sS]): (?:Fatal )?[Ee]rror: |Fatal error: can't (?:create|close|write) \S)/,
  example: "{standard input}: Error: open CFI at the end of file; missing .cfi_endproc directive",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const GCC_BOOTSTRAP_COMPARISON: LineRule = {
  id: "gcc-bootstrap-comparison",
  note: "gcc's stage 2/3 compare: the object files that differ follow; make's `compare` Error 1 only echoes it",
  needles: ["comparison failure!"],
  pattern: /^Bootstrap comparison failure!/,
  example: "Bootstrap comparison failure!",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const JAVAC_NO_SOURCE_FILES: LineRule = {
  id: "javac-no-source-files",
  note:
    "java-pkg-simple hands javac an empty source list when its `find` of the source dirs failed; " +
    "the paste may indent it (tool-error wants the line's start)",
  // javac 8 said `javac: no source files`
  needles: ["error: no source files", "javac: no source"],
  pattern: /^\s*(?:javac: )?(?:error: )?no source files\s*$/,
  example: "error: no source files",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const CC_ERROR_WITHOUT_LOCATION: LineRule = {
  id: "cc-error-without-location",
  note:
    "a C/C++ compiler's diagnostic whose `file:L:C: ` location the paste lost (a one-line excerpt): its " +
    "wording is the compiler's alone, so kind compile, not the generic `error: ` of tool-error",
  needles: ["error: "],
  pattern:
    /^(?:fatal )?error: .{1,300}?(?:does not name a type|was not declared in this scope|undeclared \(first use in this function\)|has no member named )/,
  example: "error: 'PyFrameObject' does not name a type",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const COMPILER_ERROR_NO_LOCATION: LineRule = {
  id: "compiler-error-no-location",
  note:
    "round 19: a bare `error: ` line that only GCC or clang word so: a warning option in brackets " +
    "(`[-Werror=format-security]`, `[-Wimplicit-function-declaration]`, `[-fpermissive]`) or GCC's curly " +
    "quotes; tool-error, listed after, gives no kind without a phase",
  needles: ["error: "],
  pattern: /^(?:fatal )?error: (?:[^\n]*\[-[Wf][\w=+,-]{1,80}\]\s*$|[^‘\n]*‘[^’\n]{1,200}’)/,
  example: "error: format not a string literal and no format arguments [-Werror=format-security]",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

// Source and header suffixes a C-family compiler reads; a non-source name before `fatal error:` or
// before a missing file is another tool's (automake's `Makefile.am: error:`, a script's `x.sh: 3:`).
const C_FAMILY = String.raw`(?:c|cc|cpp|cxx|c\+\+|C|h|hh|hpp|hxx|h\+\+|H|ipp|tcc|inl|m|mm|cu|S|s|y|l)`;

export const CC_FATAL_WITHOUT_LOCATION: LineRule = {
  id: "cc-fatal-without-location",
  note:
    "gcc's `file: fatal error: …` where the diagnostic has no line (an include a header names), and a " +
    "paste that cut the location's colon and the message (`…/vtk_libproj.h fatal error:`)",
  needles: [" fatal error:"],
  pattern: new RegExp(String.raw`^[^\s:]+\.${C_FAMILY}:? fatal error:(?: |$)`),
  example: "foo.h: fatal error: bar.h: No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const CC_OLD_MISSING_INCLUDE: LineRule = {
  id: "cc-old-missing-include",
  note:
    "GCC 3 and 4.0-4.5 print a missing `#include` without `error:` (`foo.cpp:25:30: foo.moc: No such " +
    "file or directory`, then make's Error 1); newer gcc says `fatal error:` (cc-error). Round 38: also in " +
    "the user's language (`kernel.h:10:20: stdarg.h: Aucun fichier ou répertoire de ce type`, gcc 3.2 under " +
    "fr_BE; `Datei oder Verzeichnis nicht gefunden`): glibc's strerror is translated, gcc's format is not",
  needles: [": No such file or directory", ...LOCALISED_NO_SUCH_FILE_NEEDLES],
  pattern: new RegExp(
    String.raw`^[^\s:]+\.${C_FAMILY}:\d+(?::\d+)?: [^\s:][^:]{0,300}: (?:No such file or directory|${LOCALISED_NO_SUCH_FILE.join("|")})$`,
  ),
  example: "klistboxdialog.cpp:25:30: klistboxdialog.moc: No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const LD_INPUT_REJECTED: LineRule = {
  id: "ld-input-rejected",
  note:
    "GNU ld refusing an input file: an object of two possible formats (`File format is ambiguous`, " +
    "`matching formats:` follows), a text file read as a linker script, another architecture's object. " +
    "ld-file-not-recognized (other-tools.ts) takes the unprefixed corrupt-object forms; `skipping " +
    "incompatible … when searching for -lfoo` is ld's warning, and its `cannot find -lfoo` the error",
  needles: [": file not recognized: ", "not recognized; treating as linker script", " is incompatible with "],
  pattern: new RegExp(
    String.raw`^(?:(?:[^\s:]*[/-])?${LINKER}: ?)?(?:[^\s:]+: file not recognized: [Ff]ile format is ambiguous|[^\s:]+: file format not recognized; treating as linker script)|${LINKER_AT_START}: [^\n]{1,500}? is incompatible with [\w:.-]+(?: output)?$`,
  ),
  example: "ld: efi/buildid.o: file not recognized: File format is ambiguous",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const CC_ERROR_MESSAGE_WRAPPED: LineRule = {
  id: "cc-error-message-wrapped",
  note:
    "round 31: a C compiler's diagnostic whose message a terminal or a mail wrapped onto the next line, in the " +
    "shapes ghc-c-error (listed before, same tier and kind) does not read: GCC 4.4's location without a column " +
    "(`bcm1250_tbprof.c:362: error:` / `expected expression before`), or a suffix it leaves out (`.C`, `.inl`, " +
    "`.tcc`). The message on the next line takes the location's place (C_MESSAGE_WRAPPED_BELOW, convention 1); " +
    "GCC 4's own `(Each undeclared identifier is reported only once` below is an echo",
  needles: [": error:"],
  pattern: new RegExp(String.raw`^[^\s:]{1,300}\.${C_FAMILY}:\d{1,9}(?::\d{1,9})?: error:\s*$`),
  example: "arch/mips/sibyte/sb1250/bcm1250_tbprof.c:362: error:",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
  nextLine: C_MESSAGE_WRAPPED_BELOW,
};

export const LOCALIZED_CC_ERROR_EXAMPLE =
  "poptconfig.c:210:28: Fehler: \uFFFDFNM_PATHNAME\uFFFD nicht deklariert";

export const TOOLCHAIN_RULES: readonly LineRule[] = [
  // GHC's bare `File.hs:L:C: error:` header, whose message is on the next lines (languages.ts)
  GHC_SETUP_ERROR,
  GHC_ERROR,
  GHC_C_ERROR,
  CC_ERROR_MESSAGE_WRAPPED,
  CC_DIAGNOSTIC_ERROR,
  CC_DRIVER_ERROR,
  LD_UNDEFINED_REFERENCE,
  LD64_UNDEFINED_SYMBOLS,
  LD_DSO_MISSING,
  LD_CANNOT_FIND_LIBRARY,
  LD_CANNOT_FIND_FILE,
  LD_MULTIPLE_DEFINITION,
  LD_RECOMPILE_FPIC,
  LD_ERROR,
  LD_FATAL,
  RUSTC_LINKER_FAILED,
  RUSTC_ERROR,
  GO_COMPILE_ERROR,
  GFORTRAN_ERROR,
  GAS_LTO_ERROR,
  GAS_ERROR,
  GCC_BOOTSTRAP_COMPARISON,
  JAVAC_NO_SOURCE_FILES,
  CC_ERROR_WITHOUT_LOCATION,
  COMPILER_ERROR_NO_LOCATION,
  // Shapes the rules above do not read: GHC 7's bare `File.hs:L:C:` header (languages.ts), a fatal error
  // without its location, GCC 3's unworded missing include, ld refusing an input file
  GHC7_ERROR_HEADER,
  CC_FATAL_WITHOUT_LOCATION,
  CC_OLD_MISSING_INCLUDE,
  LD_INPUT_REJECTED,
];
