// Grep jobs over builds stored through the real ingest (real PostgreSQL, db
// blob store): exactly the expected lines across chunk boundaries and inside an
// archive member, cancel, expiry, takeover of a job whose instance died, and the
// anonymous byte limit through the API route.
import { randomUUID } from "node:crypto";
import tar from "tar-stream";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { POST } from "@/app/api/v1/grep/route";
import { db } from "@/lib/db";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";
import { deleteExpired } from "./job-store";
import { getGrepJob, listGrepHits } from "./job-view";
import { cancelGrepJob, startGrepJob } from "./jobs";
import { grepWorkers } from "./workers";

async function tarOf(members: Array<[string, string]>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, content] of members) pack.entry({ name }, content);
  pack.finalize();
  const pieces: Buffer[] = [];
  for await (const piece of pack as AsyncIterable<Buffer>) pieces.push(piece);
  return Buffer.concat(pieces);
}

/** A log of `lines` lines (about 3 MiB for 60k: several 1 MiB chunks) with `needle` on the given lines. */
function logWith(needle: string, lines: number, hitLines: number[]): string {
  const out: string[] = [];
  for (let n = 1; n <= lines; n++)
    out.push(
      hitLines.includes(n)
        ? `x86_64-gcc: ${needle} on line ${n}`
        : `make[2]: compiling object ${n} of the build\r`,
    );
  return `${out.join("\n")}\n`;
}

async function waitForStatus(id: string, statuses: string[], timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await getGrepJob(id);
    if (job && statuses.includes(job.status)) return job;
    if (Date.now() > until) throw new Error(`job ${id} is ${job?.status}, not ${statuses.join("|")}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const viewer = async () => {
  const user = await db.user.create({ data: { email: `grep-${randomUUID()}@example.org`, role: "viewer" } });
  return { id: user.id, email: user.email, name: "", role: user.role };
};

afterEach(() => {
  delete process.env.KINDLING_GREP_ANON_MAX_BYTES;
});
afterAll(async () => {
  await grepWorkers().stop();
});

describe("grep jobs", () => {
  test("a job finds exactly the expected lines in logs, attachments and archive members", async () => {
    const name = `greptest${randomUUID().slice(0, 8)}`;
    const needle = `NEEDLE-${randomUUID()}`;
    const failed = await seedUpload(
      {
        [`dev-libs:${name}-1.0:20261201-101010.log`]: logWith(needle, 60_000, [1, 20_000, 41_234, 60_000]),
        "config.log": `checking for foo... no\nconftest.c: ${needle}\n`,
        "attachments.tar": await tarOf([
          ["./build/meson-log.txt", `one\ntwo\nthree ${needle}\nfour\n`],
          ["./build/empty.txt", "nothing here\n"],
        ]),
      },
      { atom: `dev-libs/${name}-1.0`, status: "failed" },
    );
    const succeeded = await seedUpload(
      { [`dev-libs:${name}-1.1:20261202-101010.log`]: `ok\n${needle} but built fine\n` },
      { atom: `dev-libs/${name}-1.1`, status: "succeeded" },
    );
    const started = await startGrepJob(
      { pattern: needle, mode: "literal", filters: `package=dev-libs/${name}&status=all` },
      null,
    );
    if (!started.ok) throw new Error(started.message);
    const job = await waitForStatus(started.id, ["done", "failed"]);
    expect(job).toMatchObject({ status: "done", buildsTotal: 2, buildsDone: 2, hitCount: 7, note: null });
    expect(job.bytesDone).toBe(job.bytesTotal);
    const { rows, total } = await listGrepHits(started.id, { page: 1, pageSize: 100 });
    expect(total).toBe(7);
    const found = rows.map((hit) => [hit.buildId, hit.fileName, hit.memberPath, hit.line]);
    const log = `dev-libs:${name}-1.0:20261201-101010.log`;
    expect(found).toEqual([
      [succeeded, `dev-libs:${name}-1.1:20261202-101010.log`, null, 2],
      [failed, log, null, 1],
      [failed, log, null, 20_000],
      [failed, log, null, 41_234],
      [failed, log, null, 60_000],
      [failed, "config.log", null, 2],
      [failed, "attachments.tar", "./build/meson-log.txt", 3],
    ]);
    const middle = rows[3];
    expect(middle?.text).toBe(`x86_64-gcc: ${needle} on line 41234`);
    expect(middle?.before).toEqual([
      "make[2]: compiling object 41232 of the build",
      "make[2]: compiling object 41233 of the build",
    ]);
    expect(middle?.href).toBe(`/builds/${failed}#L41234`);
    expect(rows[6]?.href).toMatch(/^\/files\/\d+\?member=\.%2Fbuild%2Fmeson-log\.txt#L3$/);
  });

  test("a regex job runs RE2; a pattern RE2 refuses is a 400 with the engine's message", async () => {
    const name = `grepre${randomUUID().slice(0, 8)}`;
    await seedUpload(
      { "build.log": "a.c:1:2: warning: x [-Wfoo]\na.c:3:4: warning: y [-Wimplicit-int]\nplain\n" },
      { atom: `dev-libs/${name}-1`, status: "failed" },
    );
    const started = await startGrepJob(
      { pattern: "warning: .* \\[-Wimplicit-[a-z]+\\]$", mode: "regex", filters: `package=dev-libs/${name}` },
      null,
    );
    if (!started.ok) throw new Error(started.message);
    await waitForStatus(started.id, ["done"]);
    const { rows } = await listGrepHits(started.id, { page: 1, pageSize: 100 });
    expect(rows.map((hit) => hit.line)).toEqual([2]);
    const response = await POST(
      new Request("http://localhost/api/v1/grep", {
        method: "POST",
        body: JSON.stringify({ pattern: "(?<=a)b", mode: "regex", filters: "" }),
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "bad_pattern", message: expect.stringContaining("error parsing regexp") },
    });
  });

  test("an anonymous job over the byte limit is refused with 401 JSON; a signed-in user may run it", async () => {
    const name = `greplimit${randomUUID().slice(0, 8)}`;
    await seedUpload({ "build.log": "x".repeat(5000) }, { atom: `dev-libs/${name}-1`, status: "failed" });
    process.env.KINDLING_GREP_ANON_MAX_BYTES = "1000";
    const body = JSON.stringify({ pattern: "x", filters: `package=dev-libs/${name}` });
    const response = await POST(new Request("http://localhost/api/v1/grep", { method: "POST", body }));
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("sign_in_required");
    const started = await startGrepJob(JSON.parse(body), await viewer());
    expect(started.ok).toBe(true);
  });

  test("cancel stops a running job within a second; only its creator or a maintainer may cancel", async () => {
    const name = `grepcancel${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 6; i++)
      await seedUpload(
        { "build.log": "a hit on every line\n".repeat(60_000) },
        { atom: `dev-libs/${name}-${i}`, status: "failed" },
      );
    const owner = await viewer();
    const started = await startGrepJob({ pattern: "hit", filters: `package=dev-libs/${name}` }, owner);
    if (!started.ok) throw new Error(started.message);
    await waitForStatus(started.id, ["running"]);
    expect(await cancelGrepJob(started.id, await viewer())).toMatchObject({ ok: false, status: 403 });
    expect(await cancelGrepJob(started.id, null)).toMatchObject({ ok: false, status: 401 });
    // As another instance's DELETE would: only the row changes; the worker learns it at its next write.
    const cancelledAt = Date.now();
    await db.grepJob.update({ where: { id: started.id }, data: { status: "cancelled" } });
    await grepWorkers().idle();
    expect(await cancelGrepJob(started.id, owner)).toEqual({ ok: true, status: "cancelled" });
    expect(Date.now() - cancelledAt).toBeLessThan(1000);
    const hitsThen = await db.grepHit.count({ where: { jobId: started.id } });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await db.grepHit.count({ where: { jobId: started.id } })).toBe(hitsThen);
    expect((await getGrepJob(started.id))?.status).toBe("cancelled");
  });

  test("an expired job is gone from the API and deleted with its hits", async () => {
    const name = `grepexp${randomUUID().slice(0, 8)}`;
    await seedUpload({ "build.log": "old hit\n" }, { atom: `dev-libs/${name}-1`, status: "failed" });
    const started = await startGrepJob({ pattern: "hit", filters: `package=dev-libs/${name}` }, null);
    if (!started.ok) throw new Error(started.message);
    await waitForStatus(started.id, ["done"]);
    expect(await db.grepHit.count({ where: { jobId: started.id } })).toBe(1);
    await db.grepJob.update({ where: { id: started.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getGrepJob(started.id)).toBeNull();
    expect(await deleteExpired()).toBeGreaterThanOrEqual(1);
    expect(await db.grepJob.count({ where: { id: started.id } })).toBe(0);
    expect(await db.grepHit.count({ where: { jobId: started.id } })).toBe(0);
  });

  test("a running job whose instance stopped beating is taken over and resumes after its last finished build", async () => {
    const name = `greptake${randomUUID().slice(0, 8)}`;
    const older = await seedUpload(
      { "build.log": "a\nfind me\n" },
      { atom: `dev-libs/${name}-1`, status: "failed" },
    );
    const newer = await seedUpload(
      { "build.log": "find me\nb\n" },
      { atom: `dev-libs/${name}-2`, status: "failed" },
    );
    // The dead instance finished the newer build (1 hit) and was half-way through the older one (a partial hit).
    const job = await db.grepJob.create({
      data: {
        pattern: "find me",
        filters: `package=dev-libs/${name}`,
        status: "running",
        workerId: "dead-host:1:abc",
        heartbeatAt: new Date(Date.now() - 60_000),
        startedAt: new Date(Date.now() - 70_000),
        buildsDone: 1,
        hitCount: 2,
        expiresAt: new Date(Date.now() + 86_400_000),
        hits: {
          create: [
            { buildId: newer, line: 1, text: "find me" },
            { buildId: older, line: 2, text: "find me" },
          ],
        },
      },
    });
    await grepWorkers().kick();
    const done = await waitForStatus(job.id, ["done"]);
    expect(done).toMatchObject({ buildsDone: 2, hitCount: 2 });
    const hits = await db.grepHit.findMany({ where: { jobId: job.id }, orderBy: { id: "asc" } });
    expect(hits.map((hit) => [hit.buildId, hit.line])).toEqual([
      [newer, 1],
      [older, 2],
    ]);
    expect((await db.grepJob.findUniqueOrThrow({ where: { id: job.id } })).workerId).toBe(
      grepWorkers().workerId,
    );
  });
});
