// "My views" against real PostgreSQL: saved in canonical form, replaced by name,
// capped, and only ever read or deleted by their owner.
import { expect, test } from "vitest";
import { db } from "../db";
import { listViews, MAX_SAVED_VIEWS } from "../queries/saved-views";
import { canonicalViewQuery, deleteView, saveView } from "./saved-views";
import { seedUser } from "./test-seed";

test("a view is stored as the list's canonical query: page and defaults dropped, repeats joined", async () => {
  expect(canonicalViewQuery("kind=compile&kind=link&page=4&pageSize=50&status=failed&category=")).toBe(
    "kind=compile%2Clink",
  );
  // Unknown parameters and invalid values do not survive the list's schema.
  expect(canonicalViewQuery("sort=id;DROP&evil=1&bug=maybe")).toBe("");
});

test("save, replace by name, list, delete; another user sees and deletes nothing", async () => {
  const alice = await seedUser("viewer");
  const bob = await seedUser("viewer");
  const saved = await saveView(alice, { name: "my compile", query: "kind=compile" });
  expect(saved.ok).toBe(true);
  expect(await saveView(alice, { name: "my compile", query: "kind=link" })).toMatchObject({ ok: true });
  expect(await listViews(alice)).toEqual([
    { id: expect.any(Number), name: "my compile", query: "kind=link" },
  ]);
  expect(await listViews(bob)).toEqual([]);
  const id = (await listViews(alice))[0]?.id;
  expect(await deleteView(bob, { id })).toMatchObject({ ok: false, code: "not_found" });
  expect(await listViews(alice)).toHaveLength(1);
  expect(await deleteView(alice, { id })).toEqual({ ok: true });
  expect(await listViews(alice)).toEqual([]);
});

test("bad input is refused with a message; the cap holds", async () => {
  const user = await seedUser("viewer");
  expect(await saveView(user, { name: "   ", query: "" })).toMatchObject({ ok: false, code: "invalid" });
  expect(await saveView(user, { name: "x".repeat(81), query: "" })).toMatchObject({ ok: false });
  expect(await deleteView(user, { id: "abc" })).toMatchObject({ ok: false, code: "invalid" });
  await db.savedView.createMany({
    data: Array.from({ length: MAX_SAVED_VIEWS }, (_, index) => ({
      userId: user.id,
      name: `v${index}`,
      query: "",
    })),
  });
  expect(await saveView(user, { name: "one more", query: "" })).toMatchObject({ ok: false, code: "invalid" });
  // Replacing an existing view is still allowed at the cap.
  expect(await saveView(user, { name: "v0", query: "kind=link" })).toMatchObject({ ok: true });
});
