// The header's right side: who is signed in, their account and admin links,
// sign-out; or a sign-in link. Links a role cannot use are not shown (the
// server checks again on every request).
import Link from "next/link";
import { SignOutButton } from "@/app/signin/sign-out-button";
import { hasRole } from "@/lib/auth/access";
import { getSessionUser } from "@/lib/auth/session";

export async function UserMenu() {
  const user = await getSessionUser();
  if (!user)
    return (
      <nav className="user-menu">
        <Link href="/signin">Sign in</Link>
      </nav>
    );
  return (
    <nav className="user-menu" aria-label="Account">
      {hasRole(user, "admin") ? <Link href="/admin">Admin</Link> : null}
      <Link href="/account" title={`${user.email} (${user.role})`}>
        {user.name || user.email}
      </Link>
      <SignOutButton />
    </nav>
  );
}
