// Shown with status 403 when a signed-in user lacks the role a page needs.
import Link from "next/link";

export default function Forbidden() {
  return (
    <section>
      <h1>Not allowed</h1>
      <p>This page needs a role your account does not have. Ask an admin, or sign in with another account.</p>
      <p>
        <Link href="/">Back to the failures</Link>
      </p>
    </section>
  );
}
