// The duplicates section, streamed in its own Suspense boundary: Kindling's
// linked bugs at once, Bugzilla's within its timeout (lib/bugzilla/duplicates.ts).
// When Bugzilla is slow or down the section says so and shows Kindling's side.
import { BugSuggestions } from "@/components/bug-suggestions";
import { bugzillaUrl } from "@/lib/bugs/config";
import { bugzillaSearchUrl } from "@/lib/bugs/links";
import { bugzillaDuplicates } from "@/lib/bugzilla/duplicates";
import { rankDuplicates } from "@/lib/bugzilla/rank-duplicates";
import { bugSuggestions } from "@/lib/queries/bug-suggestions";
import type { BuildDetail } from "@/lib/queries/builds";

export async function DuplicatesSection({ build }: { build: BuildDetail }) {
  const title = build.title || build.atom;
  const packageName = `${build.package.category}/${build.package.name}`;
  const [kindling, remote] = await Promise.all([
    bugSuggestions({ ...build, title }),
    bugzillaDuplicates({ packageName, atom: build.atom, title }),
  ]);
  const note = remote.ok
    ? undefined
    : `${remote.message}: only bugs linked in Kindling are listed. Search Bugzilla yourself before filing.`;
  return (
    <BugSuggestions
      rows={rankDuplicates(kindling, remote.ok ? remote.bugs : [])}
      note={note}
      packageName={packageName}
      searchUrl={bugzillaSearchUrl(bugzillaUrl(), packageName)}
    />
  );
}

export function DuplicatesLoading() {
  return (
    <section data-testid="bug-suggestions-loading">
      <h2>Possible duplicates</h2>
      <p className="muted">Searching Bugzilla…</p>
    </section>
  );
}
