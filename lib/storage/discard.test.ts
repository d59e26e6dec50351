// A discard that fails during cleanup is logged once with its chunk set and
// never replaces the error being handled. The database is a real client aimed
// at a port where nothing listens: the discard's own connection fails.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, expect, test, vi } from "vitest";
import { discardAfterFailure } from "./discard";

const unreachable = new pg.Pool({ host: "127.0.0.1", port: 1, connectionTimeoutMillis: 2000 });
afterAll(() => unreachable.end());

test("a failed discard after a failure logs the chunk set and the reason, and does not throw", async () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
  const chunkSetId = randomUUID();
  try {
    await expect(discardAfterFailure(chunkSetId, undefined, unreachable)).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).toMatch(
      new RegExp(`^chunk set ${chunkSetId}: discard failed, left for orphan GC: .*ECONNREFUSED`),
    );
  } finally {
    logged.mockRestore();
  }
});
