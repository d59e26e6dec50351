// Bug-filing settings. BUGZILLA_URL belongs in lib/env.ts's schema; until it is
// there it is parsed here, with the same zod idiom, so a bad value fails loudly.
import { z } from "zod";
import { env } from "../env";

const bugConfigSchema = z.object({
  BUGZILLA_URL: z
    .url({ protocol: /^https?$/ })
    .default("https://bugs.gentoo.org")
    .transform((url) => url.replace(/\/+$/, "")),
});

let cached: z.infer<typeof bugConfigSchema> | undefined;

/** The Bugzilla that "File a bug" opens, without a trailing slash. */
export function bugzillaUrl(): string {
  if (!cached) {
    const parsed = bugConfigSchema.safeParse(process.env);
    if (!parsed.success) throw new Error(`Invalid environment: BUGZILLA_URL: ${parsed.error.issues[0]?.message}`);
    cached = parsed.data;
  }
  return cached.BUGZILLA_URL;
}

/** Where this Kindling is reachable, for the permanent links a bug report carries. */
export function publicBaseUrl(): string {
  return env().KINDLING_PUBLIC_URL.replace(/\/+$/, "");
}
