import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, test } from "vitest";
import type { ResultPayload } from "./payloads";
import { uploadResult } from "./upload";

// CI's fleet run once lost a result this way: instance b was SIGKILLed after it had
// sent `201` and before the body of its answer, and the client took the 2xx status
// of a cut-off answer for "the request is wrong" and gave up on it.

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server whose first `dying` answers are cut off after the status line, then answers whole. */
async function serverDyingMidAnswer(
  dying: number,
  status: number,
): Promise<{ url: string; seen: () => number }> {
  let requests = 0;
  server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      requests++;
      if (requests <= dying) {
        res.writeHead(status, { "content-type": "application/json", "content-length": "100" });
        res.write('{"creat');
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ created: false }));
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen: () => requests };
}

function payload(): ResultPayload {
  const files = [{ name: "build.log", chunks: () => [Buffer.from("make: *** [all] Error 1\n")] }];
  return {
    idempotencyKey: "upload-test-1",
    meta: {
      idempotencyKey: "upload-test-1",
      atom: "dev-libs/foo-1",
      status: "failed",
      finishedAt: new Date(0).toISOString(),
      files: [{ name: "build.log" }],
    },
    files,
  } as ResultPayload;
}

test("a 201 whose answer is cut off is retried with the same key, and the retry's answer counts", async () => {
  const { url, seen } = await serverDyingMidAnswer(1, 201);
  const agent = new http.Agent({ keepAlive: false });
  const outcome = await uploadResult({ url, token: "t", agent }, payload(), { timeoutMs: 5000, attempts: 3 });
  expect(outcome.attempts).toHaveLength(2);
  expect(outcome.attempts[0]).toMatchObject({ ok: false, status: 201 });
  expect(outcome.final).toMatchObject({ ok: true, status: 200, created: false });
  expect(seen()).toBe(2);
});

test("a 4xx is not sent again: the request itself is wrong", async () => {
  const { url, seen } = await serverDyingMidAnswer(5, 422);
  const agent = new http.Agent({ keepAlive: false });
  const outcome = await uploadResult({ url, token: "t", agent }, payload(), { timeoutMs: 5000, attempts: 3 });
  expect(outcome.attempts).toHaveLength(1);
  expect(outcome.final).toMatchObject({ ok: false, status: 422 });
  expect(seen()).toBe(1);
});
