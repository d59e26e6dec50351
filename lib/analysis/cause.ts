// Root cause by what is missing: when the primary error (or the detail lines under
// it, see detail.ts) names a missing header, module, package, library, symbol or
// program, say what it is. Many failures share one cause ("pkg-config module
// libpcre"), so the cause is a grouping key above the signature.
import { detailParagraphs } from "./detail";
import { titleMessage } from "./normalize";
import type { CauseType, MissingCause } from "./types";

interface CausePattern {
  type: CauseType;
  /** The first capture group is the missing thing's name as written. */
  pattern: RegExp;
  example: string;
}

const MAX_NAME_CHARS = 200;

// Order matters: a specific form ("No package 'x' found") before the generic
// autoconf verdict it sits in. Patterns run on titleMessage(text): quotes are ASCII.
export const CAUSE_PATTERNS: readonly CausePattern[] = [
  {
    type: "header",
    pattern: /fatal error: '?([\w./+-]+)'?: No such file or directory/,
    example: "foo.c:1:10: fatal error: sys/foo.h: No such file or directory",
  },
  {
    type: "header",
    pattern: /fatal error: '([\w./+-]+)' file not found/,
    example: "foo.c:1:10: fatal error: 'zlib.h' file not found",
  },
  {
    type: "pkg-config",
    pattern: /Package '([^']+)', required by '[^']*', not found/,
    example: "Package 'libpcre', required by 'virtual:world', not found",
  },
  { type: "pkg-config", pattern: /No package '([^']+)' found/, example: "No package 'glib-2.0' found" },
  {
    type: "pkg-config",
    pattern: /Package (\S+) was not found in the pkg-config search path/,
    example: "Package libffi was not found in the pkg-config search path.",
  },
  {
    type: "pkg-config",
    pattern: /Package requirements \(([^)\s]+)[^)]*\) were not met/,
    example: "configure: error: Package requirements (glib-2.0 >= 2.50) were not met:",
  },
  {
    type: "pkg-config",
    pattern: /required packages were not found: - (\S+)/,
    example: "The following required packages were not found: - libfoo>=1.0",
  },
  {
    type: "pkg-config",
    pattern: /None of the required '([^']+)' found/,
    example: "None of the required 'libfoo>=1.2' found",
  },
  {
    // valac's `--pkg x` without its .vapi or GIR (round 21b): a vapi is named as the pkg-config module
    type: "pkg-config",
    pattern: /error: Package '([^'\s]+)' not found in specified Vala API directories/,
    example:
      "error: Package `gtk+-3.0' not found in specified Vala API directories or GObject-Introspection GIR directories",
  },
  {
    type: "cmake-package",
    pattern: /package configuration file provided by\s+"([^"]+)"/,
    example: 'Could not find a package configuration file provided by "EBML"',
  },
  {
    type: "cmake-package",
    pattern: /Could NOT find (\S+)/,
    example: "Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)",
  },
  {
    type: "meson-dependency",
    pattern: /Dependency "([^"]+)" not found/,
    example: 'meson.build:491:9: ERROR: Dependency "cairo-xlib" not found, tried pkgconfig',
  },
  {
    type: "meson-dependency",
    pattern: /Dependency '([^']+)' is required but not found/,
    example: "ERROR: Dependency 'gtk4' is required but not found.",
  },
  {
    type: "python-module",
    pattern: /No module named '?([\w.]+)'?/,
    example: "ModuleNotFoundError: No module named 'distutils'",
  },
  {
    type: "perl-module",
    pattern: /Can't locate ([\w/]+)\.pm in @INC/,
    example: "Can't locate Locale/gettext.pm in @INC (you may need to install the Locale::gettext module)",
  },
  {
    type: "library",
    pattern: /(?:cannot|unable to) find (?:library )?-l([\w.+-]+)/,
    example: "/usr/bin/ld: cannot find -lfoo: No such file or directory",
  },
  {
    type: "symbol",
    pattern: /undefined reference to '([^']+)'/,
    example: "hello.c:(.text.startup+0x1ea): undefined reference to `pow'",
  },
  {
    type: "symbol",
    pattern: /undefined symbol: (\S+)/,
    example: "ld.lld: error: undefined symbol: ENGINE_load_builtin_engines",
  },
  {
    type: "executable",
    pattern: /(?:^|: )([\w.+-]+): (?:command )?not found$/,
    example: "/bin/sh: line 1: which: command not found",
  },
  {
    type: "executable",
    pattern: /Program '([^']+)' not found/,
    example: "meson.build:12:0: ERROR: Program 'glib-compile-resources' not found or not executable",
  },
  {
    type: "executable",
    pattern: /^make(?:\[\d+\])?: ([\w.+-]+): No such file or directory$/,
    example: "make: semodule_package: No such file or directory",
  },
  {
    type: "executable",
    pattern: /^(?:(?:\/usr)?\/bin\/)?env: [\u2018'"]?([\w.+-]+)[\u2019'"]?: No such file or directory/,
    example: "env: 'python3.12': No such file or directory",
  },
  {
    type: "atom",
    pattern: /(?:selected to satisfy|no ebuilds to satisfy) "([^"]+)"/,
    example: '!!! The ebuild selected to satisfy "media-libs/libsndfile[minimal]" has unmet requirements.',
  },
  {
    type: "autoconf-check",
    pattern: /configure: error: "?([\w.+-]+) (?:not found|is required|not installed|is missing)/,
    example: 'configure: error: "libevent not found"',
  },
  {
    type: "autoconf-check",
    pattern: /configure: error: (?:cannot|could not|unable to|can't) find (?:the )?"?([\w.+-]+)/i,
    example: "configure: error: Could not find libxml2",
  },
];

/** What the primary error (or the detail lines under it) says is missing, or null. */
export function findMissingCause(
  primaryText: string,
  continuation: readonly string[] = [],
): MissingCause | null {
  const paragraphs = detailParagraphs(continuation);
  const texts = [primaryText, ...paragraphs, paragraphs.join(" ")];
  for (const text of texts) {
    const line = titleMessage(text);
    for (const { type, pattern } of CAUSE_PATTERNS) {
      const name = pattern.exec(line)?.[1];
      if (name) return { type, name: normaliseName(type, name) };
    }
  }
  return null;
}

/** The coarse signature's message for a failure with a cause: one missing thing, one group. */
export function causeMessage(cause: MissingCause): string {
  return `missing ${cause.type} ${cause.name}`;
}

function normaliseName(type: CauseType, raw: string): string {
  let name = raw.slice(0, MAX_NAME_CHARS);
  if (type === "perl-module") return name.replace(/\//g, "::");
  if (type === "pkg-config") return name.replace(/\s*[<>=!].*$/, "");
  if (type === "executable")
    return name.slice(name.lastIndexOf("/") + 1).replace(/(?<=[a-z])\d+(?:\.\d+)+$/, "");
  if (type === "atom") return atomKey(name);
  if (type === "header") name = name.startsWith("/") ? name.slice(name.lastIndexOf("/") + 1) : name;
  return name;
}

// ">=media-libs/libsndfile-1.2[minimal]:0" -> "media-libs/libsndfile"
function atomKey(atom: string): string {
  const bare = atom.replace(/^[<>=~!]+/, "").replace(/[[:].*$/, "");
  return bare.replace(/-\d[\w.]*(?:-r\d+)?$/, "");
}
