// Bug-filing settings, from the one environment schema (lib/env.ts).
import { env } from "../env";

/** The Bugzilla that "File a bug" opens, without a trailing slash. */
export function bugzillaUrl(): string {
  return env().BUGZILLA_URL;
}

/** Where this Kindling is reachable, for the permanent links a bug report carries. */
export function publicBaseUrl(): string {
  return env().KINDLING_PUBLIC_URL.replace(/\/+$/, "");
}
