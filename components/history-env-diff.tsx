// What changed in the environment since the last good build: toolchain first,
// then flags, USE, other variables and installed packages.
import type { EnvChange, EnvChangeGroup } from "@/lib/env-diff/diff";

const GROUP_LABELS: Record<EnvChangeGroup, string> = {
  toolchain: "Toolchain",
  flags: "Flags",
  use: "USE",
  variables: "Variables",
  packages: "Packages",
};
/** Installed-package changes can run into the hundreds; the first ones are shown, the rest counted. */
const MAX_ROWS = 80;

export function HistoryEnvDiff({ changes }: { changes: EnvChange[] }) {
  if (changes.length === 0)
    return <p data-testid="env-diff">The environment is the same as in the last good build.</p>;
  const shown = changes.slice(0, MAX_ROWS);
  return (
    <>
      <h3>Environment changes since the last good build</h3>
      <table className="list env-diff" data-testid="env-diff">
        <thead>
          <tr>
            <th>Group</th>
            <th>What</th>
            <th>Last good</th>
            <th>This build</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((change) => (
            <tr key={`${change.group}:${change.key}`}>
              <td>{GROUP_LABELS[change.group]}</td>
              <td className="mono">{change.key}</td>
              <td className="mono env-before">{change.before ?? <span className="muted">(none)</span>}</td>
              <td className="mono env-after">{change.after ?? <span className="muted">(none)</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length > MAX_ROWS && <p className="muted">… and {changes.length - MAX_ROWS} more changes.</p>}
    </>
  );
}
