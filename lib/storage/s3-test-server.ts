// Test helper: a real S3-protocol server (s3rver) on a free localhost port in
// this process, with a temp directory, a request log and a switch that makes
// chunk PUTs fail from the Nth on (an answer of 500, a reset connection, or no
// answer at all), as a bucket failing mid-upload would.
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export const TEST_BUCKET = "kindling-test";

export type PutFailure = "500" | "reset" | "hang";

interface KoaContext {
  method: string;
  path: string;
  querystring: string;
  headers: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
  type: string;
  req: { socket: { destroy(): void } };
  respond?: boolean;
}
type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;
interface S3rverInstance {
  middleware: Middleware[];
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

export interface TestS3 {
  endpoint: string;
  /** Every request as "METHOD /bucket/key", in order. */
  requests: string[];
  /** The headers of every DeleteObjects request (POST ?delete), in order. */
  deleteHeaders: Record<string, string | string[] | undefined>[];
  /** Object PUTs from the `nth` (1-based, counted from now) on fail as `how`, until heal(). */
  failPutsFrom(nth: number, how?: PutFailure): void;
  /** Object GETs from the `nth` (1-based, counted from now) on get no answer, until heal(). */
  hangGetsFrom(nth: number): void;
  heal(): void;
  stop(): Promise<void>;
}

/** A port free right now on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** The environment that points Kindling's s3 store at the test server on `port`. */
export function testS3Env(port: number): Record<string, string> {
  return {
    KINDLING_S3_BUCKET: TEST_BUCKET,
    KINDLING_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    KINDLING_S3_REGION: "us-east-1",
    KINDLING_S3_FORCE_PATH_STYLE: "true",
    // Generous: a loaded CI machine must not turn a slow answer into a failure; the timeout test sets its own.
    KINDLING_S3_TIMEOUT_MS: "15000",
    AWS_ACCESS_KEY_ID: "S3RVER",
    AWS_SECRET_ACCESS_KEY: "S3RVER",
  };
}

export async function startTestS3(port: number): Promise<TestS3> {
  const S3rver = createRequire(import.meta.url)("s3rver") as S3rverClass;
  const directory = await mkdtemp(path.join(tmpdir(), "kindling-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET }],
  });
  const requests: string[] = [];
  const deleteHeaders: TestS3["deleteHeaders"] = [];
  let failure: { from: number; how: PutFailure } | undefined;
  let puts = 0;
  let hangGets: number | undefined;
  let gets = 0;
  const hanging = new Set<() => void>();
  // First in the chain: sees every request before s3rver's router.
  server.middleware.unshift(async (ctx, next) => {
    requests.push(`${ctx.method} ${ctx.path}`);
    if (ctx.method === "POST" && /(^|&)delete(=|&|$)/.test(ctx.querystring))
      deleteHeaders.push({ ...ctx.headers });
    const isObjectPut = ctx.method === "PUT" && ctx.path.split("/").filter(Boolean).length > 1;
    if (isObjectPut && failure && ++puts >= failure.from) return fail(ctx, failure.how, hanging);
    const isObjectGet = ctx.method === "GET" && ctx.path.split("/").filter(Boolean).length > 1;
    if (isObjectGet && hangGets !== undefined && ++gets >= hangGets) return fail(ctx, "hang", hanging);
    await next();
  });
  await server.run();
  const heal = () => {
    failure = undefined;
    hangGets = undefined;
    for (const release of hanging) release();
  };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    deleteHeaders,
    failPutsFrom(nth, how = "500") {
      failure = { from: nth, how };
      puts = 0;
    },
    hangGetsFrom(nth) {
      hangGets = nth;
      gets = 0;
    },
    heal,
    async stop() {
      heal();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

async function fail(ctx: KoaContext, how: PutFailure, hanging: Set<() => void>): Promise<void> {
  if (how === "reset") {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (how === "hang") {
    // Held until the client gives up (its timeout) or the test heals the server.
    await new Promise<void>((resolve) => hanging.add(resolve));
  }
  ctx.status = 500;
  ctx.type = "application/xml";
  ctx.body = `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>InternalError</Code><Message>injected failure</Message></Error>`;
}
