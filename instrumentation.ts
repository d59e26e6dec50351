// Runs once per server process at start (Next's instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Housekeeping of killed uploads' staged chunks (lib/storage/gc-schedule.ts).
  const { scheduleOrphanGc } = await import("./lib/storage/gc-schedule");
  scheduleOrphanGc();
}
