import { gzipSync } from "node:zlib";

// One JSON shape for every API error: { error: { code, message } }.
export interface ApiError {
  error: { code: string; message: string };
}

export function jsonError(status: number, code: string, message: string): Response {
  const body: ApiError = { error: { code, message } };
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export function jsonOk(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * For routes whose every response carries Content-Encoding: gzip (next.config.js
 * sets it for raw file downloads): the error body must be gzip too.
 */
export function gzippedJsonError(status: number, code: string, message: string): Response {
  const body: ApiError = { error: { code, message } };
  return new Response(gzipSync(JSON.stringify(body)), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store, no-transform" },
  });
}
