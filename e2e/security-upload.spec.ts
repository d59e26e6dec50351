// Upload abuse against the running server: 10,000 tiny files (as parts and as a
// bundle), a body that trickles in, and the server's memory and health after.
// Malformed multipart, traversal, links, devices, bombs and size caps are the
// upload integration tests' (tests/upload/*.int.test.ts).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { type APIRequestContext, expect, test } from "@playwright/test";
import tar from "tar-stream";
import { e2eDataFile } from "./auth-helpers";

const port = Number(process.env.E2E_PORT ?? 3100);
const LOG = Buffer.from("make: *** [Makefile:12: all] Error 1\n");

/** Resident memory of the process listening on the e2e port, in MiB (Linux). */
function serverRssMiB(): number {
  const pid = /pid=(\d+)/.exec(execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" }))?.[1];
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function tinyFilesTar(count: number): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on("data", (chunk: unknown) => chunks.push(chunk as Buffer));
  const done = new Promise<void>((resolve) => pack.on("end", () => resolve()));
  pack.entry({ name: "kindling.json" }, JSON.stringify({ idempotencyKey: `bundle-${Date.now()}` }));
  pack.entry({ name: "build.log" }, LOG);
  for (let i = 0; i < count; i++) pack.entry({ name: `f/${i}.txt` }, "x");
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** Nothing was stored under a key when a clean upload with that key is still "created". */
async function expectKeyUnused(request: APIRequestContext, token: string, key: string) {
  const clean = await request.post("/api/v1/results", {
    headers: { authorization: `Bearer ${token}` },
    multipart: {
      meta: JSON.stringify({ idempotencyKey: key, atom: "app-misc/abuse-1.0" }),
      file: { name: "build.log", mimeType: "text/plain", buffer: LOG },
    },
  });
  expect(clean.status()).toBe(201);
}

test("10,000 tiny files, as parts or as a bundle, get 413 and store nothing; memory stays bounded", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const token = e2eDataFile("e2e-token");
  const before = serverRssMiB();
  const key = `tiny-${Date.now()}`;
  const boundary = "kindlingtiny";
  const parts = [
    `--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\n\r\n${JSON.stringify({ idempotencyKey: key })}\r\n`,
  ];
  for (let i = 0; i < 10_000; i++)
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="f${i}.txt"\r\n\r\nx\r\n`,
    );
  parts.push(`--${boundary}--\r\n`);
  const asParts = await request.post("/api/v1/results", {
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
    data: Buffer.from(parts.join("")),
  });
  expect(asParts.status()).toBe(413);
  const bundle = await request.post("/api/v1/results", {
    headers: { authorization: `Bearer ${token}`, "content-type": "application/x-tar" },
    data: await tinyFilesTar(10_000),
  });
  expect(bundle.status()).toBe(413);
  await expectKeyUnused(request, token, key);
  expect(serverRssMiB() - before).toBeLessThan(200);
  expect((await request.get("/api/v1/health")).ok()).toBe(true);
});

test("a body that trickles in does not hold up other requests, and stores nothing when dropped", async ({
  request,
}) => {
  test.setTimeout(60_000);
  const token = e2eDataFile("e2e-token");
  const key = `slow-${Date.now()}`;
  const boundary = "kindlingslow";
  const slow = httpRequest({
    host: "127.0.0.1",
    port,
    method: "POST",
    path: "/api/v1/results",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
  });
  slow.on("error", () => undefined);
  slow.write(
    `--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\n\r\n${JSON.stringify({ idempotencyKey: key })}\r\n`,
  );
  slow.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="build.log"\r\n\r\n`);
  for (let second = 0; second < 5; second++) {
    slow.write("make: *** ");
    const started = Date.now();
    expect((await request.get("/api/v1/health")).ok()).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  slow.destroy();
  await new Promise((resolve) => setTimeout(resolve, 500));
  await expectKeyUnused(request, token, key);
});
