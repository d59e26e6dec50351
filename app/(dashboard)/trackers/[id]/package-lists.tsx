// The tracker page's lists: packages still to fix (newest failure, bug, "file
// blocker"), packages fixed since, and open failures counted by a key. The
// tables are components/lists/tracker-package-tables.tsx; bug addresses are
// resolved here, where the Bugzilla configuration is.
import { CountByTable, FixedPackageTable, OpenPackageTable } from "@/components/lists/tracker-package-tables";
import { bugUrl } from "@/lib/bugs/bug-url";
import type { CountBy, FixedPackage, OpenPackage } from "@/lib/trackers/tracker-detail";

export function OpenPackages({ packages }: { packages: OpenPackage[] }) {
  const rows = packages.map((pkg) => ({
    ...pkg,
    bugHref: pkg.bugNumber !== null ? (pkg.bugUrl ?? bugUrl(pkg.bugNumber)) : null,
  }));
  return <OpenPackageTable rows={rows} />;
}

export function FixedPackages({ packages }: { packages: FixedPackage[] }) {
  return <FixedPackageTable rows={packages} />;
}

export function CountTable({ title, rows }: { title: string; rows: CountBy[] }) {
  return (
    <section>
      <h2>{title}</h2>
      <CountByTable
        keyHeader={title.replace("By ", "")}
        label={`Open failures ${title.toLowerCase()}`}
        rows={rows}
      />
    </section>
  );
}
