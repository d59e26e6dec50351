// Users with their role and state, and per-row role and disable controls
// (components/lists/user-table.tsx). Rows are mapped here, on the server, so
// no password hash or OIDC subject reaches the browser.
import { UserTable } from "@/components/lists/user-table";
import type { UserRow } from "@/lib/queries/admin";

export function AdminUserTable({ users, selfId }: { users: UserRow[]; selfId: number }) {
  const rows = users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    signIn: [user.passwordHash ? "password" : "", user.oidcSubject ? "OIDC" : ""].filter(Boolean).join(", "),
    lastLoginAt: user.lastLoginAt,
    disabled: user.disabledAt !== null,
    self: user.id === selfId,
  }));
  return <UserTable rows={rows} />;
}
