// One-click filing: creates the bug from the edited draft with the user's own
// API key, attaches the ticked files (each within Bugzilla's 1000 KB; oversize
// logs go as an excerpt with a link, attachment-source.ts), then records the bug
// on the failure through the existing link action. A refused bug records
// nothing; an attachment refused after the bug exists is reported by name, and
// the bug is still recorded, so nothing is left half-done and unknown.
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/access";
import { type BugReport, buildBugReport } from "../bugs/bug-report";
import { bugUrl } from "../bugs/bug-url";
import { BundleBusy, bugzillaAttachment } from "../bugzilla/attachment-source";
import { type BugzillaClient, bugzillaClient } from "../bugzilla/client";
import { bugzillaRestUrl } from "../bugzilla/config";
import type { NewBug } from "../bugzilla/schemas";
import { userApiKey } from "../bugzilla/user-key";
import { db } from "../db";
import { bugReportInput } from "../queries/bug-report-input";
import { getBuild } from "../queries/builds";
import { FORBIDDEN, invalid, isMaintainer } from "./action-result";
import { linkBug } from "./bug-links";

/** Creating a bug runs Bugzilla's mail and hooks: slower than a search. */
const CREATE_TIMEOUT_MS = 15_000;
const MAX_ATTACHMENTS = 20;

const list = (value: string) => value.split(/[\s,]+/).filter(Boolean);

export const fileBugInputSchema = z.object({
  buildId: z.coerce.number().int().positive(),
  summary: z.string().trim().min(1, "the summary is empty").max(255),
  assignee: z.string().trim().max(255).default(""),
  cc: z.string().max(4000).default("").transform(list).pipe(z.array(z.email()).max(50)),
  keywords: z.string().max(500).default("").transform(list),
  blocks: z
    .string()
    .max(500)
    .default("")
    .transform((value) => list(value).map(Number))
    .pipe(z.array(z.number().int().positive()).max(20)),
  description: z.string().trim().min(1, "the description is empty").max(60_000),
  fileIds: z.array(z.coerce.number().int().positive()).max(MAX_ATTACHMENTS).default([]),
  scope: z.enum(["build", "fine"]).default("build"),
});

export type FileBugResult =
  | {
      ok: true;
      bugNumber: number;
      url: string;
      attached: string[];
      failedAttachments: string[];
      message: string;
    }
  | { ok: false; code: string; message: string };

export async function fileBug(
  user: SessionUser | null,
  input: unknown,
  /** Tests point it at their Bugzilla; the server uses BUGZILLA_REST_URL. */
  baseUrl: string = bugzillaRestUrl(),
): Promise<FileBugResult> {
  if (!isMaintainer(user)) return FORBIDDEN;
  const parsed = fileBugInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const form = parsed.data;
  const key = await userApiKey(user.id);
  if (!key.ok) return { ok: false, code: key.code, message: key.message };
  const build = await getBuild(form.buildId);
  if (!build) return { ok: false, code: "not_found", message: `no build ${form.buildId}` };
  const buildFiles = new Set(build.files.map((file) => file.id));
  if (form.fileIds.some((id) => !buildFiles.has(id)))
    return { ok: false, code: "invalid", message: "a ticked file does not belong to this failure" };
  const bugzilla = bugzillaClient({ baseUrl, apiKey: key.apiKey, timeoutMs: CREATE_TIMEOUT_MS });
  const created = await bugzilla.createBug(newBugFrom(form, buildBugReport(await bugReportInput(build))));
  if (!created.ok) return { ok: false, code: created.code, message: created.message };
  return afterCreated(user, form, created.value, bugzilla);
}

type FileBugForm = z.infer<typeof fileBugInputSchema>;

/** The edited fields over the draft's fixed ones (product, component, version, URL). */
function newBugFrom(form: FileBugForm, draft: BugReport): NewBug {
  return {
    product: draft.product,
    component: draft.component,
    version: draft.version,
    summary: form.summary,
    description: form.description,
    op_sys: "Linux",
    platform: "All",
    ...(form.assignee ? { assigned_to: form.assignee } : {}),
    cc: form.cc,
    keywords: form.keywords,
    blocks: form.blocks,
    url: draft.url,
  };
}

async function afterCreated(
  user: SessionUser,
  form: FileBugForm,
  bugNumber: number,
  bugzilla: BugzillaClient,
): Promise<FileBugResult> {
  const { attached, failed } = await attachFiles(bugzilla, bugNumber, form.fileIds);
  const linked = await linkBug(user, {
    buildId: form.buildId,
    bugNumber,
    summary: form.summary,
    scope: form.scope,
  });
  await recordAudit(db, {
    userId: user.id,
    action: "bug.file",
    target: `build:${form.buildId}`,
    details: { bugNumber, attached, failedAttachments: failed, linked: linked.ok },
  });
  const url = bugUrl(bugNumber);
  if (!linked.ok)
    return {
      ok: false,
      code: linked.code,
      message: `Bug ${bugNumber} was filed (${url}) but not recorded: ${linked.message}`,
    };
  const message =
    failed.length === 0
      ? `Filed bug ${bugNumber} with ${attached.length} attachment(s).`
      : `Filed bug ${bugNumber}, but these attachments failed: ${failed.join("; ")}. Attach them by hand.`;
  return { ok: true, bugNumber, url, attached, failedAttachments: failed, message };
}

/** One at a time: each base64 body is up to ~1.4 MB, and Bugzilla keeps attachment order. */
async function attachFiles(bugzilla: BugzillaClient, bugNumber: number, fileIds: readonly number[]) {
  const attached: string[] = [];
  const failed: string[] = [];
  for (const fileId of fileIds) {
    let name = `file ${fileId}`;
    try {
      const file = await bugzillaAttachment(fileId, AbortSignal.timeout(60_000));
      name = file.fileName;
      const result = await bugzilla.addAttachment(bugNumber, file);
      if (result.ok) attached.push(name);
      else failed.push(`${name} (${result.message})`);
    } catch (err) {
      if (err instanceof BundleBusy) {
        failed.push(`${name} (${err.message})`);
        continue;
      }
      console.error(`bug ${bugNumber}: preparing attachment ${name} failed`, err);
      failed.push(`${name} (could not be prepared)`);
    }
  }
  return { attached, failed };
}
