// Which installed package should provide a missing thing: pkg-config `libpcre`
// -> dev-libs/libpcre, header `zlib.h` -> sys-libs/zlib. A name heuristic over
// the build's own installed-package list (qlist-info.txt / installed-packages.txt)
// or emerge --info's version table, not a file database: it knows package names,
// not which files a package installs (docs/analysis.md "Causes"). Pure.

export interface ProviderMatch {
  /** cat/pn */
  package: string;
  version: string;
}

/** Lower-case package names (pn) the missing thing is usually shipped under, best first. */
export function providerNames(type: string, name: string): string[] {
  const raw = name.trim();
  const names = namesFor(type, raw);
  const variants = names
    .flatMap((n) => [n, withoutApiVersion(n)])
    .flatMap((n) => {
      const alias = ALIASES[n.replace(/^lib/, "").toLowerCase()];
      return alias ? [n, alias] : [n];
    });
  const withLib = variants.flatMap((n) => (n.startsWith("lib") ? [n, n.slice(3)] : [n, `lib${n}`]));
  return [...new Set(withLib.map((n) => n.toLowerCase()).filter((n) => n.length > 1))];
}

// Libraries whose package name does not contain their own (-lz is zlib, -lm is glibc).
const ALIASES: Record<string, string> = {
  z: "zlib",
  bz2: "bzip2",
  lzma: "xz-utils",
  ssl: "openssl",
  crypto: "openssl",
  jpeg: "libjpeg-turbo",
  png16: "libpng",
  ncursesw: "ncurses",
  tinfo: "ncurses",
  uuid: "util-linux",
  blkid: "util-linux",
  m: "glibc",
  dl: "glibc",
  rt: "glibc",
  pthread: "glibc",
};

function namesFor(type: string, name: string): string[] {
  switch (type) {
    case "header": {
      // openssl/ssl.h -> openssl, ssl; zlib.h -> zlib
      const parts = name.replace(/\.(h|hh|hpp|hxx)$/i, "").split("/");
      return parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
    }
    case "library":
      return [name.replace(/^-l/, "").replace(/\.(so|a)(\.[\d.]+)?$/, "")];
    case "cmake-package":
      return [name.replace(/(-?config|Targets)$/i, ""), name.replace(/^(KF|Qt)\d/, "$1")];
    case "python-module": {
      const top = name.split(".")[0].replace(/_/g, "-");
      return [top, `py${top}`, `python-${top}`];
    }
    case "perl-module":
      return [name.replace(/::/g, "-")];
    case "atom":
      return [
        name
          .replace(/^[<>=~!]*/, "")
          .split("/")
          .pop()
          ?.replace(/-\d.*$/, "") ?? name,
      ];
    case "pkg-config":
    case "meson-dependency":
    case "executable":
      return [name];
    default:
      // symbol, autoconf-check: the name says what failed, not who ships it.
      return [];
  }
}

// gtk+-3.0 -> gtk+, glib-2.0 -> glib, libsoup-3.0 -> libsoup, libpcre2-8 -> libpcre2
function withoutApiVersion(name: string): string {
  return name.replace(/-[\d.]+$/, "");
}

/** The first installed package whose pn is one of the provider names (a category-qualified cause is matched whole). */
export function findProvider(
  type: string,
  name: string,
  installed: ReadonlyMap<string, { version: string }>,
): ProviderMatch | null {
  if (type === "atom") {
    const key = name
      .replace(/^[<>=~!]*/, "")
      .replace(/-\d.*$/, "")
      .replace(/:.*$/, "");
    const exact = installed.get(key);
    if (exact) return { package: key, version: exact.version };
  }
  const byName = new Map<string, string>();
  for (const key of installed.keys()) {
    const pn = key.split("/")[1]?.toLowerCase();
    if (pn && !byName.has(pn)) byName.set(pn, key);
  }
  for (const candidate of providerNames(type, name)) {
    const key = byName.get(candidate);
    const found = key ? installed.get(key) : undefined;
    if (key && found) return { package: key, version: found.version };
  }
  return null;
}
