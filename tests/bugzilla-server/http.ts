// The test Bugzilla's HTTP plumbing: a bounded JSON body in, JSON out.
import type { IncomingMessage, ServerResponse } from "node:http";
import { BugzillaError } from "./store";

export const DOCUMENTATION = "https://bugzilla.readthedocs.org/en/5.0/api/";
/** base64 of a 1000 KB attachment plus its JSON: anything bigger is refused before parsing. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BugzillaError(413, 32000, "The request body is too large.");
    chunks.push(chunk as Buffer);
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // falls through to Bugzilla's answer for a body it cannot read
  }
  throw new BugzillaError(400, 32000, "The JSON body could not be decoded.");
}

export function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

/** For a test in another process: seed a bug, change its status, switch modes, register a key. */
