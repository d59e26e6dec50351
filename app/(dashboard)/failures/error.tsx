"use client";

export default function FailuresError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert">
      <h1>The failure list could not be loaded</h1>
      <p className="muted">{error.digest ? `Error ${error.digest}` : error.message}</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
