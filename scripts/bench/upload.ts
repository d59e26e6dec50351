// One result sent to POST /api/v1/results over node:http, with an optional retry
// loop that re-sends the same body (same idempotencyKey) after a failure or timeout.
// --kill aborts a request with one `destroy()`, mid-body or right after the body is sent.
import http from "node:http";
import { pipeline } from "node:stream/promises";
import { multipartBody } from "./multipart";
import type { ResultPayload } from "./payloads";

export interface UploadTarget {
  url: string;
  token: string;
  agent: http.Agent;
}

export type AttemptOutcome =
  | { ok: true; status: number; created: boolean; bytes: number }
  | { ok: false; status?: number; error: string; bytes: number };

export interface UploadOutcome {
  idempotencyKey: string;
  /** Every attempt in order, with the instance it went to (the report prints them for a failed result). */
  attempts: Array<AttemptOutcome & { url: string }>;
  final: AttemptOutcome;
}

export interface UploadPolicy {
  timeoutMs: number;
  /** 1 without --retry. */
  attempts: number;
  /** --kill: the first attempt of about half the results is killed by the client. */
  kill?: boolean;
}

/** Where the client kills an attempt: after this many body bytes, or after the whole body. */
export type KillPoint = { afterBytes: number } | "after-send" | null;

/** Half the first attempts die: a quarter mid-body, a quarter after the body was sent. */
export function chooseKillPoint(random: number, approxBytes: number): KillPoint {
  if (random < 0.25) return { afterBytes: Math.max(1, Math.floor(approxBytes * random * 3.6)) };
  if (random < 0.5) return "after-send";
  return null;
}

/** One target, or the target of each attempt (1-based): several instances behind no balancer. */
export type TargetChoice = UploadTarget | ((attempt: number) => UploadTarget);

export async function uploadResult(target: TargetChoice, payload: ResultPayload, policy: UploadPolicy) {
  const attempts: UploadOutcome["attempts"] = [];
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    const kill = policy.kill && attempt === 1 ? chooseKillPoint(Math.random(), payloadBytes(payload)) : null;
    const to = typeof target === "function" ? target(attempt) : target;
    const outcome = await uploadOnce(to, payload, policy.timeoutMs, kill);
    attempts.push({ ...outcome, url: to.url });
    // 4xx means the request itself is wrong: sending it again cannot help. Any other
    // failure is retried, a 2xx whose answer was cut off included (the instance died
    // while answering: whether it stored the result only a retry with the same key tells).
    if (outcome.ok || isClientError(outcome.status)) break;
    if (attempt < policy.attempts) await sleep(Math.min(5000, 200 * 2 ** attempt));
  }
  const final = attempts[attempts.length - 1];
  return { idempotencyKey: payload.idempotencyKey, attempts, final } satisfies UploadOutcome;
}

export function uploadOnce(
  target: UploadTarget,
  payload: ResultPayload,
  timeoutMs: number,
  kill: KillPoint = null,
): Promise<AttemptOutcome> {
  const body = multipartBody(payload);
  let bytes = 0;
  let request: http.ClientRequest | undefined;
  const stream = body.open((n) => {
    bytes += n;
    if (kill && kill !== "after-send" && bytes >= kill.afterBytes)
      request?.destroy(new Error("killed mid-body"));
  });
  return new Promise<AttemptOutcome>((resolve) => {
    const req = http.request(new URL("/api/v1/results", target.url), {
      method: "POST",
      agent: target.agent,
      headers: { authorization: `Bearer ${target.token}`, "content-type": body.contentType },
    });
    request = req;
    const timer = setTimeout(() => req.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    const settle = (outcome: AttemptOutcome) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    req.on("response", (response) => {
      const parts: Buffer[] = [];
      response.on("data", (chunk: Buffer) => parts.push(chunk));
      response.on("error", (err) =>
        settle({ ok: false, status: response.statusCode, error: err.message, bytes }),
      );
      response.on("end", () =>
        settle(answer(response.statusCode ?? 0, Buffer.concat(parts).toString("utf8"), bytes)),
      );
    });
    req.on("error", (err) => settle({ ok: false, error: err.message, bytes }));
    // The server may answer early (a retry of a stored key, a 4xx) and close: not a send failure.
    const sending = req;
    pipeline(stream, sending).then(
      // The body is out, the answer not yet read: the server may well commit it.
      () => kill === "after-send" && sending.destroy(new Error("killed after sending")),
      () => undefined,
    );
  });
}

export function isClientError(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500;
}

function payloadBytes(payload: ResultPayload): number {
  let total = 0;
  for (const file of payload.files) for (const chunk of file.chunks()) total += chunk.length;
  return total;
}

function answer(status: number, text: string, bytes: number): AttemptOutcome {
  if (status === 200 || status === 201) {
    const created = (JSON.parse(text) as { created?: boolean }).created === true;
    return { ok: true, status, created, bytes };
  }
  return { ok: false, status, error: text.slice(0, 300), bytes };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
