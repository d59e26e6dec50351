// What changed in the environment since the last good build: toolchain first,
// then flags, USE, other variables and installed packages.
import type { EnvChange } from "@/lib/env-diff/diff";
import { EnvChangeTable } from "./lists/env-change-table";

/** Installed-package changes can run into the hundreds; the first ones are shown, the rest counted. */
const MAX_ROWS = 80;

export function HistoryEnvDiff({ changes }: { changes: EnvChange[] }) {
  if (changes.length === 0)
    return <p data-testid="env-diff">The environment is the same as in the last good build.</p>;
  const shown = changes.slice(0, MAX_ROWS);
  return (
    <>
      <h3>Environment changes since the last good build</h3>
      <EnvChangeTable rows={shown} />
      {changes.length > MAX_ROWS && <p className="muted">… and {changes.length - MAX_ROWS} more changes.</p>}
    </>
  );
}
