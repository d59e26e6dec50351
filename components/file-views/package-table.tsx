// Installed packages (qlist-info, installed-packages): a searchable, sortable
// table filtered and sorted on the server; its state is in the URL, so it is a link.
import type { SortLink } from "@/components/data-table/data-table";
import { InstalledPackageTable } from "@/components/lists/installed-package-table";
import { filterAndSortPackages, PACKAGE_SORT_KEYS, type PackageTableState } from "@/lib/files/package-table";
import type { InstalledPackage } from "@/lib/gentoo/installed-packages";

const MAX_ROWS = 3000;

export function PackageTable({
  rows,
  state,
  basePath,
}: {
  rows: InstalledPackage[];
  state: PackageTableState;
  basePath: string;
}) {
  const shown = filterAndSortPackages(rows, state);
  const hasUse = rows.some((r) => r.useEnabled.length + r.useDisabled.length > 0);
  const hrefFor = (patch: Partial<PackageTableState>) => {
    const next = { ...state, ...patch };
    const params = new URLSearchParams({ sort: next.sort, dir: next.dir });
    if (next.q) params.set("q", next.q);
    return `${basePath}?${params}`;
  };
  // Each header sorts by its key; the sorted one's link flips the direction.
  const sortLinks: Record<string, SortLink> = {};
  for (const key of PACKAGE_SORT_KEYS) {
    const active = state.sort === key ? state.dir : null;
    sortLinks[key] = { href: hrefFor({ sort: key, dir: active === "asc" ? "desc" : "asc" }), active };
  }
  return (
    <section className="role-view" data-testid="package-table">
      <h2>
        Installed packages{" "}
        <span className="muted">
          ({shown.length.toLocaleString("en")} of {rows.length.toLocaleString("en")})
        </span>
      </h2>
      <form method="get" action={basePath} className="inline-form">
        <input type="hidden" name="sort" value={state.sort} />
        <input type="hidden" name="dir" value={state.dir} />
        <input
          type="search"
          name="q"
          defaultValue={state.q}
          placeholder="Filter: atom, slot or USE flag (e.g. -test)"
          aria-label="Filter packages"
        />
        <button type="submit">Filter</button>
      </form>
      <InstalledPackageTable rows={shown.slice(0, MAX_ROWS)} sortLinks={sortLinks} withUse={hasUse} />
      {shown.length > MAX_ROWS && <p className="muted">First {MAX_ROWS} rows shown; narrow the filter.</p>}
    </section>
  );
}
