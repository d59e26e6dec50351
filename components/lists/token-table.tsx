"use client";
// Upload tokens with their use and a revoke control; a short list, in the server's order (no sort links).
import Link from "next/link";
import { AdminActionForm } from "@/components/admin-action-form";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { revokeTokenAction } from "@/lib/actions/admin-tokens";

export interface TokenListRow {
  id: number;
  prefix: string;
  tinderbox: string;
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  uploads: number;
}

const when = (date: Date | null) => date?.toISOString().slice(0, 16).replace("T", " ") ?? "never";

function TokenState({ token }: { token: TokenListRow }) {
  if (token.revokedAt) return <>revoked {when(token.revokedAt)}</>;
  return (
    <AdminActionForm
      action={revokeTokenAction}
      submitLabel="Revoke"
      inline
      confirm={`Revoke ${token.prefix}… of ${token.tinderbox}? Its uploads stop at once; this cannot be undone.`}
    >
      <input type="hidden" name="tokenId" value={token.id} />
    </AdminActionForm>
  );
}

const COLUMNS: DataColumn<TokenListRow>[] = [
  { id: "token", header: "Token", meta: { className: "mono" }, cell: ({ row }) => `${row.original.prefix}…` },
  { id: "tinderbox", header: "Tinderbox", cell: ({ row }) => row.original.tinderbox },
  { id: "label", header: "Label", cell: ({ row }) => row.original.label },
  { id: "created", header: "Created", cell: ({ row }) => when(row.original.createdAt) },
  { id: "lastUsed", header: "Last used", cell: ({ row }) => when(row.original.lastUsedAt) },
  {
    id: "uploads",
    header: "Uploads",
    cell: ({ row }) => <Link href={`/admin/tokens/${row.original.id}`}>{row.original.uploads}</Link>,
  },
  { id: "state", header: "State", cell: ({ row }) => <TokenState token={row.original} /> },
];

export function TokenTable({ rows }: { rows: TokenListRow[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => String(row.id)}
      rowAttributes={(row) => ({ "data-token": String(row.id) })}
      className="admin-table"
      label="Upload tokens"
    />
  );
}
