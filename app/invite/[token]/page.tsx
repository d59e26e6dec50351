import type { Metadata } from "next";
import { AdminActionForm } from "@/components/admin-action-form";
import { openInvitation } from "@/lib/auth/invitations";
import { acceptInvitationAction } from "@/lib/auth/invite-actions";

export const metadata: Metadata = { title: "Invitation" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const invitation = await openInvitation(token);
  if (!invitation)
    return (
      <section className="auth-card">
        <h1>Invitation</h1>
        <p>This invitation is unknown, used or expired. Ask an admin for a new link.</p>
      </section>
    );
  return (
    <section className="auth-card">
      <h1>Join Kindling</h1>
      <p>
        Account for <strong>{invitation.email}</strong> with the {invitation.role} role.
      </p>
      <AdminActionForm action={acceptInvitationAction} submitLabel="Create my account">
        <input type="hidden" name="token" value={token} />
        <input name="name" placeholder="your name" aria-label="Name" />
        <input name="password" type="password" placeholder="password (10+)" aria-label="Password" required />
      </AdminActionForm>
    </section>
  );
}
