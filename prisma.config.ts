// Prisma CLI configuration. Only `prisma generate` is run through the CLI (see
// scripts/prisma-generate.ts); migrations run through scripts/migrate.ts because
// the CLI's native schema engine cannot be downloaded on our machines.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
