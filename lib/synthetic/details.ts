// The error details a template varies. Each list is ordered by how common the detail
// is across the tree: a Zipf pick makes the first entries shared by many packages
// (one coarse signature, many fine ones), as with real tinderbox findings.
import { type Rng, ZipfSampler } from "./prng";

/** Missing-include scenarios for the implicit-declaration log: function, two macros, gcc's hint. */
export const IMPLICIT_DECLARATIONS: ReadonlyArray<readonly [string, string, string, string]> = [
  ["fnmatch", "FNM_PATHNAME", "FNM_PERIOD", "rpmatch"],
  ["strlcpy", "STRLCPY_MAX", "STRLCPY_MIN", "strncpy"],
  ["open", "O_CLOEXEC", "O_NOFOLLOW", "popen"],
  ["basename", "PATH_MAX", "NAME_MAX", "rename"],
  ["mmap", "PROT_READ", "MAP_PRIVATE", "mmap64"],
  ["setlocale", "LC_ALL", "LC_CTYPE", "setlinebuf"],
  ["waitpid", "WNOHANG", "WUNTRACED", "waitid"],
  ["dlopen", "RTLD_NOW", "RTLD_LOCAL", "popen"],
  ["ioctl", "TIOCGWINSZ", "FIONREAD", "iopl"],
  ["clock_gettime", "CLOCK_MONOTONIC", "CLOCK_REALTIME", "clock_settime"],
  ["socket", "AF_UNIX", "SOCK_STREAM", "socketpair"],
  ["reallocarray", "SIZE_MAX", "INT_MAX", "realloc"],
];

export const ENCLOSING_FUNCTIONS =
  "configAppMatch parse_args read_config main do_work init_module handle_event".split(" ");
export const SOURCE_STEMS = "config util compat main parse io options".split(" ");

/** Symbols missing at link time: libm first (the classic as-needed failure), then the rest. */
export const UNDEFINED_SYMBOLS =
  "pow sqrt floor dlopen pthread_create clock_gettime ceil log10 libintl_gettext exp".split(" ");

/** pkg-config names autoconf complains about. */
export const MISSING_LIBRARIES =
  "libevent ncurses openssl zlib libcurl pcre2 libxml-2.0 json-c lua gpgme libuuid libffi".split(" ");

/** CMake package names for `Could not find a package configuration file provided by`. */
export const CMAKE_PACKAGES =
  "EBML Qt6WaylandClient KF6CoreAddons absl Protobuf fmt spdlog GTest LLVM Boost".split(" ");

export const MESON_OPTIONS = [
  "bin, tests",
  "docs",
  "tests",
  "introspection",
  "gtk_doc",
  "man, docs",
  "examples",
];

export const DOC_FILES = "framing.html index.html manual.pdf README.html api.3 tutorial.html".split(" ");

export const AUTOMAKE_TESTS =
  "test-version test-reader test-api test-parse t-basic check-utf8 test-load".split(" ");

export const PYTEST_TESTS =
  "test_escape test_parse test_roundtrip test_unicode test_api test_cli test_load".split(" ");

export const CXX_CONVERSIONS: ReadonlyArray<readonly [string, string]> = [
  ["const char*", "char*"],
  ["const void*", "void*"],
  ["int", "char*"],
  ["const wchar_t*", "wchar_t*"],
];

/** gcc ICE messages; "Segmentation fault" dominates as in real reports. */
export const ICE_MESSAGES = [
  "Segmentation fault",
  "in expand_expr_real_1, at expr.cc:11234",
  "in cp_build_addr_expr_1, at cp/typeck.cc:7305",
  "in verify_ssa, at tree-ssa.cc:1203",
  "in extract_insn, at recog.cc:2812",
  "tree check: expected class 'type', have 'exceptional' (error_mark) in useless_type_conversion_p, at gimple-expr.cc:87",
];

export const QA_NOTICES: ReadonlyArray<readonly string[]> = [
  [
    "Package triggers severe warnings which indicate that it",
    "           may exhibit random runtime failures.",
    " * src/api.c:1284:17: warning: dereferencing type-punned pointer will break strict-aliasing rules [-Wstrict-aliasing]",
  ],
  [
    "Files built without respecting LDFLAGS have been detected",
    " Please include the following list of files in your report:",
    " * /usr/lib64/libLIB.so.1.0.0",
  ],
  [
    "The following files contain writable and executable sections",
    " * !WX --- --- usr/lib64/libLIB.so.1.0.0",
  ],
  [
    "Found the following implicit function declarations in configure logs:",
    " *   /var/tmp/portage/CATPF/work/config.log:8812 - strlcpy",
  ],
  ["This ebuild installs into the following deprecated directories:", " *", " *   /usr/share/appdata"],
  ["Pre-stripped files found:", " * /usr/lib64/libLIB.so.1.0.0"],
];

const samplers = new Map<number, ZipfSampler>();

/** A Zipf pick from `items`: the first entry is the most common. */
export function skewedPick<T>(rng: Rng, items: readonly T[]): T {
  let sampler = samplers.get(items.length);
  if (!sampler) {
    sampler = new ZipfSampler(items.length, 1.2);
    samplers.set(items.length, sampler);
  }
  return items[rng.zipf(sampler)];
}
