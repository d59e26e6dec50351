// Which installed package should provide the missing thing, as the newest
// builds' own package lists show it (lib/queries/cause-provider.ts: a name match).
import Link from "next/link";
import type { ProviderSighting } from "@/lib/queries/causes";

export function ProviderList({ sightings }: { sightings: ProviderSighting[] }) {
  if (sightings.length === 0)
    return <p className="muted small">No failed build of this cause carries an installed-package list.</p>;
  return (
    <section data-testid="cause-providers">
      <h2>Provider on the tinderbox</h2>
      <ul className="small">
        {sightings.map((s) => (
          <li key={s.buildId}>
            <Link href={`/builds/${s.buildId}`}>{s.atom}</Link> on {s.tinderbox}:{" "}
            {s.provider ? (
              <>
                <strong>
                  {s.provider.package}-{s.provider.version}
                </strong>{" "}
                installed (per {s.source})
              </>
            ) : (
              <span className="muted">no package by that name in {s.source}</span>
            )}
          </li>
        ))}
      </ul>
      <p className="muted small">
        Matched by package name, not by the files a package installs: a wrong or missing match is possible.
      </p>
    </section>
  );
}
