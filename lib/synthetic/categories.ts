// Real Gentoo categories. The corpus's profiles/categories snapshot (fixtures/corpus/gentoo-meta)
// predates 2024, so the categories added since then are listed here too (real/MANIFEST.md).
import fs from "node:fs";
import path from "node:path";

export const MODERN_CATEGORIES = ["dev-build", "dev-debug", "llvm-core", "llvm-runtimes"] as const;

/** Every category: the corpus snapshot plus the modern ones; sorted so the order is stable. */
export function gentooCategories(corpusDir: string): string[] {
  const file = path.join(corpusDir, "gentoo-meta", "categories");
  const listed = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  return [...new Set([...listed, ...MODERN_CATEGORIES])].sort();
}

/** The Gentoo project that usually maintains a category's packages; undefined = persons only. */
export const CATEGORY_PROJECTS: Readonly<Record<string, string>> = {
  "dev-python": "python@gentoo.org",
  "dev-build": "base-system@gentoo.org",
  "sys-devel": "toolchain@gentoo.org",
  "llvm-core": "llvm@gentoo.org",
  "llvm-runtimes": "llvm@gentoo.org",
  "dev-lang": "base-system@gentoo.org",
  "media-libs": "media-libs@gentoo.org",
  "media-sound": "sound@gentoo.org",
  "media-video": "media-video@gentoo.org",
  "x11-libs": "x11@gentoo.org",
  "x11-misc": "desktop-misc@gentoo.org",
  "dev-qt": "qt@gentoo.org",
  "kde-frameworks": "kde@gentoo.org",
  "gnome-base": "gnome@gentoo.org",
  "sci-libs": "sci@gentoo.org",
  "sci-mathematics": "sci-mathematics@gentoo.org",
  "dev-perl": "perl@gentoo.org",
  "dev-ruby": "ruby@gentoo.org",
  "dev-haskell": "haskell@gentoo.org",
  "dev-java": "java@gentoo.org",
  "dev-lua": "lua@gentoo.org",
  "net-misc": "netmon@gentoo.org",
  "sys-apps": "base-system@gentoo.org",
  "sys-libs": "base-system@gentoo.org",
  "dev-libs": "base-system@gentoo.org",
  "app-emacs": "gnu-emacs@gentoo.org",
  "dev-ml": "ml@gentoo.org",
};

/** Gentoo developers' addresses for person maintainers (first names are common nicks). */
export const PERSON_MAINTAINERS: ReadonlyArray<readonly [string, string]> = [
  ["sam@gentoo.org", "Sam James"],
  ["mgorny@gentoo.org", "Michał Górny"],
  ["ionen@gentoo.org", "Ionen Wolkens"],
  ["arthurzam@gentoo.org", "Arthur Zamarin"],
  ["eschwartz@gentoo.org", "Eli Schwartz"],
  ["soap@gentoo.org", "David Seifert"],
  ["dilfridge@gentoo.org", "Andreas K. Hüttel"],
  ["xgqt@gentoo.org", "Maciej Barć"],
  ["juippis@gentoo.org", "Joonas Niilola"],
  ["pacho@gentoo.org", "Pacho Ramos"],
  ["chewi@gentoo.org", "James Le Cuirot"],
  ["flow@gentoo.org", "Florian Schmaus"],
  ["grobian@gentoo.org", "Fabian Groffen"],
  ["jsmolic@gentoo.org", "Jakov Smolić"],
  ["conikost@gentoo.org", "Conrad Kostecki"],
  ["asturm@gentoo.org", "Andreas Sturmlechner"],
  ["vapier@gentoo.org", "Mike Frysinger"],
  ["wraeth@gentoo.org", "Sam Jorna"],
  ["tamiko@gentoo.org", "Matthias Maier"],
  ["zlogene@gentoo.org", "Mikle Kolyada"],
];

export const MAINTAINER_NEEDED = "maintainer-needed@gentoo.org";
