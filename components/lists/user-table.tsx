"use client";
// Users with their role and state, and per-row role and disable controls; a
// short list in the server's order (no sort links). Rows carry no password
// hash: only whether one is set.
import { AdminActionForm } from "@/components/admin-action-form";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { changeRoleAction, setDisabledAction } from "@/lib/actions/admin-users";

export interface UserListRow {
  id: number;
  email: string;
  name: string | null;
  role: string;
  signIn: string;
  lastLoginAt: Date | null;
  disabled: boolean;
  self: boolean;
}

function RoleControl({ user }: { user: UserListRow }) {
  if (user.self) return <>{user.role}</>;
  return (
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
  );
}

function StateControl({ user }: { user: UserListRow }) {
  if (user.self) return <>you</>;
  return (
    <AdminActionForm
      action={setDisabledAction}
      submitLabel={user.disabled ? "Enable" : "Disable"}
      inline
      confirm={
        user.disabled
          ? undefined
          : `Disable ${user.email}? They are signed out and cannot sign in until enabled.`
      }
    >
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
    </AdminActionForm>
  );
}

const COLUMNS: DataColumn<UserListRow>[] = [
  { id: "email", header: "E-mail", cell: ({ row }) => row.original.email },
  { id: "name", header: "Name", cell: ({ row }) => row.original.name },
  { id: "signIn", header: "Sign-in", cell: ({ row }) => row.original.signIn },
  {
    id: "lastLogin",
    header: "Last sign-in",
    cell: ({ row }) => row.original.lastLoginAt?.toISOString().slice(0, 16).replace("T", " ") ?? "never",
  },
  { id: "role", header: "Role", cell: ({ row }) => <RoleControl user={row.original} /> },
  { id: "state", header: "State", cell: ({ row }) => <StateControl user={row.original} /> },
];

export function UserTable({ rows }: { rows: UserListRow[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => String(row.id)}
      rowAttributes={(row) => ({ "data-user": row.email })}
      className="admin-table"
      label="Users"
    />
  );
}
