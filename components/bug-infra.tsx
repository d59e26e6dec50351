// An infra failure (Build.infraReason, set by the analysis) is the tinderbox's
// problem, not the package's: say so with the reason and the line, and offer
// "Mark as infra" instead of a bug against the maintainers.
import { markInfraAction } from "@/app/(dashboard)/builds/[id]/bug/actions";
import { BugActionButton } from "./bug-action-button";

const REASONS: Record<string, string> = {
  "disk-full": "the tinderbox ran out of disk space",
  "disk-io": "the tinderbox's disk or file system failed (I/O error, read-only)",
  oom: "the tinderbox ran out of memory",
  network: "a download or network access failed",
  "sandbox-unavailable": "the sandbox could not be set up",
  emulation: "the tinderbox's qemu-user emulation (binfmt_misc) could not run the build's programs",
  timeout: "the build was killed by a time limit",
  "portage-crash": "Portage itself crashed",
};

export function BugInfra({
  build,
  canTriage,
}: {
  build: {
    id: number;
    infraReason: string;
    primaryLine: number | null;
    primaryText: string | null;
    triageState: string;
    triageVersion: number;
  };
  canTriage: boolean;
}) {
  return (
    <section className="notice" data-testid="bug-infra">
      <h2>This is a tinderbox problem</h2>
      <p>
        The analysis found <strong>{build.infraReason}</strong>
        {REASONS[build.infraReason] ? `: ${REASONS[build.infraReason]}` : ""}. Failures like this are not
        filed against the package's maintainers: fix the tinderbox and build the package again.
      </p>
      {build.primaryText && (
        <p>
          {build.primaryLine !== null && <span className="muted">line {build.primaryLine}: </span>}
          <code className="mono">{build.primaryText}</code>
        </p>
      )}
      {canTriage && build.triageState !== "infra" && (
        <BugActionButton
          action={markInfraAction}
          fields={{ buildId: build.id, version: build.triageVersion, reason: build.infraReason }}
          label="Mark as infra"
          testId="mark-infra"
        />
      )}
      {build.triageState === "infra" && <p className="muted">Marked as infra.</p>}
    </section>
  );
}
