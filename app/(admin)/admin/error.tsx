"use client";
// A real failure of an admin page (a missing role is answered by app/forbidden.tsx
// with a 403). Production hides the message; the digest finds it in the server log.
export default function AdminError({ error }: { error: Error & { digest?: string } }) {
  return (
    <section>
      <h1>Something went wrong</h1>
      <p>The admin page could not be shown.</p>
      {error.digest ? <p className="muted">Report error {error.digest}.</p> : null}
    </section>
  );
}
