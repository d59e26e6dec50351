// "My packages on trackers": the signed-in maintainer's open packages per tracker.
import Link from "next/link";
import type { MyTrackerPackages } from "@/lib/trackers/my-packages";

export function MyPackages({ trackers }: { trackers: MyTrackerPackages[] }) {
  return (
    <section data-testid="my-tracker-packages">
      <h2>My packages on trackers</h2>
      {trackers.length === 0 ? (
        <p className="muted">None of your packages has an open failure on an active tracker.</p>
      ) : (
        <ul>
          {trackers.map((tracker) => (
            <li key={tracker.trackerId}>
              <Link href={`/trackers/${tracker.trackerId}`}>
                {tracker.bugNumber}: {tracker.title}
              </Link>{" "}
              —{" "}
              {tracker.packages.map((pkg, index) => (
                <span key={pkg.packageId}>
                  {index > 0 && ", "}
                  <Link href={`/builds/${pkg.newestBuildId}/bug`}>{pkg.atom}</Link>
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
