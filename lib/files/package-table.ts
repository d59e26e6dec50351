// The installed-packages table's state lives in the URL (?q=&sort=&dir=), so a
// filtered, sorted view is a link. Sort keys are allow-listed.
import { z } from "zod";
import type { InstalledPackage } from "../gentoo/installed-packages";

export const PACKAGE_SORT_KEYS = ["category", "name", "version", "slot"] as const;
export type PackageSortKey = (typeof PACKAGE_SORT_KEYS)[number];

export const packageTableParams = z.object({
  q: z.string().max(200).catch(""),
  sort: z.enum(PACKAGE_SORT_KEYS).catch("category"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});

export type PackageTableState = z.infer<typeof packageTableParams>;

export function readPackageTableState(
  params: Record<string, string | string[] | undefined>,
): PackageTableState {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return packageTableParams.parse({
    q: first(params.q) ?? "",
    sort: first(params.sort),
    dir: first(params.dir),
  });
}

/** Rows whose atom, slot or USE flags contain every word of q, sorted (ties broken by atom). */
export function filterAndSortPackages(
  rows: InstalledPackage[],
  state: PackageTableState,
): InstalledPackage[] {
  const words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (row: InstalledPackage) => {
    const haystack =
      `${row.atom} ${row.slot} ${row.useEnabled.join(" ")} ${row.useDisabled.map((f) => `-${f}`).join(" ")}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  };
  const sign = state.dir === "asc" ? 1 : -1;
  const collator = new Intl.Collator("en", { numeric: true });
  return rows
    .filter(matches)
    .sort(
      (a, b) => sign * (collator.compare(a[state.sort], b[state.sort]) || collator.compare(a.atom, b.atom)),
    );
}
