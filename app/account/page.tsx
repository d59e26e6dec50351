import type { Metadata } from "next";
import { AdminActionForm } from "@/components/admin-action-form";
import { requirePageRole } from "@/lib/auth/access";
import { rotateFeedKeyAction } from "@/lib/auth/account-actions";
import { hasFeedKey } from "@/lib/auth/feed-keys";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requirePageRole("viewer", "/account");
  const haveKey = await hasFeedKey(user.id);
  return (
    <>
      <h1>Account</h1>
      <dl className="facts">
        <dt>E-mail</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd data-testid="account-role">{user.role}</dd>
      </dl>
      <h2>Feed key</h2>
      <p>
        {env().KINDLING_PUBLIC
          ? "Feeds are public here; a key is only needed if this instance turns private."
          : "Feed readers cannot sign in: add ?key=YOUR-KEY to a feed URL."}{" "}
        {haveKey ? "You have a key; rotating it stops every old feed URL." : "You have no key yet."}
      </p>
      <AdminActionForm
        action={rotateFeedKeyAction}
        submitLabel={haveKey ? "Rotate feed key" : "Create feed key"}
      >
        <input type="hidden" name="confirm" value="rotate" />
      </AdminActionForm>
    </>
  );
}
