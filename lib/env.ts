// The one schema for Kindling's environment variables (documented in .env.example).
import { z } from "zod";

/** Where the embedded PostgreSQL listens when DATABASE_URL is unset (scripts/start.ts starts it). */
export const EMBEDDED_DATABASE_URL = "postgresql://postgres:kindling@127.0.0.1:54329/kindling";

const byteSize = z.coerce.number().int().positive();

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default(EMBEDDED_DATABASE_URL),
  KINDLING_BLOB_STORE: z.enum(["db", "fs"]).default("db"),
  KINDLING_BLOB_DIR: z.string().default(".data/blobs"),
  KINDLING_MAX_FILE_BYTES: byteSize.default(1024 * 1024 * 1024),
  KINDLING_MAX_RESULT_BYTES: byteSize.default(2 * 1024 * 1024 * 1024),
  KINDLING_MAX_FILES_PER_RESULT: z.coerce.number().int().positive().default(1000),
  KINDLING_PUBLIC_URL: z.string().default("http://localhost:3000"),
  // Public: anonymous visitors read everything. Private: every read needs a signed-in user.
  KINDLING_PUBLIC: z
    .enum(["true", "false", "1", "0", "yes", "no"])
    .default("true")
    .transform((v) => v === "true" || v === "1" || v === "yes"),
  // Sign-in (lib/auth/options.ts). Unset values mean "feature off", never a default credential.
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  KINDLING_ADMIN_EMAIL: z.string().email().optional(),
  KINDLING_ADMIN_PASSWORD: z.string().min(10).optional(),
  KINDLING_OIDC_ISSUER: z.string().url().optional(),
  KINDLING_OIDC_CLIENT_ID: z.string().min(1).optional(),
  KINDLING_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  KINDLING_OIDC_NAME: z.string().min(1).default("OpenID Connect"),
  // e.g. "@gentoo.org=maintainer; groups:kindling-admins=admin; *=viewer" (lib/auth/oidc-roles.ts).
  KINDLING_OIDC_ROLE_RULES: z.string().default(""),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed environment; throws a readable error naming the bad variable. */
export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${detail}`);
    }
    cached = parsed.data;
  }
  return cached;
}
