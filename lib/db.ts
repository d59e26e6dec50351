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

// The heavy read-only lists and searches (failure list, its counts, search) may
// run on a streaming replica (DATABASE_REPLICA_URL): they are most of the read
// load, and a replica's lag (normally well under a second) only delays a new
// upload's row in a list. Writes, and reads that must see a write just made (a
// page after its own form, ingest, jobs), stay on `db`. Unset: the same client.
const globalForReplica = globalThis as unknown as { kindlingReadPrisma?: PrismaClient };
const replicaUrl = env().DATABASE_REPLICA_URL;

export const readDb: PrismaClient =
  globalForReplica.kindlingReadPrisma ?? (replicaUrl ? createPrismaClient(replicaUrl) : db);
globalForReplica.kindlingReadPrisma = readDb;
