// The tracker bugs of toralf's data/BLOCKER (2026), as the dashboard's first tracker rules
// (docs/domain.md, "Gentoo bug conventions for build failures", Trackers). Maintainers edit them at
// /trackers; seeding only adds trackers that are missing, so their edits survive.
import type { PrismaClient } from "../db";
import type { TrackerRule } from "./trackers";

type SeedTracker = Omit<TrackerRule, "active">;

/**
 * Rules match case-insensitively, so toralf's case-sensitive `error:.*AV` (ffmpeg)
 * and `nasm` became narrower patterns that do not catch every "avoid" or "nasm".
 */
export const SEED_TRACKERS: readonly SeedTracker[] = [
  {
    bugNumber: 870412,
    title: "Modern C porting (Clang 16 / GCC 14 errors)",
    matchType: "regex",
    pattern:
      "implicit-function-declaration|implicit-int|int-conversion|incompatible-pointer-types|return-mismatch|declaration-missing-parameter-type",
  },
  {
    bugNumber: 880545,
    title: "C23 / -std=c2x fallout (GCC 15 defaults to gnu23)",
    matchType: "regex",
    pattern:
      " prototype|not supported in C2|bool cannot be defined via typedef|too many arguments to function|incompatible pointer type",
  },
  {
    bugNumber: 906027,
    title: "Implicit function declarations in configure",
    matchType: "substring",
    pattern: "Found the following implicit function declarations in configure logs:",
  },
  { bugNumber: 618550, title: "LTO", matchType: "regex", pattern: "unstripped LTO libs|Wlto-type-mismatch" },
  {
    bugNumber: 351559,
    title: "Parallel make issues",
    matchType: "substring",
    pattern: "QA Notice: missing ninja dependencies in",
  },
  {
    bugNumber: 331933,
    title: "LDFLAGS not respected",
    matchType: "substring",
    pattern: "Files built without respecting LDFLAGS have been detected",
  },
  {
    bugNumber: 239866,
    title: "Pre-stripped files",
    matchType: "substring",
    pattern: "QA Notice: Pre-stripped files found:",
  },
  {
    bugNumber: 903921,
    title: "tar invoked without -f",
    matchType: "substring",
    pattern: "BAD_TAR_INVOCATION",
  },
  { bugNumber: 646588, title: "which-hunt", matchType: "substring", pattern: "which: command not found" },
  {
    bugNumber: 951350,
    title: "CMake 4 compatibility",
    matchType: "regex",
    pattern: "Compatibility with CMake < 3\\.5 has been removed from CMake",
  },
  {
    bugNumber: 964405,
    title: "CMake < 3.10 compatibility",
    matchType: "regex",
    pattern: "Compatibility with CMake < 3\\.10 will be removed",
  },
  {
    bugNumber: 954331,
    title: "Python extensions installed without DISTUTILS_EXT",
    matchType: "regex",
    pattern: "QA Notice: Python extension modules .* found installed",
  },
  {
    bugNumber: 808615,
    title: "tmpfiles without tmpfiles.eclass",
    matchType: "substring",
    pattern: "QA Notice: package is installing tmpfiles without inheriting tmpfiles.eclass",
  },
  {
    bugNumber: 803521,
    title: "EAPI 7 removal",
    matchType: "substring",
    pattern: "QA Notice: EAPI=7 detected",
  },
  { bugNumber: 957583, title: "gettext-0.25", matchType: "substring", pattern: "Failed running autoconf" },
  {
    bugNumber: 971433,
    title: "autoconf-2.73",
    matchType: "regex",
    pattern: "Automake .maintainer mode. detected:",
  },
  {
    bugNumber: 959472,
    title: "perl-5.42",
    matchType: "substring",
    pattern: "Please specify prototyping behavior for",
  },
  {
    bugNumber: 961435,
    title: "ffmpeg-8.0",
    matchType: "regex",
    pattern: "AVCodec|AV_PIX_FMT_XVMC|AV_CODEC_|avcodec_",
  },
  {
    bugNumber: 963809,
    title: "nasm-3",
    matchType: "regex",
    pattern: "nasm: (fatal|error)|asm.*expression syntax error",
  },
  { bugNumber: 966030, title: "cython-3.2", matchType: "substring", pattern: "Error compiling Cython file:" },
  {
    bugNumber: 969212,
    title: "glibc-2.43",
    matchType: "regex",
    pattern: "Werror=discarded-qualifiers|assignment of read-only location",
  },
  {
    bugNumber: 972902,
    title: "openssl-4",
    matchType: "regex",
    pattern: "undefined reference to .?ENGINE_load_builtin_engines|Unknown/unsupported OpenSSL version",
  },
  {
    bugNumber: 973278,
    title: "gcc-17 porting",
    matchType: "regex",
    pattern: "internal compiler error:|string in namespace std does not name a type",
  },
  {
    bugNumber: 973632,
    title: "Go BDEPEND too low",
    matchType: "regex",
    pattern: "Update BDEPEND to have .*dev-lang/go",
  },
];

/** Adds the seed trackers that are missing (by bug number); never changes or re-enables an existing one. */
export async function seedTrackers(client: Pick<PrismaClient, "tracker">): Promise<number> {
  const { count } = await client.tracker.createMany({
    data: SEED_TRACKERS.map((tracker) => ({ ...tracker, active: true })),
    skipDuplicates: true,
  });
  return count;
}
