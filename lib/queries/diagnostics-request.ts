// Reading a diagnostics search from a URL, for the JSON API and the feed: one
// strict parse, and one answer for what goes wrong (400 with the bad fields,
// 422 when the search is too broad for its time budget).
import { jsonError } from "../http/responses";
import { DiagnosticSearchTooBroad } from "./diagnostics";
import { type DiagnosticQuery, diagnosticQuerySchema } from "./diagnostics-filters";
import { paramsRecord } from "./failure-filters";

export function parseDiagnosticQuery(url: URL): { query: DiagnosticQuery } | { error: Response } {
  const parsed = diagnosticQuerySchema.safeParse(paramsRecord(url.searchParams));
  if (parsed.success) return { query: parsed.data };
  const message = parsed.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`);
  return { error: jsonError(400, "bad_query", message.join("; ")) };
}

/** The search's expected failure as a response; anything else is rethrown. */
export function tooBroadResponse(error: unknown): Response {
  if (error instanceof DiagnosticSearchTooBroad) return jsonError(422, "too_broad", error.message);
  throw error;
}
