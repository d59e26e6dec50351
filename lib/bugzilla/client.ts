// A typed Bugzilla 5 REST client. Every call has a deadline (AbortSignal.timeout,
// ~3 s by default), answers are zod-parsed and size-capped, and every expected
// failure (bad key, validation, timeout, refused connection) is a value. The API
// key travels only in the X-BUGZILLA-API-KEY header: never in a URL, a message or a log.
import type { z } from "zod";
import {
  type BugzillaBugFields,
  bugListSchema,
  createdAttachmentSchema,
  createdBugSchema,
  createdCommentSchema,
  errorBodySchema,
  type NewAttachment,
  type NewBug,
} from "./schemas";

export const DEFAULT_TIMEOUT_MS = 3000;
/** A bug list of a few hundred bugs is well under this; anything bigger is not an answer we asked for. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

export type BugzillaFailureCode =
  | "unauthorized"
  | "invalid"
  | "not_found"
  | "too_large"
  | "timeout"
  | "unreachable"
  | "bad_response";

export interface BugzillaFailure {
  ok: false;
  code: BugzillaFailureCode;
  message: string;
  /** Bugzilla's own error code (306 bad API key, 116 no summary, 600 too large...). */
  bugzillaCode?: number;
}

export type BugzillaResult<T> = { ok: true; value: T } | BugzillaFailure;

export interface BugzillaClientOptions {
  baseUrl: string;
  apiKey?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface BugSearch {
  product?: string;
  component?: string;
  /** Substring of the summary (Bugzilla's "summary" search is "contains all of the words"). */
  summary?: string;
  quicksearch?: string;
  status?: readonly string[];
  limit?: number;
  includeFields?: readonly string[];
}

export const BUG_FIELDS = [
  "id",
  "status",
  "resolution",
  "summary",
  "assigned_to",
  "last_change_time",
  "creation_time",
  "product",
  "component",
] as const;

export function bugzillaClient(options: BugzillaClientOptions) {
  const call = <S extends z.ZodType>(method: "GET" | "POST", path: string, schema: S, body?: unknown) =>
    request(options, method, path, schema, body);
  return {
    searchBugs(search: BugSearch): Promise<BugzillaResult<BugzillaBugFields[]>> {
      const query = new URLSearchParams();
      for (const key of ["product", "component", "summary", "quicksearch"] as const) {
        const value = search[key];
        if (value) query.set(key, value);
      }
      for (const status of search.status ?? []) query.append("status", status);
      if (search.limit) query.set("limit", String(search.limit));
      query.set("include_fields", (search.includeFields ?? BUG_FIELDS).join(","));
      return call("GET", `/rest/bug?${query}`, bugListSchema).then(mapOk((r) => r.bugs));
    },
    getBugs(ids: readonly number[]): Promise<BugzillaResult<BugzillaBugFields[]>> {
      const query = new URLSearchParams({ id: ids.join(","), include_fields: BUG_FIELDS.join(",") });
      return call("GET", `/rest/bug?${query}`, bugListSchema).then(mapOk((r) => r.bugs));
    },
    createBug(bug: NewBug): Promise<BugzillaResult<number>> {
      return call("POST", "/rest/bug", createdBugSchema, bug).then(mapOk((r) => r.id));
    },
    addAttachment(bugId: number, file: NewAttachment): Promise<BugzillaResult<number>> {
      const body = {
        ids: [bugId],
        data: file.data.toString("base64"),
        file_name: file.fileName,
        summary: file.summary,
        content_type: file.contentType,
        comment: file.comment ?? "",
        is_patch: file.isPatch ?? false,
      };
      return call("POST", `/rest/bug/${bugId}/attachment`, createdAttachmentSchema, body).then(
        mapOk((r) => r.ids[0] as number),
      );
    },
    addComment(bugId: number, comment: string): Promise<BugzillaResult<number>> {
      return call("POST", `/rest/bug/${bugId}/comment`, createdCommentSchema, { comment }).then(
        mapOk((r) => r.id),
      );
    },
  };
}

export type BugzillaClient = ReturnType<typeof bugzillaClient>;

const mapOk =
  <T, U>(f: (value: T) => U) =>
  (result: BugzillaResult<T>): BugzillaResult<U> =>
    result.ok ? { ok: true, value: f(result.value) } : result;

async function request<S extends z.ZodType>(
  options: BugzillaClientOptions,
  method: "GET" | "POST",
  path: string,
  schema: S,
  body?: unknown,
): Promise<BugzillaResult<z.infer<S>>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (options.apiKey) headers["x-bugzilla-api-key"] = options.apiKey;
  try {
    const response = await fetch(`${options.baseUrl.replace(/\/+$/, "")}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.any(signals),
      redirect: "error",
    });
    const json = await readJson(response);
    if (json === undefined) return badResponse(`HTTP ${response.status} without a JSON body`);
    const error = errorBodySchema.safeParse(json);
    if (error.success) return failureOf(response.status, error.data.code, error.data.message);
    if (!response.ok) return badResponse(`HTTP ${response.status}`);
    const parsed = schema.safeParse(json);
    return parsed.success ? { ok: true, value: parsed.data } : badResponse("unexpected answer shape");
  } catch (err) {
    return transportFailure(err, timeoutMs);
  }
}

async function readJson(response: Response): Promise<unknown> {
  if (!response.body) return undefined;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}

/** Bugzilla's error codes: 306/410 are about the key, 101 a missing bug, 600 an oversize attachment. */
function failureOf(status: number, bugzillaCode: number, message: string): BugzillaFailure {
  const code: BugzillaFailureCode =
    status === 401 || bugzillaCode === 306 || bugzillaCode === 410
      ? "unauthorized"
      : status === 404 || bugzillaCode === 101
        ? "not_found"
        : bugzillaCode === 600 || status === 413
          ? "too_large"
          : status >= 500
            ? "bad_response"
            : "invalid";
  return { ok: false, code, message: `Bugzilla: ${message}`, bugzillaCode };
}

function badResponse(detail: string): BugzillaFailure {
  return { ok: false, code: "bad_response", message: `Bugzilla answered something unexpected (${detail})` };
}

function transportFailure(err: unknown, timeoutMs: number): BugzillaFailure {
  const name = (err as Error).name;
  if (name === "TimeoutError" || name === "AbortError")
    return { ok: false, code: "timeout", message: `Bugzilla did not answer within ${timeoutMs / 1000} s` };
  return { ok: false, code: "unreachable", message: "Bugzilla could not be reached" };
}
