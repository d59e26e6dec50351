// GET /api/v1/diagnostics and /api/v1/diagnostics/ID/builds: the envelope, and a
// 400 with a JSON message for every bad parameter (never a silently ignored one).
import { randomUUID } from "node:crypto";
import { beforeAll, expect, test } from "vitest";
import { GET as listBuilds } from "@/app/api/v1/diagnostics/[id]/builds/route";
import { GET as search } from "@/app/api/v1/diagnostics/route";
import { GET as feed } from "@/app/feeds/diagnostics.atom/route";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";

const FUNC = `api_${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  await seedUpload(
    {
      "build.log": `>>> Compiling source in /var/tmp/portage/x/y-1/work/y-1 ...\na.c:3:1: warning: implicit declaration of function '${FUNC}' [-Wimplicit-function-declaration]\n`,
    },
    { atom: "dev-libs/apitest-1.0", status: "succeeded" },
  );
});

const get = (query: string) => search(new Request(`http://k.test/api/v1/diagnostics?${query}`));

test("the envelope, with counts and links to the builds", async () => {
  const response = await get(`q=${FUNC}&status=succeeded`);
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ total: 1, page: 1, pageSize: 50, window: null });
  const [row] = body.rows;
  expect(row).toMatchObject({
    kind: "warning",
    flag: "-Wimplicit-function-declaration",
    builds: 1,
    packages: 1,
  });
  expect(row.buildsUrl).toBe(`/diagnostics/${row.id}?status=succeeded`);
  const builds = await listBuilds(new Request(`http://k.test${row.buildsApiUrl}`), {
    params: Promise.resolve({ id: String(row.id) }),
  });
  const list = await builds.json();
  expect(list.total).toBe(1);
  expect(list.rows[0].href).toMatch(/^\/builds\/\d+#L2$/);
  expect(list.rows[0].phase).toBe("compile");
});

test.each([
  "kind=notice",
  "flag=-W%20foo",
  "q=ab",
  "from=2026-02-31",
  "to=yesterday",
  "pageSize=7",
  "page=-1",
  "status=broken",
  "phase=Compile!",
])("%s is a 400 with a JSON message", async (query) => {
  const response = await get(query);
  expect(response.status).toBe(400);
  const body = await response.json();
  expect(body.error.code).toBe("bad_query");
  expect(body.error.message.length).toBeGreaterThan(0);
});

test("the builds route refuses a bad id and answers 404 for a missing one", async () => {
  const call = (id: string) =>
    listBuilds(new Request("http://k.test/api/v1/diagnostics/x/builds"), { params: Promise.resolve({ id }) });
  expect((await call("abc")).status).toBe(400);
  expect((await call("999999999")).status).toBe(404);
});

test("the Atom feed lists the newest builds, escaped", async () => {
  const response = await feed(new Request(`http://k.test/feeds/diagnostics.atom?q=${FUNC}`));
  expect(response.status).toBe(200);
  const xml = await response.text();
  expect(xml).toContain("<title>dev-libs/apitest-1.0 on ");
  expect(xml).toContain(`implicit declaration of function &apos;${FUNC}&apos;`);
  expect((await feed(new Request("http://k.test/feeds/diagnostics.atom?kind=x"))).status).toBe(400);
});
