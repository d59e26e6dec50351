// The Bugzilla client against the test
// Bugzilla (tests/bugzilla-server): real HTTP, no mocked fetch.
import { afterAll, beforeAll, expect, test } from "vitest";
import { TEST_API_KEY, uniqueName } from "@/tests/bugzilla-server/fixtures";
import { type BugzillaTestServer, startBugzillaServer } from "@/tests/bugzilla-server/server";
import { ATTACHMENT_LIMIT_BYTES } from "@/tests/bugzilla-server/store";
import { bugzillaClient } from "./client";

const KEY = TEST_API_KEY;
let bugzilla: BugzillaTestServer;

beforeAll(async () => {
  bugzilla = await startBugzillaServer({ apiKeys: { [KEY]: "tester@example.org" } });
});
afterAll(() => bugzilla.close());

test("search by product, component, summary and status; get by ids", async () => {
  const name = uniqueName();
  const open = bugzilla.store.seed({ summary: `dev-libs/${name}-1.0: fails to compile` });
  bugzilla.store.seed({ summary: `dev-libs/${name}-0.9: old`, status: "RESOLVED", resolution: "FIXED" });
  bugzilla.store.seed({
    summary: `dev-libs/${name}-1.0: infra`,
    product: "Gentoo Infrastructure",
    component: "Other",
  });
  const client = bugzillaClient({ baseUrl: bugzilla.url });
  const found = await client.searchBugs({
    product: "Gentoo Linux",
    component: "Current packages",
    summary: `dev-libs/${name}`,
    status: ["UNCONFIRMED", "CONFIRMED", "IN_PROGRESS"],
  });
  expect(found).toMatchObject({ ok: true, value: [{ id: open.id, status: "CONFIRMED", resolution: "" }] });
  const byId = await client.getBugs([open.id, 1]);
  expect(byId.ok && byId.value.map((bug) => bug.id)).toEqual([open.id]);
});

test("Bugzilla's errors come back as values with its code", async () => {
  const bad = bugzillaClient({ baseUrl: bugzilla.url, apiKey: "WrongKey0123456789abcdefghijklmnopqrstu" });
  const draft = { product: "Gentoo Linux", component: "Current packages", version: "unspecified" };
  const bug = { ...draft, summary: "x", description: "y", op_sys: "Linux", platform: "All" };
  expect(await bad.createBug(bug)).toMatchObject({ ok: false, code: "unauthorized", bugzillaCode: 306 });
  const anonymous = bugzillaClient({ baseUrl: bugzilla.url });
  expect(await anonymous.createBug(bug)).toMatchObject({
    ok: false,
    code: "unauthorized",
    bugzillaCode: 410,
  });
  const good = bugzillaClient({ baseUrl: bugzilla.url, apiKey: KEY });
  expect(await good.createBug({ ...bug, summary: "  " })).toMatchObject({
    ok: false,
    code: "invalid",
    bugzillaCode: 116,
  });
  expect(await good.createBug({ ...bug, component: "Nope" })).toMatchObject({
    code: "invalid",
    bugzillaCode: 104,
  });
  const created = await good.createBug(bug);
  if (!created.ok) throw new Error(created.message);
  const big = {
    fileName: "big.log",
    contentType: "text/plain",
    summary: "big",
    data: Buffer.alloc(ATTACHMENT_LIMIT_BYTES + 1, 97),
  };
  expect(await good.addAttachment(created.value, big)).toMatchObject({
    ok: false,
    code: "too_large",
    bugzillaCode: 600,
  });
  expect(await good.addAttachment(created.value, { ...big, data: Buffer.from("ok") })).toMatchObject({
    ok: true,
  });
  expect(await good.addComment(created.value, "a note")).toMatchObject({ ok: true });
  expect(await good.getBugs([created.value])).toMatchObject({ ok: true, value: [{ status: "UNCONFIRMED" }] });
  expect(JSON.stringify(bugzilla.requests)).not.toContain(KEY);
});

test("a slow Bugzilla times out and a down one is unreachable, both as values", async () => {
  const client = bugzillaClient({ baseUrl: bugzilla.url, timeoutMs: 300 });
  try {
    await bugzilla.setMode("slow", 2000);
    const started = Date.now();
    expect(await client.searchBugs({ summary: "x" })).toMatchObject({ ok: false, code: "timeout" });
    expect(Date.now() - started).toBeLessThan(1500);
    await bugzilla.setMode("down");
    expect(await client.searchBugs({ summary: "x" })).toMatchObject({ ok: false, code: "unreachable" });
  } finally {
    await bugzilla.setMode("up");
  }
  expect(await client.searchBugs({ summary: "x" })).toMatchObject({ ok: true });
});
