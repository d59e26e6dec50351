// The environment diff the failure page shows: this build against its last
// good build, when both carry an emerge --info or an installed-package list.
import { diffEnvironments, type EnvChange } from "./diff";
import { type EnvFile, readEnvFacts } from "./read-env-files";

export type EnvDiffOutcome =
  | { comparable: true; changes: EnvChange[] }
  | { comparable: false; reason: "no-last-good" | "no-env-files" };

const ENV_ROLES = new Set(["emerge-info", "qlist-info", "installed-packages"]);

export async function environmentDiff(
  current: readonly EnvFile[],
  lastGood: readonly EnvFile[] | null,
): Promise<EnvDiffOutcome> {
  if (!lastGood) return { comparable: false, reason: "no-last-good" };
  const currentEnv = current.filter((file) => ENV_ROLES.has(file.role));
  const lastGoodEnv = lastGood.filter((file) => ENV_ROLES.has(file.role));
  if (currentEnv.length === 0 || lastGoodEnv.length === 0)
    return { comparable: false, reason: "no-env-files" };
  const [before, after] = await Promise.all([readEnvFacts(lastGoodEnv), readEnvFacts(currentEnv)]);
  return { comparable: true, changes: diffEnvironments(before, after) };
}
