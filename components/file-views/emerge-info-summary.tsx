// The facts of `emerge --info` a triager reads first; the full text follows in the viewer.
import { Fragment } from "react";
import { type EmergeInfo, portageFacts } from "@/lib/gentoo/emerge-info";

const KEY_VARIABLES = ["CHOST", "CFLAGS", "CXXFLAGS", "LDFLAGS", "MAKEOPTS", "ACCEPT_KEYWORDS", "FEATURES"];

export function EmergeInfoView({ info }: { info: EmergeInfo }) {
  const packages = [...info.packages];
  const use = info.vars.get("USE");
  const facts: Array<[string, string | null]> = [
    ...portageFacts(info.portageLine),
    ...KEY_VARIABLES.map((key): [string, string | null] => [key, info.vars.get(key) ?? null]),
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
      {packages.length > 0 && (
        <details>
          <summary>Toolchain and build tools ({packages.length})</summary>
          {/* Not a list (components/data-table): name/version pairs of one emerge --info, a key/value summary. */}
          <table className="list compact">
            <tbody>
              {packages.map(([name, versions]) => (
                <tr key={name}>
                  <td className="mono">{name}</td>
                  <td className="mono">{versions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {use && (
        <details>
          <summary>USE ({use.split(/\s+/).length} flags)</summary>
          <p className="mono wrap-text">{use}</p>
        </details>
      )}
      {info.repositories.length > 0 && (
        <p className="muted">Repositories: {info.repositories.map((r) => r.name).join(", ")}</p>
      )}
    </section>
  );
}
