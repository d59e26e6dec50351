import type { Metadata } from "next";
import { AdminActionForm } from "@/components/admin-action-form";
import { removeBugzillaKeyAction, rotateFeedKeyAction, saveBugzillaKeyAction } from "@/lib/actions/account";
import { requirePageRole } from "@/lib/auth/access";
import { hasFeedKey } from "@/lib/auth/feed-keys";
import { bugzillaUrl } from "@/lib/bugs/config";
import { apiKeySetAt } from "@/lib/bugzilla/user-key";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requirePageRole("viewer", "/account");
  const [haveKey, bugzillaKeySetAt] = await Promise.all([hasFeedKey(user.id), apiKeySetAt(user.id)]);
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
      <BugzillaKeySection setAt={bugzillaKeySetAt} />
    </>
  );
}

/** The key is write-only: after saving, the page knows only when it was set. */
function BugzillaKeySection({ setAt }: { setAt: Date | null }) {
  return (
    <section data-testid="bugzilla-key">
      <h2>Bugzilla API key</h2>
      <p>
        With a key, "File bug" on a failure's bug page files it on your behalf, with its attachments. Make one
        under <a href={`${bugzillaUrl()}/userprefs.cgi?tab=apikey`}>Preferences → API Keys</a>. It is stored
        encrypted and never shown again.
      </p>
      {setAt ? (
        <>
          <p data-testid="bugzilla-key-set">
            Set on {setAt.toISOString().slice(0, 16).replace("T", " ")} UTC.
          </p>
          <AdminActionForm action={removeBugzillaKeyAction} submitLabel="Remove Bugzilla API key" />
        </>
      ) : (
        <p className="muted">No key stored: bugs open prefilled in Bugzilla instead.</p>
      )}
      <AdminActionForm action={saveBugzillaKeyAction} submitLabel={setAt ? "Replace key" : "Store key"}>
        <label>
          API key{" "}
          <input name="apiKey" type="password" autoComplete="off" required minLength={16} maxLength={128} />
        </label>
      </AdminActionForm>
    </section>
  );
}
