// A Bugzilla 5 REST server for tests: real HTTP on 127.0.0.1 (random port),
// an in-memory store (store.ts), the API-key check, Bugzilla's error bodies
// ({ error, code, message, documentation } with an HTTP status), and two
// failure modes a test switches on: "slow" delays every answer, "down" stops
// listening so connections are refused. /__test/* lets another process (the
// e2e server's browser tests) seed bugs and switch modes.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { control } from "./control";
import { DOCUMENTATION, readJson, send } from "./http";
import { BugStore, BugzillaError, type StoredBug } from "./store";

export { DOCUMENTATION };

export type Mode = "up" | "slow" | "down";

export interface BugzillaTestServer {
  url: string;
  /** Where /__test/* stays reachable while the API is "down" (with the controlPort option). */
  controlUrl: string;
  store: BugStore;
  /** API key → the Bugzilla login it belongs to. */
  apiKeys: Map<string, string>;
  setMode(mode: Mode, delayMs?: number): Promise<void>;
  /** Every request seen, without bodies: path, method and whether it carried a key. */
  requests: Array<{ method: string; path: string; keyed: boolean }>;
  close(): Promise<void>;
}

export async function startBugzillaServer(
  options: { apiKeys?: Record<string, string>; port?: number; controlPort?: number } = {},
): Promise<BugzillaTestServer> {
  const store = new BugStore();
  const apiKeys = new Map(Object.entries(options.apiKeys ?? {}));
  const state = { mode: "up" as Mode, delayMs: 0 };
  const requests: BugzillaTestServer["requests"] = [];
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (requests.length >= 10_000) requests.shift();
    requests.push({ method: req.method ?? "", path, keyed: Boolean(req.headers["x-bugzilla-api-key"]) });
    const delay = state.mode === "slow" && !path.startsWith("/__test") ? state.delayMs : 0;
    setTimeout(() => {
      handle(req, res, { store, apiKeys, setMode: (m, d) => self.setMode(m, d) }).catch((err: Error) =>
        send(res, 500, { error: true, code: 32000, message: err.message, documentation: DOCUMENTATION }),
      );
    }, delay);
  };
  const server = createServer(onRequest);
  await listen(server, options.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  const controlServer = options.controlPort === undefined ? null : createServer(onRequest);
  if (controlServer) await listen(controlServer, options.controlPort ?? 0);
  const controlPort = controlServer ? (controlServer.address() as AddressInfo).port : port;
  const self: BugzillaTestServer = {
    url: `http://127.0.0.1:${port}`,
    controlUrl: `http://127.0.0.1:${controlPort}`,
    store,
    apiKeys,
    requests,
    async setMode(mode, delayMs = 5000) {
      const wasDown = state.mode === "down";
      state.mode = mode;
      state.delayMs = delayMs;
      if (mode === "down" && !wasDown) await stopListening(server);
      if (mode !== "down" && wasDown) await listen(server, port);
    },
    async close() {
      if (state.mode !== "down") await stopListening(server);
      if (controlServer) await stopListening(controlServer);
    },
  };
  return self;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function stopListening(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export interface Context {
  store: BugStore;
  apiKeys: Map<string, string>;
  setMode(mode: Mode, delayMs?: number): Promise<void>;
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const url = new URL(req.url ?? "/", "http://x");
  const method = req.method ?? "GET";
  try {
    if (url.pathname.startsWith("/__test/")) return await control(req, res, url, ctx);
    const login = authenticate(req, url, ctx.apiKeys);
    const route = url.pathname.replace(/\/+$/, "");
    const [, bugId, sub] = /^\/rest\/bug\/(\d+)(\/attachment|\/comment)?$/.exec(route) ?? [];
    if (method === "GET" && route === "/rest/version") return send(res, 200, { version: "5.0.6" });
    if (method === "GET" && route === "/rest/bug")
      return sendBugs(res, ctx.store.search(url.searchParams), url);
    if (method === "GET" && bugId && !sub) return sendBugs(res, [ctx.store.get(Number(bugId))], url);
    if (method === "POST" && (route === "/rest/bug" || sub)) {
      const body = await readJson(req);
      const user = requireLogin(login);
      if (!bugId) return send(res, 200, { id: ctx.store.create(body, user).id });
      if (sub === "/attachment") return send(res, 201, { ids: [ctx.store.attach(Number(bugId), body)] });
      return send(res, 201, { id: ctx.store.comment(Number(bugId), body, user) });
    }
    throw new BugzillaError(404, 32614, `A REST API resource was not found for '${method} ${route}'.`);
  } catch (err) {
    if (!(err instanceof BugzillaError)) throw err;
    send(res, err.httpStatus, {
      error: true,
      code: err.code,
      message: err.message,
      documentation: DOCUMENTATION,
    });
  }
}

/** undefined: anonymous; a login: a known key; a bad key is an error even on reads, as in Bugzilla. */
function authenticate(req: IncomingMessage, url: URL, apiKeys: Map<string, string>): string | undefined {
  const header = req.headers["x-bugzilla-api-key"];
  const key = (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get("api_key") ?? undefined;
  if (key === undefined) return undefined;
  const login = apiKeys.get(key);
  if (!login)
    throw new BugzillaError(
      401,
      306,
      "The API key you specified is invalid. Please check that you typed it correctly.",
    );
  return login;
}

function requireLogin(login: string | undefined): string {
  if (!login) throw new BugzillaError(401, 410, "You must log in before using this part of Bugzilla.");
  return login;
}

const BUG_FIELDS: ReadonlyArray<keyof StoredBug | "is_open"> = [
  "id",
  "summary",
  "status",
  "resolution",
  "product",
  "component",
  "version",
  "assigned_to",
  "cc",
  "blocks",
  "keywords",
  "op_sys",
  "platform",
  "url",
  "creation_time",
  "last_change_time",
  "creator",
  "is_open",
];

function sendBugs(res: ServerResponse, bugs: StoredBug[], url: URL): void {
  const include = url.searchParams
    .getAll("include_fields")
    .flatMap((v) => v.split(","))
    .filter(Boolean);
  const fields = include.length > 0 ? BUG_FIELDS.filter((f) => include.includes(f)) : BUG_FIELDS;
  const shaped = bugs.map((bug) => {
    const full: Record<string, unknown> = { ...bug, is_open: bug.resolution === "" };
    return Object.fromEntries(fields.map((f) => [f, full[f]]));
  });
  send(res, 200, { bugs: shaped, faults: [] });
}
