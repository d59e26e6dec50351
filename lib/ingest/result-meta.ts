// The upload boundary's schema: `meta` (multipart) or `kindling.json` (tar bundle).
// docs/upload-format.md documents every field. Unknown fields are rejected so
// that a typo in a tinderbox script is an error, not silently lost data.
import { z } from "zod";
import { FILE_ROLES } from "./file-roles";

const atomPattern = /^[A-Za-z0-9][A-Za-z0-9+_.-]*\/[A-Za-z0-9+_][A-Za-z0-9+_.-]*$/;
const fileNamePattern = /^[^\\\0]{1,1000}$/;

export const maintainerSchema = z.strictObject({
  email: z.string().min(3).max(320),
  name: z.string().max(200).optional(),
  type: z.enum(["person", "project"]).optional(),
});

export const fileEntrySchema = z.strictObject({
  name: z.string().regex(fileNamePattern, "a file name or relative path"),
  role: z.enum(FILE_ROLES).optional(),
});

export const resultMetaSchema = z.strictObject({
  /** Same key again = same result: the upload answers 200 with the existing id. */
  idempotencyKey: z.string().min(1).max(200).optional(),
  /** category/PF, e.g. dev-libs/popt-1.19-r1. Taken from the log's header when missing. */
  atom: z.string().max(300).regex(atomPattern, "category/package-version").optional(),
  repository: z.string().min(1).max(100).optional(),
  /** The tinderbox's own verdict; the analysis decides when missing. */
  status: z.enum(["succeeded", "failed"]).optional(),
  startedAt: z.iso.datetime({ offset: true }).optional(),
  finishedAt: z.iso.datetime({ offset: true }).optional(),
  useFlags: z.array(z.string().max(100)).max(2000).optional(),
  profile: z.string().max(200).optional(),
  /** The tinderbox's own title (toralf's `title` file), kept when the analysis finds nothing better. */
  title: z.string().max(1000).optional(),
  /** metadata.xml maintainers, in order: the first one is the assignee. */
  maintainers: z.array(maintainerSchema).max(50).optional(),
  /** Roles for the uploaded files; a file not listed gets a role from its name. */
  files: z.array(fileEntrySchema).max(1000).optional(),
  /** Updates the tinderbox's description when given. */
  tinderbox: z
    .strictObject({
      description: z.string().max(2000).optional(),
      profile: z.string().max(200).optional(),
      arch: z.string().max(50).optional(),
      keywords: z.string().max(100).optional(),
      toolchainTags: z.array(z.string().max(50)).max(50).optional(),
    })
    .optional(),
});

export type ResultMeta = z.infer<typeof resultMetaSchema>;

/** Parses meta JSON text; returns a readable message naming each bad field. */
export function parseResultMeta(
  text: string,
): { ok: true; meta: ResultMeta } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `meta is not valid JSON: ${(err as Error).message}` };
  }
  const parsed = resultMetaSchema.safeParse(json);
  if (parsed.success) return { ok: true, meta: parsed.data };
  const detail = parsed.error.issues
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
  return { ok: false, message: `invalid meta: ${detail}` };
}
