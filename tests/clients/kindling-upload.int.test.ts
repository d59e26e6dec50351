// clients/kindling-upload under dash and bash against the real upload route: one result
// per failure, each once, bounded retries on 5xx, 4xx messages shown, dry runs send nothing.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import {
  issueDirCopy,
  newTinderbox,
  POPT,
  run,
  serveUploadsForFile,
  startServer,
  tempDir,
  UPLOADER,
  unique,
} from "./client-harness";

const app = serveUploadsForFile();

function env(url: string, token: string, state: string): Record<string, string> {
  return { KINDLING_URL: url, KINDLING_TOKEN: token, KINDLING_RETRY_DELAY: "1", HOME: state };
}

describe.each(["dash", "bash"])("under %s", (shell) => {
  test("an issue directory is sent once with all its files, however often it is given", async () => {
    const { id, token } = await newTinderbox();
    const work = tempDir("upload");
    const dir = issueDirCopy(work, unique("marker"));
    const state = path.join(work, "sent");
    const args = [UPLOADER, "--min-age", "0", "--state", state, dir];
    const first = await run(shell, args, env(app.url, token, work));
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^sent .*\/builds\/\d+$/m);
    const again = await run(shell, [...args, dir], env(app.url, token, work));
    expect(again.code).toBe(0);
    expect(again.stdout).toBe("");
    // Without the state file the server's idempotency answers: stored, not new.
    const fresh = await run(
      shell,
      [UPLOADER, "--min-age", "0", "--state", `${state}2`, dir],
      env(app.url, token, work),
    );
    expect(fresh.stdout).toMatch(/^already stored /m);
    const builds = await db.build.findMany({ where: { tinderboxId: id }, include: { files: true } });
    expect(builds).toHaveLength(1);
    expect(builds[0].atom).toBe("dev-libs/popt-1.19");
    expect(builds[0].files.map((f) => f.name).sort()).toEqual([
      "comment0",
      "dev-libs:popt-1.19:20261128-044417.log",
      "emerge-history.txt",
      "emerge-info.txt",
      "issue",
      "qlist-info.txt",
      "title",
    ]);
    expect(builds[0].idempotencyKey).toMatch(/^[0-9a-f]{64}$/);
  });

  test("a refused result exits non-zero with the server's message", async () => {
    const { token } = await newTinderbox();
    const work = tempDir("upload");
    const log = path.join(work, "notes.txt");
    writeFileSync(log, "nothing that names a package\n");
    const result = await run(
      shell,
      [UPLOADER, "--state", path.join(work, "sent"), log],
      env(app.url, token, work),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/refused with HTTP 400 \S+: .+/);
    const wrong = await run(
      shell,
      [UPLOADER, "--state", path.join(work, "sent"), log],
      env(app.url, "nope", work),
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/HTTP 401 unauthorized/);
    expect(wrong.stderr + wrong.stdout).not.toContain(token);
  });

  test("a Portage log directory: each log once, new logs on the next run, token from --config", async () => {
    const { id, token } = await newTinderbox();
    const work = tempDir("upload");
    const logs = path.join(work, "portage");
    mkdirSync(path.join(logs, "elog"), { recursive: true });
    const log = readFileSync(path.join(POPT, "build.log"));
    const write = (name: string) =>
      writeFileSync(path.join(logs, name), Buffer.concat([log, Buffer.from(`# ${unique("m")}\n`)]));
    write("dev-libs:popt-1.19:20261128-044417.log");
    write("elog/dev-libs:popt-1.19:20261128-044417.log");
    const config = path.join(work, "kindling.conf");
    writeFileSync(config, `# comment\nKINDLING_URL="${app.url}"\nKINDLING_TOKEN='${token}'\n`);
    const args = [UPLOADER, "--config", config, "--min-age", "0", "--state", path.join(work, "sent"), logs];
    const first = await run(shell, args, { HOME: work, KINDLING_TOKEN: "overridden" });
    expect(first.code).toBe(0);
    expect(first.stdout.match(/^sent /gm)).toHaveLength(1);
    write("dev-libs:popt-1.19:20261129-101010.log");
    const second = await run(shell, args, { HOME: work });
    expect(second.stdout.match(/^sent /gm)).toHaveLength(1);
    expect(second.stdout).toContain("20261129-101010");
    expect((await run(shell, args, { HOME: work })).stdout).toBe("");
    expect(await db.build.count({ where: { tinderboxId: id } })).toBe(2);
  });

  test("a dry run shows the result and sends nothing", async () => {
    const { id, token } = await newTinderbox();
    const work = tempDir("upload");
    const dir = issueDirCopy(work, unique("marker"));
    const result = await run(
      shell,
      [UPLOADER, "--dry-run", "--min-age", "0", dir],
      env(app.url, token, work),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"atom":"dev-libs/popt-1.19"');
    expect(result.stdout).toMatch(/file dev-libs:popt-1\.19:20261128-044417\.log \(\d+ bytes\)/);
    expect(result.stdout).not.toContain(token);
    expect(await db.build.count({ where: { tinderboxId: id } })).toBe(0);
  });
});

test("5xx answers are retried with backoff until the server takes the result", async () => {
  const flaky = await startServer(2);
  try {
    const { id, token } = await newTinderbox();
    const work = tempDir("upload");
    const dir = issueDirCopy(work, unique("marker"));
    const started = Date.now();
    const result = await run(
      "dash",
      [UPLOADER, "--min-age", "0", "--state", path.join(work, "sent"), dir],
      env(flaky.url, token, work),
    );
    expect(result.code).toBe(0);
    expect(flaky.requests.map((r) => r.status)).toEqual([503, 503, 201]);
    expect(result.stderr).toMatch(/HTTP 503; try 2 of 5 in 1s\n.*HTTP 503; try 3 of 5 in 2s/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
    expect(await db.build.count({ where: { tinderboxId: id } })).toBe(1);
  } finally {
    await flaky.close();
  }
});

test("a server that keeps failing is given up after --tries, and nothing is remembered", async () => {
  const down = await startServer(100);
  try {
    const { token } = await newTinderbox();
    const work = tempDir("upload");
    const dir = issueDirCopy(work, unique("marker"));
    const state = path.join(work, "sent");
    const result = await run(
      "dash",
      [UPLOADER, "--tries", "2", "--min-age", "0", "--state", state, dir],
      env(down.url, token, work),
    );
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/gave up after 2 tries: HTTP 503/);
    expect(down.requests).toHaveLength(2);
    // The next run against a working server still sends it.
    const later = await run(
      "dash",
      [UPLOADER, "--min-age", "0", "--state", state, dir],
      env(app.url, token, work),
    );
    expect(later.stdout).toMatch(/^sent /m);
  } finally {
    await down.close();
  }
});

test("a bundle and a single log with --attach are sent once each", async () => {
  const { id, token } = await newTinderbox();
  const work = tempDir("upload");
  const log = Buffer.concat([readFileSync(path.join(POPT, "build.log")), Buffer.from(`# ${unique("m")}\n`)]);
  writeFileSync(path.join(work, "kindling.json"), JSON.stringify({ atom: "dev-libs/popt-1.19" }));
  writeFileSync(path.join(work, "build.log"), log);
  writeFileSync(path.join(work, "config.log"), "checking for gcc... gcc\n");
  execFileSync("tar", ["-cJf", path.join(work, "result.tar.xz"), "-C", work, "kindling.json", "build.log"]);
  const state = ["--state", path.join(work, "sent")];
  const bundle = [UPLOADER, ...state, path.join(work, "result.tar.xz")];
  expect((await run("dash", bundle, env(app.url, token, work))).stdout).toMatch(/^sent /);
  expect((await run("dash", bundle, env(app.url, token, work))).stdout).toBe("");
  writeFileSync(path.join(work, "build.log"), Buffer.concat([log, Buffer.from("# another run\n")]));
  const single = [
    UPLOADER,
    ...state,
    "--atom",
    "dev-libs/popt-1.19",
    "--attach",
    path.join(work, "config.log"),
    path.join(work, "build.log"),
  ];
  expect((await run("dash", single, env(app.url, token, work))).stdout).toMatch(/^sent /);
  expect((await run("dash", single, env(app.url, token, work))).stdout).toBe("");
  const builds = await db.build.findMany({
    where: { tinderboxId: id },
    include: { files: true },
    orderBy: { id: "asc" },
  });
  expect(builds.map((b) => b.files.map((f) => f.name).sort())).toEqual([
    ["build.log"],
    ["build.log", "config.log"],
  ]);
});
