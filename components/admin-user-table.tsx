// Users with their role and state, and per-row role and disable controls.
import { AdminActionForm } from "@/components/admin-action-form";
import { changeRoleAction, setDisabledAction } from "@/lib/actions/admin-users";
import type { UserRow } from "@/lib/queries/admin";

export function AdminUserTable({ users, selfId }: { users: UserRow[]; selfId: number }) {
  return (
    <table className="data-table admin-table">
      <thead>
        <tr>
          <th>E-mail</th>
          <th>Name</th>
          <th>Sign-in</th>
          <th>Last sign-in</th>
          <th>Role</th>
          <th>State</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} data-user={user.email}>
            <td>{user.email}</td>
            <td>{user.name}</td>
            <td>
              {[user.passwordHash ? "password" : "", user.oidcSubject ? "OIDC" : ""]
                .filter(Boolean)
                .join(", ")}
            </td>
            <td>{user.lastLoginAt?.toISOString().slice(0, 16).replace("T", " ") ?? "never"}</td>
            <td>
              {user.id === selfId ? (
                user.role
              ) : (
                <AdminActionForm
                  action={changeRoleAction}
                  submitLabel="Set role"
                  inline
                  confirm={`Change the role of ${user.email}? It applies to their open sessions at once.`}
                >
                  <input type="hidden" name="userId" value={user.id} />
                  {/* The role shown; the server refuses the change if another admin changed it meanwhile. */}
                  <input type="hidden" name="fromRole" value={user.role} />
                  {/* Keyed by the stored role: after a save it re-mounts showing it (the form's message stays). */}
                  <select
                    key={`role-${user.role}`}
                    name="role"
                    defaultValue={user.role}
                    aria-label={`Role of ${user.email}`}
                  >
                    <option value="viewer">viewer</option>
                    <option value="maintainer">maintainer</option>
                    <option value="admin">admin</option>
                  </select>
                </AdminActionForm>
              )}
            </td>
            <td>
              {user.id === selfId ? (
                "you"
              ) : (
                <AdminActionForm
                  action={setDisabledAction}
                  submitLabel={user.disabledAt ? "Enable" : "Disable"}
                  inline
                  confirm={
                    user.disabledAt
                      ? undefined
                      : `Disable ${user.email}? They are signed out and cannot sign in until enabled.`
                  }
                >
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="disabled" value={user.disabledAt ? "false" : "true"} />
                </AdminActionForm>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
