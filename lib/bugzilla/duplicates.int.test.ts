// Duplicates from the test Bugzilla: the package's open bugs and key-term
// matches, cached by query; a failed search is not cached.
import { afterAll, beforeAll, expect, test } from "vitest";
import { uniqueName } from "@/tests/bugzilla-server/fixtures";
import { type BugzillaTestServer, startBugzillaServer } from "@/tests/bugzilla-server/server";
import { bugzillaDuplicates } from "./duplicates";

let bugzilla: BugzillaTestServer;
beforeAll(async () => {
  bugzilla = await startBugzillaServer();
});
afterAll(() => bugzilla.close());

test("open bugs of the package and bugs with the error's key terms, each once", async () => {
  const name = uniqueName();
  const atom = `dev-libs/${name}-1.0`;
  const title = `${atom}: fails to compile: implicit declaration of function '${name}_strdup_r'`;
  const open = bugzilla.store.seed({ summary: `dev-libs/${name}-0.9: fails with clang` });
  bugzilla.store.seed({ summary: `dev-libs/${name}-0.8: old`, status: "RESOLVED", resolution: "FIXED" });
  const elsewhere = bugzilla.store.seed({
    summary: `app-misc/other: ${name}_strdup_r undeclared`,
    status: "RESOLVED",
    resolution: "DUPLICATE",
  });
  const both = bugzilla.store.seed({ summary: `dev-libs/${name}: ${name}_strdup_r missing` });
  const found = await bugzillaDuplicates({ packageName: `dev-libs/${name}`, atom, title }, bugzilla.url);
  if (!found.ok) throw new Error(found.message);
  expect(found.terms).toEqual([`${name}_strdup_r`]);
  const byId = new Map(found.bugs.map((bug) => [bug.id, bug]));
  expect([...byId.keys()].sort()).toEqual([open.id, elsewhere.id, both.id].sort());
  expect(byId.get(open.id)?.reason).toBe("package");
  expect(byId.get(elsewhere.id)).toMatchObject({ reason: "similar", resolution: "DUPLICATE" });
  // Found by both searches, listed once (the package's search first).
  expect(byId.get(both.id)?.reason).toBe("package");

  const searches = bugzilla.requests.length;
  expect((await bugzillaDuplicates({ packageName: `dev-libs/${name}`, atom, title }, bugzilla.url)).ok).toBe(
    true,
  );
  expect(bugzilla.requests.length).toBe(searches);
});

test("a down Bugzilla is a value, and the next view asks again", async () => {
  const name = uniqueName();
  const query = {
    packageName: `dev-libs/${name}`,
    atom: `dev-libs/${name}-1`,
    title: `dev-libs/${name}-1: fails`,
  };
  await bugzilla.setMode("down");
  try {
    expect(await bugzillaDuplicates(query, bugzilla.url, 500)).toMatchObject({
      ok: false,
      code: "unreachable",
    });
  } finally {
    await bugzilla.setMode("up");
  }
  bugzilla.store.seed({ summary: `dev-libs/${name}-1: fails` });
  const again = await bugzillaDuplicates(query, bugzilla.url, 500);
  expect(again.ok && again.bugs.length).toBe(1);
});
