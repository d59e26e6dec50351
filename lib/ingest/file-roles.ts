// What a file of a result is. The role drives the viewer (highlighting, the
// qlist table, the config.log jump) and which attachment analysis runs.
export const FILE_ROLES = [
  "build-log",
  "emerge-info",
  "qlist-info",
  "emerge-history",
  "installed-packages",
  "config-log",
  "cmake-log",
  "meson-log",
  "test-log",
  "environment",
  "elog",
  "comment0",
  "issue",
  "title",
  "archive",
  "other",
] as const;

export type FileRole = (typeof FILE_ROLES)[number];

// First match wins. Names are matched on the base name with any .gz/.bz2/.xz
// suffix removed (toralf compresses every attachment over 256 KiB).
const ROLE_BY_NAME: ReadonlyArray<readonly [RegExp, FileRole]> = [
  [/\.tar(\.(gz|bz2|xz|zst))?$|\.t[gbx]z$/i, "archive"],
  [/^build\.log$|^[a-z0-9-]+:[^:]+:\d{8}-\d{6}\.log$/i, "build-log"],
  [/^emerge-info(\.txt)?$|^emerge_info\.txt$/i, "emerge-info"],
  [/^qlist-info(\.txt)?$/i, "qlist-info"],
  [/^emerge-history(\.txt)?$/i, "emerge-history"],
  [/^installed-packages(\.txt)?$/i, "installed-packages"],
  [/^config\.log$/i, "config-log"],
  [/^CMake(Error|Output)\.log$|^CMakeConfigureLog\.yaml$|^CMakeCache\.txt$/i, "cmake-log"],
  [/^meson-log\.txt$/i, "meson-log"],
  [/^test-suite\.log$|^LastTest\.log$|^testlog.*\.txt$|\.trs$/i, "test-log"],
  [/^environment$/i, "environment"],
  [/\.elog$|^elog$/i, "elog"],
  [/^comment0$/i, "comment0"],
  [/^issue$/i, "issue"],
  [/^title$/i, "title"],
];

export function stripCompressionSuffix(name: string): string {
  return name.replace(/\.(gz|bz2|xz)$/i, "");
}

/** The role a file name suggests; "other" when nothing fits. */
export function roleForFileName(name: string): FileRole {
  const base = name.split("/").pop() ?? name;
  if (/\.tar\.(gz|bz2|xz)$/i.test(base)) return "archive";
  const plain = stripCompressionSuffix(base);
  for (const [pattern, role] of ROLE_BY_NAME) if (pattern.test(plain)) return role;
  return "other";
}

/** Stored content is always decompressed, so an uploaded .tar.xz is kept (and served) as a tar. */
export function mediaTypeForRole(role: FileRole): string {
  return role === "archive" ? "application/x-tar" : "text/plain; charset=utf-8";
}
