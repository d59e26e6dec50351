// The tracker page's lists: packages still to fix (newest failure, bug, "file
// blocker"), packages fixed since, and open failures counted by a key.
import Link from "next/link";
import { bugUrl } from "@/lib/bugs/bug-url";
import type { CountBy, FixedPackage, OpenPackage } from "@/lib/trackers/tracker-detail";

export function OpenPackages({ packages }: { packages: OpenPackage[] }) {
  if (packages.length === 0) return <p className="muted">None.</p>;
  return (
    <div className="table-scroll">
      <table className="list" data-testid="tracker-open">
        <thead>
          <tr>
            <th>Package</th>
            <th>Open failures</th>
            <th>Newest</th>
            <th>Maintainers</th>
            <th>Bug</th>
          </tr>
        </thead>
        <tbody>
          {packages.map((pkg) => (
            <tr key={pkg.packageId}>
              <td>
                <Link href={`/p/${pkg.atom}`}>{pkg.atom}</Link>
              </td>
              <td>{pkg.openFailures}</td>
              <td>
                <Link href={`/builds/${pkg.newestBuildId}`}>{pkg.newestAt.slice(0, 10)}</Link>
              </td>
              <td className="small">{pkg.maintainers.join(", ") || "maintainer-needed"}</td>
              <td>
                {pkg.bugNumber !== null ? (
                  <a href={pkg.bugUrl ?? bugUrl(pkg.bugNumber)}>{pkg.bugNumber}</a>
                ) : (
                  <Link href={`/builds/${pkg.newestBuildId}/bug`}>file blocker</Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FixedPackages({ packages }: { packages: FixedPackage[] }) {
  if (packages.length === 0) return <p className="muted">None yet.</p>;
  return (
    <div className="table-scroll">
      <table className="list" data-testid="tracker-fixed">
        <thead>
          <tr>
            <th>Package</th>
            <th>Last failure</th>
            <th>Built clean</th>
          </tr>
        </thead>
        <tbody>
          {packages.map((pkg) => (
            <tr key={pkg.atom}>
              <td>
                <Link href={`/p/${pkg.atom}`}>{pkg.atom}</Link>
              </td>
              <td>
                <Link href={`/builds/${pkg.lastFailureId}`}>build {pkg.lastFailureId}</Link>
              </td>
              <td>{pkg.fixedAt.slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CountTable({ title, rows }: { title: string; rows: CountBy[] }) {
  return (
    <section>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <div className="table-scroll">
          <table className="list">
            <thead>
              <tr>
                <th>{title.replace("By ", "")}</th>
                <th>Open failures</th>
                <th>Packages</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <td>{row.key}</td>
                  <td>{row.openFailures}</td>
                  <td>{row.packages}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
