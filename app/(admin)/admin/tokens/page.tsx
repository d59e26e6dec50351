import type { Metadata } from "next";
import Link from "next/link";
import { AdminActionForm } from "@/components/admin-action-form";
import { createTokenAction, revokeTokenAction } from "@/lib/actions/admin-tokens";
import { requirePageRole } from "@/lib/auth/access";
import { listUploadTokens } from "@/lib/auth/admin-queries";

export const metadata: Metadata = { title: "Upload tokens" };
export const dynamic = "force-dynamic";

const when = (date: Date | null) => date?.toISOString().slice(0, 16).replace("T", " ") ?? "never";

export default async function TokensPage() {
  await requirePageRole("admin", "/admin/tokens");
  const tokens = await listUploadTokens();
  return (
    <>
      <h1>Upload tokens</h1>
      <AdminActionForm action={createTokenAction} submitLabel="Create token">
        <input name="tinderbox" placeholder="tinderbox name" aria-label="Tinderbox" required />
        <input name="label" placeholder="label (optional)" aria-label="Label" />
      </AdminActionForm>
      <table className="data-table admin-table">
        <thead>
          <tr>
            <th>Token</th>
            <th>Tinderbox</th>
            <th>Label</th>
            <th>Created</th>
            <th>Last used</th>
            <th>Uploads</th>
            <th>State</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} data-token={token.id}>
              <td className="mono">{token.prefix}…</td>
              <td>{token.tinderbox.name}</td>
              <td>{token.label}</td>
              <td>{when(token.createdAt)}</td>
              <td>{when(token.lastUsedAt)}</td>
              <td>
                <Link href={`/admin/tokens/${token.id}`}>{token._count.builds}</Link>
              </td>
              <td>
                {token.revokedAt ? (
                  `revoked ${when(token.revokedAt)}`
                ) : (
                  <AdminActionForm action={revokeTokenAction} submitLabel="Revoke" inline>
                    <input type="hidden" name="tokenId" value={token.id} />
                  </AdminActionForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
