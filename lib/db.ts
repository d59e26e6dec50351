// The one Prisma client. No "server-only" import: the CLI scripts and the
// integration tests use it too. Prisma 7 talks to PostgreSQL through the pg
// driver adapter, so no query-engine binary is needed at run time.
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient } from "./generated/prisma/client";
export { Prisma } from "./generated/prisma/client";

export function createPrismaClient(connectionString = env().DATABASE_URL): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

// Next's dev server re-evaluates modules on every change; keep one client per process.
const globalForPrisma = globalThis as unknown as { kindlingPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.kindlingPrisma ?? createPrismaClient();
globalForPrisma.kindlingPrisma = db;
