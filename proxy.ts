// Runs before every page request (Next 16's successor of middleware.ts). It sets
// a per-request nonce Content-Security-Policy: Next streams inline bootstrap
// scripts, and a nonce (read by Next from the request's CSP header) lets exactly
// those run while any injected <script> or on* handler stays inert. Pages are
// rendered per request anyway (the layout reads the session), so nonces cost
// nothing extra. Role checks are NOT done here: they live where data is read
// or written (lib/auth/access.ts); this file only adds headers.
import { type NextRequest, NextResponse } from "next/server";

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a nonced script may run; host lists are ignored.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes, which a nonce cannot cover; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // API routes get a fixed policy from next.config.js; static assets need none.
      // Prefetches are NOT skipped (Next's example skips them): a page fetched with
      // `Purpose: prefetch` is HTML a browser may later show, so it needs its CSP too.
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
    },
  ],
};
