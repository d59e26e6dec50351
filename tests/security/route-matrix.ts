// Who may use each route. The lists must match the routes on disk exactly: a
// route without an entry, or an entry without a route, fails
// tests/security/route-access.int.test.ts, so every new route needs a decision.
//   public     everyone, in both modes (sign-in, invitations, health)
//   read       public mode: everyone; private mode: signed-in users (viewer+)
//   feed       like read, but private mode also admits a valid ?key= (tested in feed-keys.int.test.ts)
//   signed-in  any signed-in user, in both modes
//   maintainer / admin   that role or higher, in both modes
//   token      no session at all: an upload token (tests/upload) is the only way in
export type Access = "public" | "read" | "feed" | "signed-in" | "maintainer" | "admin" | "token";

export const PAGES: Record<string, Access> = {
  "/": "read",
  "/failures": "read",
  "/builds/[id]": "read",
  "/builds/[id]/bug": "read",
  "/c": "read",
  "/c/[category]": "read",
  "/p/[category]/[name]": "read",
  "/signatures": "read",
  "/signatures/[id]": "read",
  "/causes": "read",
  "/causes/[id]": "read",
  "/diagnostics": "read",
  "/diagnostics/[id]": "read",
  "/files/[id]": "read",
  "/trackers": "read",
  "/trackers/[id]": "read",
  "/trackers/[id]/blockers": "maintainer",
  "/grep": "read",
  "/grep/[id]": "read",
  "/signin": "public",
  "/invite/[token]": "public",
  "/account": "signed-in",
  "/admin": "admin",
  "/admin/users": "admin",
  "/admin/tokens": "admin",
  "/admin/tokens/[id]": "admin",
  "/admin/audit": "admin",
  "/admin/storage": "admin",
};

export const HANDLERS: Record<string, Access> = {
  "GET /api/auth/[...nextauth]": "public",
  "POST /api/auth/[...nextauth]": "public",
  "GET /api/v1/health": "public",
  "POST /api/v1/results": "token",
  "GET /api/v1/failures": "read",
  "GET /api/v1/suggest": "read",
  "GET /api/v1/signatures": "read",
  "GET /api/v1/packages/[category]/[name]": "read",
  "GET /api/v1/builds/[id]/attachments.tar": "read",
  "GET /api/v1/files/[id]/raw": "read",
  "GET /api/v1/files/[id]/lines": "read",
  "GET /api/v1/files/[id]/search": "read",
  "GET /api/v1/files/[id]/members": "read",
  "GET /api/v1/diagnostics": "read",
  "GET /api/v1/diagnostics/[id]/builds": "read",
  "GET /feeds/failures.atom": "feed",
  // Anonymous jobs are capped by KINDLING_GREP_ANON_MAX_BYTES; cancel checks creator or maintainer.
  "POST /api/v1/grep": "read",
  "GET /api/v1/grep/[id]": "read",
  "DELETE /api/v1/grep/[id]": "signed-in",
  "GET /feeds/diagnostics.atom": "feed",
};

/** Server-action modules: every exported function of the module gets this access. */
export const ACTIONS: Record<string, Access> = {
  "app/(dashboard)/builds/[id]/actions.ts": "maintainer",
  // File bug (with the user's stored Bugzilla key), mark as infra, refresh bug status.
  "app/(dashboard)/builds/[id]/bug/actions.ts": "maintainer",
  "app/(dashboard)/trackers/actions.ts": "maintainer",
  // File blockers: one bug per package still to fix, with the user's stored Bugzilla key.
  "app/(dashboard)/trackers/[id]/blockers/actions.ts": "maintainer",
  // Start a grep job (anonymous ones capped by bytes) / cancel one (its creator or a maintainer).
  "app/(dashboard)/grep/actions.ts": "read",
  "app/(dashboard)/grep/[id]/actions.ts": "signed-in",
  // Bulk triage from the failure list.
  "app/(dashboard)/failures/actions.ts": "maintainer",
  // Saving and deleting one's own list views.
  "app/(dashboard)/failures/view-actions.ts": "signed-in",
  "lib/actions/admin-users.ts": "admin",
  "lib/actions/admin-tokens.ts": "admin",
  "lib/actions/admin-invitations.ts": "admin",
  "lib/actions/admin-retention.ts": "admin",
  "lib/actions/account.ts": "signed-in",
  // The invitation token in the form is the credential (tests/security/invitations.int.test.ts).
  "lib/actions/accept-invitation.ts": "public",
};

export type Who = "anonymous" | "viewer" | "maintainer" | "admin";
export const EVERYONE: Who[] = ["anonymous", "viewer", "maintainer", "admin"];
const RANK: Record<Who, number> = { anonymous: 0, viewer: 1, maintainer: 2, admin: 3 };

export function allowed(access: Access, who: Who, publicMode: boolean): boolean {
  switch (access) {
    case "public":
      return true;
    case "read":
    case "feed":
      return publicMode || RANK[who] >= 1;
    case "signed-in":
      return RANK[who] >= 1;
    case "maintainer":
      return RANK[who] >= 2;
    case "admin":
      return RANK[who] >= 3;
    case "token":
      return false;
  }
}
