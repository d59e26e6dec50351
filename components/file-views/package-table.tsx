// Installed packages (qlist-info, installed-packages): a searchable, sortable
// table rendered on the server; its state is in the URL, so it is a link.
import Link from "next/link";
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
      <table className="list compact">
        <thead>
          <tr>
            {PACKAGE_SORT_KEYS.map((key) => (
              <th
                key={key}
                aria-sort={
                  state.sort === key ? (state.dir === "asc" ? "ascending" : "descending") : undefined
                }
              >
                <Link
                  href={hrefFor({
                    sort: key,
                    dir: state.sort === key && state.dir === "asc" ? "desc" : "asc",
                  })}
                >
                  {key}
                  {state.sort === key ? (state.dir === "asc" ? " ▲" : " ▼") : ""}
                </Link>
              </th>
            ))}
            {hasUse && <th>USE</th>}
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, MAX_ROWS).map((row) => (
            <tr key={row.atom}>
              <td className="mono">{row.category}</td>
              <td className="mono">{row.name}</td>
              <td className="mono">{row.version}</td>
              <td className="mono">{row.slot}</td>
              {hasUse && (
                <td className="mono use-flags">
                  {row.useEnabled.join(" ")}{" "}
                  <span className="muted">{row.useDisabled.map((f) => `-${f}`).join(" ")}</span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length > MAX_ROWS && <p className="muted">First {MAX_ROWS} rows shown; narrow the filter.</p>}
    </section>
  );
}
