// Which Bugzilla the REST calls go to, and a client for it.
import { env } from "../env";
import { type BugzillaClientOptions, bugzillaClient } from "./client";

/** BUGZILLA_REST_URL, or the Bugzilla "File a bug" opens. */
export function bugzillaRestUrl(): string {
  const { BUGZILLA_REST_URL, BUGZILLA_URL } = env();
  return BUGZILLA_REST_URL ?? BUGZILLA_URL;
}

export function defaultBugzillaClient(options: Omit<BugzillaClientOptions, "baseUrl"> = {}) {
  return bugzillaClient({ baseUrl: bugzillaRestUrl(), ...options });
}
