// Sends an import unit to a Kindling server's upload API instead of writing
// the database directly (npm run import -- --api URL --token T).
import { openAsBlob } from "node:fs";
import type { IngestOutcome } from "../ingest/ingest-upload";
import type { ImportUnit } from "./import-unit";

const BUNDLE_TYPES: Array<[RegExp, string]> = [
  [/\.(tar\.gz|tgz)$/i, "application/gzip"],
  [/\.(tar\.xz|txz)$/i, "application/x-xz"],
  [/\.(tar\.bz2|tbz2?)$/i, "application/x-bzip2"],
];

export async function uploadThroughApi(
  unit: ImportUnit,
  apiBase: string,
  token: string,
): Promise<IngestOutcome> {
  const url = new URL("/api/v1/results", apiBase);
  const init: RequestInit = { method: "POST", headers: { authorization: `Bearer ${token}` } };
  if (unit.bundlePath) {
    const type = BUNDLE_TYPES.find(([re]) => re.test(unit.bundlePath ?? ""))?.[1] ?? "application/x-tar";
    init.body = await openAsBlob(unit.bundlePath, { type });
    (init.headers as Record<string, string>)["content-type"] = type;
  } else {
    const form = new FormData();
    form.set("meta", unit.rawMeta ?? JSON.stringify(unit.meta));
    for (const file of unit.files) form.append("file", await openAsBlob(file.path), file.name);
    init.body = form;
  }
  const response = await fetch(url, init);
  const body = (await response.json().catch(() => null)) as {
    id?: number;
    error?: { code: string; message: string };
  } | null;
  if (response.ok && typeof body?.id === "number")
    return { ok: true, id: body.id, created: response.status === 201 };
  return {
    ok: false,
    status: response.status,
    code: body?.error?.code ?? "http_error",
    message: body?.error?.message ?? `HTTP ${response.status} from ${url}`,
  };
}
