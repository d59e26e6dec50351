// The access matrix: every route on disk (pages, route handlers, server
// actions), called as each role and as an anonymous visitor, in public and in
// private mode, must be allowed or denied exactly as route-matrix.ts says.
// The session and the mode are the only things faked; the routes, their role
// checks and the database are real.
import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type DiscoveredRoute, discoverRoutes, routePath, sampleParams } from "./route-discovery";
import { ACTIONS, allowed, EVERYONE, HANDLERS, PAGES, type Who } from "./route-matrix";

const current = vi.hoisted(() => ({ user: null as SessionUser | null, publicMode: true, denials: 0 }));

vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => current.user }));
// revalidatePath needs Next's per-request store, which a direct call lacks: a
// no-op here keeps that artifact from reading as a crash.
vi.mock("next/cache", async (importOriginal) => {
  const real = await importOriginal<typeof import("next/cache")>();
  return { ...real, revalidatePath: () => undefined, revalidateTag: () => undefined };
});
vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/env")>();
  return { ...real, env: () => ({ ...real.env(), KINDLING_PUBLIC: current.publicMode }) };
});

// Actions may swallow a denial (a plain <form action> returns void), so for them a
// role check that threw AccessDenied during the call counts as "denied".
vi.mock("@/lib/auth/access", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/access")>();
  const counted =
    <Args extends unknown[], Result>(check: (...args: Args) => Promise<Result>) =>
    async (...args: Args): Promise<Result> => {
      try {
        return await check(...args);
      } catch (err) {
        if (err instanceof real.AccessDenied) current.denials += 1;
        throw err;
      }
    };
  return { ...real, requireRole: counted(real.requireRole), requireRead: counted(real.requireRead) };
});

const users: Partial<Record<Who, SessionUser>> = {};

beforeAll(async () => {
  const tag = randomBytes(4).toString("hex");
  for (const role of ["viewer", "maintainer", "admin"] as const) {
    const row = await db.user.create({ data: { email: `matrix-${role}-${tag}@example.org`, role } });
    users[role] = { id: row.id, email: row.email, name: row.name, role };
  }
});

/** "crashed: ..." is a 5xx (returned, or an uncaught error): never what the matrix wants. */
type Outcome = "allowed" | "denied" | `crashed: ${string}`;

/**
 * Thrown by a route: an access denial or a redirect to sign in (denied), another
 * Next control-flow signal such as notFound() or a redirect (allowed: the check
 * passed), or anything else, which a real request answers with a 500.
 */
function fromError(err: unknown): Outcome {
  if (err instanceof Error && err.name === "AccessDenied") return "denied";
  const digest = String((err as { digest?: unknown } | null)?.digest ?? "");
  if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/signin")) return "denied";
  if (/^NEXT_HTTP_ERROR_FALLBACK;40[13]$/.test(digest)) return "denied";
  if (digest.startsWith("NEXT_")) return "allowed";
  return `crashed: ${err instanceof Error ? err.message.slice(0, 200) : String(err)}`;
}

/** Returned by a route: a 401/403 Response or an { ok: false, code: unauthorized|forbidden } value. */
function fromValue(value: unknown): Outcome {
  if (value instanceof Response) {
    if (value.status >= 500) return `crashed: HTTP ${value.status}`;
    return value.status === 401 || value.status === 403 ? "denied" : "allowed";
  }
  const code = (value as { ok?: unknown; code?: unknown } | null)?.code;
  return code === "unauthorized" || code === "forbidden" ? "denied" : "allowed";
}

type Call = () => Promise<unknown>;

async function callsFor(route: DiscoveredRoute): Promise<Call[]> {
  const mod = (await import(/* @vite-ignore */ route.file)) as Record<string, unknown>;
  const path = routePath(route.file);
  const params = Promise.resolve(sampleParams(path));
  if (route.kind === "page") {
    const Page = mod.default as (props: object) => Promise<unknown>;
    return [() => Page({ params, searchParams: Promise.resolve({}) })];
  }
  if (route.kind === "handler") {
    const method = route.key.split(" ")[0];
    const handler = mod[method] as (request: Request, context: object) => Promise<Response>;
    const url = `http://kindling.test${path.replace(/\[\.{3}[^\]]+\]|\[[^\]]+\]/g, "1")}`;
    // A NextRequest, as Next passes it (next-auth's handler reads nextUrl).
    return [() => handler(new NextRequest(url, { method }), { params })];
  }
  return (
    Object.values(mod)
      .filter((fn): fn is (...args: unknown[]) => Promise<unknown> => typeof fn === "function")
      // (formData) for a plain <form action>, (previousState, formData) for useActionState.
      .map((fn) => () => (fn.length === 1 ? fn(new FormData()) : fn(null, new FormData())))
  );
}

async function outcome(call: Call, kind: DiscoveredRoute["kind"]): Promise<Outcome> {
  current.denials = 0;
  let result: Outcome;
  try {
    result = fromValue(await call());
  } catch (err) {
    result = fromError(err);
  }
  return kind === "action" && current.denials > 0 ? "denied" : result;
}

const TABLES = { page: PAGES, handler: HANDLERS, action: ACTIONS } as const;
const routes = discoverRoutes();

test("the access matrix lists exactly the routes on disk", () => {
  const missing = routes
    .filter((route) => !(route.key in TABLES[route.kind]))
    .map((r) => `${r.kind} ${r.key}`);
  expect(missing, "add these to tests/security/route-matrix.ts").toEqual([]);
  const found = new Set(routes.map((route) => `${route.kind} ${route.key}`));
  const stale = Object.entries(TABLES).flatMap(([kind, table]) =>
    Object.keys(table)
      .map((key) => `${kind} ${key}`)
      .filter((entry) => !found.has(entry)),
  );
  expect(stale, "no such route: remove these from tests/security/route-matrix.ts").toEqual([]);
});

/**
 * next-auth's own endpoints read next/headers through a CommonJS require that
 * only works inside a Next request, so a direct call always throws. They are
 * public by design and exercised through a real server by e2e/auth*.spec.ts.
 */
const NEEDS_A_SERVER = new Set(["GET /api/auth/[...nextauth]", "POST /api/auth/[...nextauth]"]);

describe.each([true, false])("public mode %s", (publicMode) => {
  const callable = routes.filter(
    (route) => route.key in TABLES[route.kind] && !NEEDS_A_SERVER.has(route.key),
  );
  test.each(callable)("$kind $key", async (route) => {
    const access = TABLES[route.kind][route.key];
    const calls = await callsFor(route);
    const wrong: string[] = [];
    for (const who of EVERYONE) {
      current.publicMode = publicMode;
      current.user = who === "anonymous" ? null : (users[who] ?? null);
      const want: Outcome = allowed(access, who, publicMode) ? "allowed" : "denied";
      for (const [index, call] of calls.entries()) {
        const got = await outcome(call, route.kind);
        if (got !== want)
          wrong.push(`${who}${calls.length > 1 ? ` (export ${index})` : ""}: ${got}, expected ${want}`);
      }
    }
    expect(wrong, `${route.key} is "${access}"`).toEqual([]);
  });
});
