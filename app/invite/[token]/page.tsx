import type { Metadata } from "next";
import { openInvitation } from "@/lib/auth/invitations";
import { InviteAcceptForm } from "./invite-accept-form";

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
      <InviteAcceptForm token={token} email={invitation.email} />
    </section>
  );
}
