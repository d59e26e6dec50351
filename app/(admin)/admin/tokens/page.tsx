import type { Metadata } from "next";
import { AdminActionForm } from "@/components/admin-action-form";
import { TokenTable } from "@/components/lists/token-table";
import { createTokenAction } from "@/lib/actions/admin-tokens";
import { requirePageRole } from "@/lib/auth/access";
import { listUploadTokens } from "@/lib/queries/admin";

export const metadata: Metadata = { title: "Upload tokens" };
export const dynamic = "force-dynamic";

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
      ) : (
        // Mapped here so the token's hash never reaches the browser.
        <TokenTable
          rows={tokens.map((token) => ({
            id: token.id,
            prefix: token.prefix,
            tinderbox: token.tinderbox.name,
            label: token.label,
            createdAt: token.createdAt,
            lastUsedAt: token.lastUsedAt,
            revokedAt: token.revokedAt,
            uploads: token._count.builds,
          }))}
        />
      )}
    </>
  );
}
