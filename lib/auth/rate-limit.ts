// Sign-in throttle: too many failed password attempts for one e-mail or from one
// address lock that key for a while. Kept in memory on purpose: Kindling runs as
// a single `next start` process, so one Map sees every attempt; a restart clears
// it, which only gives an attacker one more window. With several processes
// behind a balancer this would need a shared store (a DB table).

const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

const failures = new Map<string, number[]>();

function recent(key: string, now: number): number[] {
  const kept = (failures.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
  if (kept.length === 0) failures.delete(key);
  else failures.set(key, kept);
  return kept;
}

function keysFor(email: string, ip: string): Array<[string, number]> {
  return [
    [`email:${email.trim().toLowerCase()}`, MAX_FAILURES_PER_EMAIL],
    [`ip:${ip}`, MAX_FAILURES_PER_IP],
  ];
}

/** Minutes until the next attempt is allowed, or 0 when it is allowed now. */
export function signInBlockedFor(email: string, ip: string, now = Date.now()): number {
  let until = 0;
  for (const [key, max] of keysFor(email, ip)) {
    const times = recent(key, now);
    if (times.length >= max) until = Math.max(until, times[times.length - max] + WINDOW_MS);
  }
  return until === 0 ? 0 : Math.ceil((until - now) / 60_000);
}

export function recordSignInFailure(email: string, ip: string, now = Date.now()): void {
  for (const [key] of keysFor(email, ip)) failures.set(key, [...recent(key, now), now]);
}

/** A good password clears the e-mail's count (not the address's: one office, many users). */
export function recordSignInSuccess(email: string): void {
  failures.delete(`email:${email.trim().toLowerCase()}`);
}

export function rateLimitMessage(minutes: number): string {
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
