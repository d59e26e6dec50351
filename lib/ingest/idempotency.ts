// A retry must never duplicate a result. With an uploader key the key decides;
// without one, the result's content does: its metadata (canonical JSON) and
// the sha256 of every file, so the same upload sent twice maps to one build.
import { createHash } from "node:crypto";
import type { ResultMeta } from "./result-meta";

export function contentIdempotencyKey(
  meta: ResultMeta,
  files: Array<{ name: string; sha256: string }>,
): string {
  const { idempotencyKey: _ignored, ...rest } = meta;
  const fileList = files.map((f) => `${f.name}\u0000${f.sha256}`).sort();
  const digest = createHash("sha256")
    .update(canonicalJson(rest))
    .update("\u0001")
    .update(fileList.join("\u0001"));
  return `content:${digest.digest("hex")}`;
}

/** JSON with object keys sorted at every level, so key order never changes the key. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
