import type { Metadata } from "next";
import { AdminActionForm } from "@/components/admin-action-form";
import { AdminUserTable } from "@/components/admin-user-table";
import { createInvitationAction } from "@/lib/actions/admin-invitations";
import { createUserAction } from "@/lib/actions/admin-users";
import { requirePageRole } from "@/lib/auth/access";
import { listPendingInvitations, listUsers } from "@/lib/queries/admin";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

function RoleSelect() {
  return (
    <label>
      Role
      <select name="role" defaultValue="viewer">
        <option value="viewer">viewer</option>
        <option value="maintainer">maintainer</option>
        <option value="admin">admin</option>
      </select>
    </label>
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
        <label>
          Invitee e-mail
          <input name="email" type="email" autoComplete="off" required />
        </label>
        <RoleSelect />
      </AdminActionForm>
      <h3>Pending invitations</h3>
      {invitations.length > 0 ? (
        <ul>
          {invitations.map((inv) => (
            <li key={inv.id}>
              {inv.email} ({inv.role}), until {inv.expiresAt.toISOString().slice(0, 10)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          None. An invitation link lets someone make their own local account with the role you choose; it
          works once and expires.
        </p>
      )}
      <h2>New local account</h2>
      <AdminActionForm action={createUserAction} submitLabel="Create account">
        <label>
          New user e-mail
          <input name="email" type="email" autoComplete="off" required />
        </label>
        <label>
          New user name
          <input name="name" autoComplete="off" />
        </label>
        <label>
          New user password (10 or more characters)
          <input name="password" type="password" autoComplete="new-password" minLength={10} required />
        </label>
        <RoleSelect />
      </AdminActionForm>
    </>
  );
}
