import type { Metadata } from "next";
import Link from "next/link";
import { AdminActionForm } from "@/components/admin-action-form";
import { createTokenAction, revokeTokenAction } from "@/lib/actions/admin-tokens";
import { requirePageRole } from "@/lib/auth/access";
import { listUploadTokens } from "@/lib/queries/admin";

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
        <label>
          Tinderbox
          <input name="tinderbox" autoComplete="off" required />
        </label>
        <label>
          Label (optional)
          <input name="label" autoComplete="off" />
        </label>
      </AdminActionForm>
      {tokens.length === 0 ? (
        <p className="muted" data-testid="tokens-empty">
          No upload tokens yet. Create one per tinderbox above: it is shown once, then only its prefix. The
          tinderbox sends it as <code>Authorization: Bearer …</code> (docs/feeding.md).
        </p>
      ) : null}
      <table className="data-table admin-table" hidden={tokens.length === 0}>
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
                  <AdminActionForm
                    action={revokeTokenAction}
                    submitLabel="Revoke"
                    inline
                    confirm={`Revoke ${token.prefix}… of ${token.tinderbox.name}? Its uploads stop at once; this cannot be undone.`}
                  >
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
