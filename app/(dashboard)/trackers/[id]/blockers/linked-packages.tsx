// The packages the blocker page skips: their open failures already carry a bug.
import Link from "next/link";
import { bugUrl } from "@/lib/bugs/bug-url";
import type { LinkedPackage } from "@/lib/trackers/blocker-drafts";

export function LinkedPackages({ packages }: { packages: LinkedPackage[] }) {
  if (packages.length === 0) return null;
  return (
    <section data-testid="blockers-linked">
      <h2>Already filed ({packages.length})</h2>
      <ul>
        {packages.map((pkg) => (
          <li key={pkg.atom}>
            <Link href={`/p/${pkg.atom}`}>{pkg.atom}</Link>: bug{" "}
            <a href={pkg.bugUrl ?? bugUrl(pkg.bugNumber)}>{pkg.bugNumber}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
