// The coarse signature's message: a masked message with everything that names
// the package's own files removed, so one breakage in many packages is one group
// (docs/domain.md, "Titles and signatures"). What identifies the breakage stays: the identifier, the missing
// package or module, the undefined symbol, the failing check, the -W flag.

// "poptconfig.c: error:", "hello.c: undefined reference", "meson.build: ERROR:",
// "foo.o: in function": a file location that starts the message. Linker names with a
// dot (ld.lld, ld.bfd, ld.gold) are tools, not locations.
const LEADING_LOCATION = /^(?!ld\.)[\w.+-]*\.[A-Za-z][\w+]*:\s+(?=\S)/;
// "CMake Error at CMakeLists.txt (find_package):" / "at cmake/FindFoo.cmake (message):"
const CMAKE_LOCATION = /^CMake (Error|Warning(?: \(dev\))?) at \S+/;
// autoconf names the build directory before its verdict (the verdict follows as detail).
const AUTOCONF_IN_DIR = /^configure: error: in '[^']*':/;
// The linker's object file: "ld: stats.o: undefined reference", "ld: /tmp/ccX.o: relocation".
const LINKER_OBJECT =
  /^(?:(?:ld|ld\.\w+|mold): )?(?:[\w.+-]+\.(?:o|lo|a|so[\d.]*)|<tmp>)(?:\([^)]*\))?: (?=\S)/;
// Detail after the thing that identifies the breakage: FindPackageHandleStandardArgs'
// "(missing: …) (found version …)", the file a full disk refused.
const TAILS: readonly RegExp[] = [/(?<=Could NOT find \S+) .*$/, /(?<=No space left on device).*$/];
// -Werror=foo and -Wfoo are the same diagnostic; whether it is fatal is a build flag.
const WERROR = /\[-Werror=([\w+-]+)\]/g;

// One diagnostic, several spellings (gcc and clang): mapped to gcc's wording.
const CANONICAL: readonly [RegExp, string][] = [
  // An unknown identifier: gcc C, gcc C++ (three wordings) and clang.
  [/^error: use of undeclared identifier ('[^']+')/, "error: $1 undeclared"],
  [
    /^error: ('[^']+') (?:undeclared (?:\(first use in this function\)|here \(not in a function\))|was not declared in this scope|does not name a type|has not been declared)/,
    "error: $1 undeclared",
  ],
  [
    /^(error|warning): call to undeclared (?:library )?function ('[^']+');.*?(\[-W[\w-]+\])?$/,
    "$1: implicit declaration of function $2 $3",
  ],
  // A member that went away (LLVM API updates): gcc names the class kind, clang does not.
  [
    /^error: '(?:class|struct|union) ([^']+)' has no member named ('[^']+')/,
    "error: '$1' has no member named $2",
  ],
  [
    /^error: no member named ('[^']+') in '(?:class |struct |union )?([^']+)'/,
    "error: '$2' has no member named $1",
  ],
  // C23: an unprototyped declaration `f()` now means no arguments; which function is the package's own.
  [
    /^error: too many arguments to function '[^']+'; expected (?:0|<n>), have \S+/,
    "error: too many arguments to function; expected 0",
  ],
  // A missing header, as clang and gcc say it.
  [/^fatal error: '([^']+)' file not found/, "fatal error: $1: No such file or directory"],
];

// An unsatisfied blocker (detail.ts): the blocked packages' versions change with every
// bump, and "soft"/"hard" with the blocker's syntax; the pair of packages is the breakage.
const BLOCKER = /^blocker: ("[^"]+") is (?:soft |hard )?blocking (.+)$/;
// After maskMessage a version is <v>, or <hex> for a date-like one (rime-prelude-20220122-r1).
const ATOM_VERSION = /-(?:<v>|<hex>|<n>|\d[\w.]*)(?:_[a-z]+\d*)*(?:-r\d+)?$/;

function coarseBlocker(message: string): string | null {
  const match = BLOCKER.exec(message);
  if (!match) return null;
  const blocked = match[2].split(/,\s*/).map((atom) => atom.trim().replace(ATOM_VERSION, ""));
  return `blocker: ${match[1]} is blocking ${blocked.join(", ")}`;
}

/**
 * The text under which failures in different packages group together. `own` is the
 * failing package ("category/PN"): where the message names it (the die banner,
 * "foo-1.2.3 has fetch restriction turned on") it becomes <pkg>.
 */
export function coarseMessage(maskedMessage: string, own: string | null = null): string {
  // A slot conflict is about the package it names, the failing one included (detail.ts).
  if (maskedMessage.startsWith("slot conflict: ")) return maskedMessage;
  let message = own ? withoutOwnPackage(maskedMessage, own) : maskedMessage;
  const blocker = coarseBlocker(message);
  if (blocker) return blocker;
  message = message.replace(LEADING_LOCATION, "").replace(CMAKE_LOCATION, "CMake $1");
  message = message.replace(AUTOCONF_IN_DIR, "configure: error:").replace(LINKER_OBJECT, "");
  for (const tail of TAILS) message = message.replace(tail, "");
  message = message.replace(WERROR, "[-W$1]");
  for (const [pattern, replacement] of CANONICAL) message = message.replace(pattern, replacement);
  return message.replace(/\s+/g, " ").trim();
}

// "sys-fs/tmsu-<v>", "tmsu-<v>", "sys-fs/tmsu" -> "<pkg>"; a bare PN stays (it may be a word).
function withoutOwnPackage(message: string, own: string): string {
  const slash = own.indexOf("/");
  const category = escapeRegExp(own.slice(0, slash));
  const name = escapeRegExp(own.slice(slash + 1));
  const pattern = new RegExp(
    `(?<![\\w+-])(?:${category}/${name}(?:-(?:<v>|\\d[\\w.]*(?:-r\\d+)?))?|${name}-(?:<v>|\\d[\\w.]*(?:-r\\d+)?))(?![\\w+])`,
    "g",
  );
  return message.replace(pattern, "<pkg>");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
