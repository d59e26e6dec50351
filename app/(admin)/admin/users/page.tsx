import type { Metadata } from "next";
import { AdminActionForm } from "@/components/admin-action-form";
import { AdminUserTable } from "@/components/admin-user-table";
import { createInvitationAction } from "@/lib/actions/admin-invitations";
import { createUserAction } from "@/lib/actions/admin-users";
import { requirePageRole } from "@/lib/auth/access";
import { listPendingInvitations, listUsers } from "@/lib/auth/admin-queries";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

function RoleSelect() {
  return (
    <select name="role" defaultValue="viewer" aria-label="Role">
      <option value="viewer">viewer</option>
      <option value="maintainer">maintainer</option>
      <option value="admin">admin</option>
    </select>
  );
}

export default async function UsersPage() {
  const admin = await requirePageRole("admin", "/admin/users");
  const [users, invitations] = await Promise.all([listUsers(), listPendingInvitations()]);
  return (
    <>
      <h1>Users</h1>
      <AdminUserTable users={users} selfId={admin.id} />
      <h2>Invite</h2>
      <AdminActionForm action={createInvitationAction} submitLabel="Create invitation link">
        <input name="email" type="email" placeholder="e-mail" aria-label="Invitee e-mail" required />
        <RoleSelect />
      </AdminActionForm>
      {invitations.length > 0 ? (
        <ul>
          {invitations.map((inv) => (
            <li key={inv.id}>
              {inv.email} ({inv.role}), until {inv.expiresAt.toISOString().slice(0, 10)}
            </li>
          ))}
        </ul>
      ) : null}
      <h2>New local account</h2>
      <AdminActionForm action={createUserAction} submitLabel="Create account">
        <input name="email" type="email" placeholder="e-mail" aria-label="New user e-mail" required />
        <input name="name" placeholder="name" aria-label="New user name" />
        <input
          name="password"
          type="password"
          placeholder="password (10+)"
          aria-label="New user password"
          required
        />
        <RoleSelect />
      </AdminActionForm>
    </>
  );
}
