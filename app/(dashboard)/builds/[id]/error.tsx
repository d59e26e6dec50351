"use client";
// A failure page that could not be shown: say so and offer a retry. AccessDenied
// (a signed-in user without read access) lands here too.
export default function BuildError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <section role="alert">
      <h1>This failure could not be shown</h1>
      <p className="muted">
        {error.name === "AccessDenied" ? error.message : "Something went wrong on the server."}
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
