// The package catalogue: real names (demo) or real + invented names (benchmark), each
// with metadata.xml-style maintainers and a starting version.
import { CATEGORY_PROJECTS, MAINTAINER_NEEDED, PERSON_MAINTAINERS } from "./categories";
import { type BuildSystem, inventedName, realPackageNames } from "./package-names";
import type { Rng } from "./prng";

export interface SyntheticMaintainer {
  email: string;
  name?: string;
  type: "person" | "project";
}

export interface SyntheticPackage {
  category: string;
  name: string;
  buildSystem: BuildSystem;
  /** PV of the first version seen; bumps are planned per result set. */
  version: string;
  maintainers: SyntheticMaintainer[];
}

/** About 300 real packages over real categories, with maintainers and versions drawn from rng. */
export function demoCatalogue(rng: Rng): SyntheticPackage[] {
  return realPackageNames().map(({ category, name, buildSystem }) => ({
    category,
    name,
    buildSystem,
    version: randomVersion(rng),
    maintainers: randomMaintainers(rng, category),
  }));
}

/**
 * `count` packages: the real ones first, then invented names spread over `categories`
 * (skewed towards the big ones: dev-python and dev-libs get more, as in the real tree).
 */
export function bulkCatalogue(rng: Rng, count: number, categories: readonly string[]): SyntheticPackage[] {
  const packages = demoCatalogue(rng).slice(0, count);
  const seen = new Set(packages.map((pkg) => `${pkg.category}/${pkg.name}`));
  const draw = (n: number) => rng.int(0, n - 1);
  while (packages.length < count) {
    const category = rng.chance(0.25) ? rng.pick(BIG_CATEGORIES) : rng.pick(categories);
    let name = inventedName(draw);
    if (seen.has(`${category}/${name}`)) name = `${name}${rng.int(2, 99999)}`;
    if (seen.has(`${category}/${name}`)) continue;
    seen.add(`${category}/${name}`);
    packages.push({
      category,
      name,
      buildSystem: category === "dev-python" ? "python" : rng.pick(NATIVE_SYSTEMS),
      version: randomVersion(rng),
      maintainers: randomMaintainers(rng, category),
    });
  }
  return packages;
}

const BIG_CATEGORIES = [
  "dev-python",
  "dev-libs",
  "dev-perl",
  "dev-ruby",
  "media-libs",
  "sci-libs",
  "net-misc",
];
const NATIVE_SYSTEMS: readonly BuildSystem[] = ["autotools", "autotools", "cmake", "meson"];

export function randomVersion(rng: Rng): string {
  const major = rng.weighted<number>([
    [0, 2],
    [1, 4],
    [2, 3],
    [3, 2],
    [rng.int(4, 30), 2],
  ]);
  const parts = [major, rng.int(0, 24)];
  if (rng.chance(0.6)) parts.push(rng.int(0, 12));
  return parts.join(".");
}

/**
 * metadata.xml order matters (the first is the assignee): a person then the
 * category's project is the common shape; ~8 % have nobody (maintainer-needed).
 */
export function randomMaintainers(rng: Rng, category: string): SyntheticMaintainer[] {
  if (rng.chance(0.08)) return [{ email: MAINTAINER_NEEDED, type: "project" }];
  const project = CATEGORY_PROJECTS[category];
  const maintainers: SyntheticMaintainer[] = [];
  if (!project || rng.chance(0.6)) {
    const [email, name] = rng.pick(PERSON_MAINTAINERS);
    maintainers.push({ email, name, type: "person" });
  }
  if (project) maintainers.push({ email: project, type: "project" });
  return maintainers;
}

/** Bumps PV (x.y.z → x.y.z+1) for a "version bump" in the timeline. */
export function bumpVersion(version: string): string {
  const parts = version.split(".").map(Number);
  parts[parts.length - 1] += 1;
  return parts.join(".");
}
