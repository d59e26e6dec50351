// The facts of `emerge --info` a triager reads first; the full text follows in the viewer.
import { Fragment } from "react";
import type { EmergeInfoSummary } from "@/lib/files/emerge-info";

const KEY_VARIABLES = ["CHOST", "CFLAGS", "CXXFLAGS", "LDFLAGS", "MAKEOPTS", "ACCEPT_KEYWORDS", "FEATURES"];

export function EmergeInfoView({ info }: { info: EmergeInfoSummary }) {
  const { header } = info;
  const facts: Array<[string, string | null]> = [
    ["Portage", info.portageVersion],
    ["Profile", header.profile],
    ["GCC", header.gcc],
    ["glibc", header.glibc],
    ["Python", header.python],
    ["Kernel", header.kernel],
    ...KEY_VARIABLES.map((key): [string, string | null] => [key, info.variables[key] ?? null]),
  ];
  return (
    <section className="role-view" data-testid="emerge-info-summary">
      <h2>Summary</h2>
      <dl className="facts mono">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
      </dl>
      {info.packages.length > 0 && (
        <details>
          <summary>Toolchain and build tools ({info.packages.length})</summary>
          <table className="list compact">
            <tbody>
              {info.packages.map((pkg) => (
                <tr key={pkg.name}>
                  <td className="mono">{pkg.name}</td>
                  <td className="mono">{pkg.versions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {info.variables.USE && (
        <details>
          <summary>USE ({info.variables.USE.split(/\s+/).length} flags)</summary>
          <p className="mono wrap-text">{info.variables.USE}</p>
        </details>
      )}
      {info.repositories.length > 0 && (
        <p className="muted">Repositories: {info.repositories.map((r) => r.name).join(", ")}</p>
      )}
    </section>
  );
}
