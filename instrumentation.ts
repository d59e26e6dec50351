// Runs once per server process at start (Next's instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Housekeeping of killed uploads' staged chunks (lib/storage/gc-schedule.ts).
  const { scheduleOrphanGc } = await import("./lib/storage/gc-schedule");
  scheduleOrphanGc();
  // Sign-in attempts older than the throttle's window (lib/auth/rate-limit.ts).
  const { scheduleRateLimitPrune } = await import("./lib/auth/rate-limit");
  scheduleRateLimitPrune();
  // Diagnostic's counters: pending DiagnosticBuild rows rolled up every few seconds (lib/diagnostics/counts.ts).
  (await import("./lib/diagnostics/counts")).scheduleDiagnosticRollup();
  // Grep job workers (lib/grep/workers.ts) and the tracker snapshots (lib/trackers/snapshot-schedule.ts).
  (await import("./lib/grep/workers")).grepWorkers();
  (await import("./lib/trackers/snapshot-schedule")).scheduleTrackerSnapshots();
  // Retention policies (lib/retention), only when asked for: removing content is never a default.
  const { env } = await import("./lib/env");
  if (env().KINDLING_RETENTION) {
    const { scheduleRetention } = await import("./lib/retention/schedule");
    scheduleRetention();
  }
  // Linked bugs' status from Bugzilla (lib/bugzilla/sync-status.ts), only when a Bugzilla is configured:
  // a demo started without configuration makes no calls to bugs.gentoo.org.
  const minutes = Number(process.env.BUGZILLA_SYNC_MINUTES ?? 30);
  if ((process.env.BUGZILLA_URL || process.env.BUGZILLA_REST_URL) && minutes > 0) {
    const { scheduleBugSync } = await import("./lib/bugzilla/sync-schedule");
    const { syncBugStatus } = await import("./lib/bugzilla/sync-status");
    scheduleBugSync({ firstAfterMs: 60_000, everyMs: minutes * 60_000 }, () => syncBugStatus());
  }
}
