// The lines, search and member routes all start the same way: a file id from
// the path, maybe a member path from the query, and the line source behind them.
// Expected failures are values, turned into the one JSON error shape by the route.
import { type LogLanguage, languageFor } from "@/lib/highlight/language";
import { parsePositiveId } from "@/lib/http/ids";
import { type FileContent, getFileContent } from "@/lib/queries/files";
import { fileLineSource, type LineSource, memberLineSource } from "./line-source";
import { removedError } from "./removed";

export type ResolvedSource =
  | { ok: true; file: FileContent; source: LineSource; language: LogLanguage }
  | { ok: false; status: 400 | 404 | 410 | 422; code: string; message: string };

/** Throws WorkBusy (lib/http/work-limit.ts) when member decompressions are saturated. */
export async function resolveLineSource(
  rawId: string,
  member: string | undefined,
  signal?: AbortSignal,
): Promise<ResolvedSource> {
  const id = parsePositiveId(rawId);
  if (id === null)
    return { ok: false, status: 400, code: "bad_id", message: "file id must be a positive integer" };
  const file = await getFileContent(id);
  if (!file) return { ok: false, status: 404, code: "not_found", message: `no file ${id}` };
  const removed = removedError(file);
  if (removed) return { ok: false, ...removed };
  if (member === undefined)
    return {
      ok: true,
      file,
      source: await fileLineSource(file),
      language: languageFor(file.role, file.name),
    };
  if (file.role !== "archive")
    return { ok: false, status: 400, code: "not_archive", message: `file ${id} is not an archive` };
  const source = await memberLineSource(file, member, signal);
  if (!source)
    return {
      ok: false,
      status: 404,
      code: "no_member",
      message: "no regular file of that path in the archive",
    };
  if (source.outOfReach)
    return { ok: false, status: 422, code: "member_out_of_reach", message: source.capNote ?? "" };
  return { ok: true, file, source, language: languageFor("other", member) };
}
