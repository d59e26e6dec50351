// The one schema for Kindling's environment variables (documented in .env.example).
import { z } from "zod";

/** Where the embedded PostgreSQL listens when DATABASE_URL is unset (scripts/start.ts starts it). */
export const EMBEDDED_DATABASE_URL = "postgresql://postgres:kindling@127.0.0.1:54329/kindling";

const byteSize = z.coerce.number().int().positive();

/** An optional variable; empty (as a copied .env.example leaves it) counts as unset. */
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** A yes/no variable. */
const flag = (fallback: "true" | "false") =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"])
    .default(fallback)
    .transform((v) => v === "true" || v === "1" || v === "yes");

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default(EMBEDDED_DATABASE_URL),
  // A streaming replica of DATABASE_URL for the heavy lists and searches (lib/db.ts readDb); unset: the primary.
  DATABASE_REPLICA_URL: unsetWhenEmpty(z.string().min(1)),
  KINDLING_BLOB_STORE: z.enum(["db", "fs", "s3"]).default("db"),
  KINDLING_BLOB_DIR: z.string().default(".data/blobs"),
  // Object storage (lib/storage/s3-bucket.ts, docs/storage.md): AWS S3, MinIO, Ceph RGW, Garage.
  // Credentials come from the SDK's usual chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, ...).
  KINDLING_S3_BUCKET: unsetWhenEmpty(z.string().min(3).max(255)),
  KINDLING_S3_ENDPOINT: unsetWhenEmpty(z.url({ protocol: /^https?$/ })),
  KINDLING_S3_REGION: z.preprocess((v) => (v === "" ? undefined : v), z.string().default("us-east-1")),
  KINDLING_S3_FORCE_PATH_STYLE: flag("false"),
  // Each S3 call (one chunk of about 1 MiB, a list page, a delete batch) is aborted after this long.
  KINDLING_S3_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  KINDLING_MAX_FILE_BYTES: byteSize.default(1024 * 1024 * 1024),
  KINDLING_MAX_RESULT_BYTES: byteSize.default(2 * 1024 * 1024 * 1024),
  KINDLING_MAX_FILES_PER_RESULT: z.coerce.number().int().positive().default(1000),
  KINDLING_PUBLIC_URL: z.string().default("http://localhost:3000"),
  // The Bugzilla that "File a bug" opens (enter_bug.cgi), without a trailing slash.
  BUGZILLA_URL: z
    .url({ protocol: /^https?$/ })
    .default("https://bugs.gentoo.org")
    .transform((url) => url.replace(/\/+$/, "")),
  // The Bugzilla REST API Kindling calls (duplicates, one-click filing, status sync); defaults to BUGZILLA_URL.
  BUGZILLA_REST_URL: unsetWhenEmpty(
    z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, "")),
  ),
  // Minutes between bug status syncs (lib/bugzilla/sync-schedule.ts); 0 turns the schedule off.
  BUGZILLA_SYNC_MINUTES: z.coerce.number().int().min(0).max(10_080).default(30),
  // Encrypts stored secrets (users' Bugzilla API keys): 32+ characters. Unset: a fixed development key, with a warning.
  KINDLING_SECRET_KEY: unsetWhenEmpty(z.string().min(32)),
  // Public: anonymous visitors read everything. Private: every read needs a signed-in user.
  KINDLING_PUBLIC: flag("true"),
  // Build logs are analysed on a thread of their own while they upload (lib/ingest/analysis-thread.ts).
  KINDLING_ANALYSIS_THREAD: flag("true"),
  // Run the retention policies daily inside the server (lib/retention/schedule.ts); `npm run retention` runs them by hand.
  KINDLING_RETENTION: flag("false"),
  // What reading stored files may cost (docs/security.md, "Reading files: limits").
  KINDLING_READ_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  KINDLING_HIGHLIGHT_WINDOW_BYTES: byteSize.default(2 * 1024 * 1024),
  KINDLING_HIGHLIGHT_WINDOW_MS: z.coerce.number().int().positive().default(1000),
  KINDLING_MEMBER_SCAN_BYTES: byteSize.default(256 * 1024 * 1024),
  KINDLING_FILE_CACHE_BYTES: byteSize.default(128 * 1024 * 1024),
  KINDLING_ATTACHMENT_ANALYSIS_BYTES: byteSize.default(64 * 1024 * 1024),
  // Sign-in (lib/auth/options.ts). Unset values mean "feature off", never a default credential.
  NEXTAUTH_SECRET: unsetWhenEmpty(z.string().min(16)),
  NEXTAUTH_URL: unsetWhenEmpty(z.string().url()),
  KINDLING_ADMIN_EMAIL: unsetWhenEmpty(z.string().email()),
  KINDLING_ADMIN_PASSWORD: unsetWhenEmpty(z.string().min(10)),
  KINDLING_OIDC_ISSUER: unsetWhenEmpty(z.string().url()),
  KINDLING_OIDC_CLIENT_ID: unsetWhenEmpty(z.string().min(1)),
  KINDLING_OIDC_CLIENT_SECRET: unsetWhenEmpty(z.string().min(1)),
  KINDLING_OIDC_NAME: z.preprocess((v) => (v === "" ? undefined : v), z.string().default("OpenID Connect")),
  // e.g. "@gentoo.org=maintainer; groups:kindling-admins=admin; *=viewer" (lib/auth/oidc-roles.ts).
  KINDLING_OIDC_ROLE_RULES: z.string().default(""),
});

// Checked after the fields: a store that needs settings names the missing one.
const checkedEnvSchema = envSchema.refine(
  (e) => e.KINDLING_BLOB_STORE !== "s3" || e.KINDLING_S3_BUCKET !== undefined,
  { path: ["KINDLING_S3_BUCKET"], message: "KINDLING_BLOB_STORE=s3 needs a bucket name" },
);

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed environment; throws a readable error naming the bad variable. */
export function env(): Env {
  if (!cached) {
    const parsed = checkedEnvSchema.safeParse(process.env);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${detail}`);
    }
    cached = parsed.data;
  }
  return cached;
}
