// A row id in the path is a decimal integer that fits PostgreSQL's int column
// (lib/http/ids.ts). Anything else is a 400 with a JSON message before the
// database is asked; an id past 2^31 - 1 used to reach Prisma and fail there
// (a 500). Pages answer such an id with their 404.
import { gunzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { GET as attachments } from "@/app/api/v1/builds/[id]/attachments.tar/route";
import { GET as members } from "@/app/api/v1/files/[id]/members/route";
import { GET as raw } from "@/app/api/v1/files/[id]/raw/route";

const ROUTES = { attachments, members, raw };
const call = (route: keyof typeof ROUTES, id: string) =>
  ROUTES[route](new Request(`http://k.test/api/v1/x/${id}`), { params: Promise.resolve({ id }) });

async function errorOf(response: Response): Promise<unknown> {
  const body = Buffer.from(await response.arrayBuffer());
  // The raw route's errors are gzip, as its successes are (next.config.js).
  return JSON.parse((body[0] === 0x1f ? gunzipSync(body) : body).toString("utf8"));
}

test.each(
  (["attachments", "members", "raw"] as const).flatMap((route) =>
    ["0", "-3", "abc", "1e3", "99999999999"].map((id) => [route, id] as const),
  ),
)("%s with id %j is a 400 bad_id", async (route, id) => {
  const response = await call(route, id);
  expect(response.status).toBe(400);
  expect(await errorOf(response)).toMatchObject({ error: { code: "bad_id" } });
});

test.each(["attachments", "members", "raw"] as const)("%s with the largest id is a 404", async (route) => {
  const response = await call(route, "2147483647");
  expect(response.status).toBe(404);
});

/** What a page threw: Next's notFound() carries the digest NEXT_HTTP_ERROR_FALLBACK;404. */
async function thrownBy(render: () => Promise<unknown>): Promise<string> {
  try {
    await render();
  } catch (error) {
    return String((error as { digest?: unknown }).digest ?? error);
  }
  return "rendered";
}

test.each(["/builds/[id]", "/files/[id]", "/signatures/[id]", "/causes/[id]"])(
  "%s with an id past PostgreSQL's int is a 404, not a database error",
  async (route) => {
    const page =
      route === "/builds/[id]"
        ? (await import("@/app/(dashboard)/builds/[id]/layout")).default
        : route === "/files/[id]"
          ? (await import("@/app/(dashboard)/files/[id]/page")).default
          : route === "/signatures/[id]"
            ? (await import("@/app/(dashboard)/signatures/[id]/page")).default
            : (await import("@/app/(dashboard)/causes/[id]/page")).default;
    const props = {
      params: Promise.resolve({ id: "99999999999" }),
      searchParams: Promise.resolve({}),
      children: null,
    };
    expect(await thrownBy(() => (page as (p: typeof props) => Promise<unknown>)(props))).toBe(
      "NEXT_HTTP_ERROR_FALLBACK;404",
    );
  },
);
