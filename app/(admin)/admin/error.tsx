"use client";
// Production hides error messages. A signed-in user without the admin role is by
// far the usual cause here (requirePageRole throws AccessDenied(403)), so say so,
// and give the digest for the rare real failure.
export default function AdminError({ error }: { error: Error & { digest?: string } }) {
  return (
    <section>
      <h1>Not allowed</h1>
      <p>This page needs the admin role. Ask an admin, or sign in with another account.</p>
      {error.digest ? <p className="muted">If you are an admin, report error {error.digest}.</p> : null}
    </section>
  );
}
