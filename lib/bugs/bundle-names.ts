// Names inside the bundle and on Bugzilla are generated from the stored file
// names, never taken raw: an upload may name a file "../../etc/passwd", carry
// control characters or invalid UTF-8 (decoded as U+FFFD), and a tar extractor
// or a browser would act on them.

const MAX_NAME = 100;

/** One path segment of [A-Za-z0-9._+:-], not starting with a dot, at most 100 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).filter(Boolean).pop() ?? "";
  const cleaned = base
    .replace(/[^A-Za-z0-9._+:-]/g, "_")
    .replace(/^\.+/, "_")
    .slice(0, MAX_NAME);
  return cleaned === "" ? "file" : cleaned;
}

/** The names, made distinct ("build.log", "build.log-2") where cleaning made two equal. */
export function distinctNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}
