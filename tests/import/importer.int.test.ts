// The importer finds results in Portage log directories (flat and split-log,
// with elog files), toralf issue directories and upload bundles; a re-run
// imports nothing twice, and bad input is reported, not silently skipped.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { discoverUnits } from "@/lib/import/discover";
import { importUnits } from "@/lib/import/run-import";

const CORPUS = path.resolve(__dirname, "..", "..", "fixtures", "corpus", "generated");
const ROOT = path.resolve(__dirname, "..", "..");

function scratch(): string {
  return mkdtempSync(path.join(os.tmpdir(), "kindling-import-"));
}

/** A log of a corpus case with a line that makes its content unique to this test run. */
function logOf(caseName: string, marker: string): Buffer {
  const text = execFileSync("cat", [path.join(CORPUS, caseName, "build.log")]);
  return Buffer.concat([text, Buffer.from(`# ${marker}\n`)]);
}

async function run(paths: string[], tinderbox: string) {
  const discovery = await discoverUnits(paths);
  const tally = await importUnits(discovery.units, { tinderbox }, () => {});
  return { discovery, tally };
}

describe("a Portage log directory", () => {
  test("flat and split-log logs are imported, xz too, elog attached, and a re-run is all 'already present'", async () => {
    const dir = scratch();
    const marker = `${Date.now()}-${Math.random()}`;
    writeFileSync(
      path.join(dir, "dev-libs:popt-1.19:20261128-044417.log"),
      logOf("compile-c-implicit-decl-popt", marker),
    );
    writeFileSync(
      path.join(dir, "app-misc:hello-2.10-r2:20261127-101010.log.xz"),
      execFileSync("xz", ["-c"], { input: logOf("link-undefined-reference-pow-hello", marker) }),
    );
    mkdirSync(path.join(dir, "build", "dev-libs"), { recursive: true });
    writeFileSync(
      path.join(dir, "build", "dev-libs", "libyaml-0.2.5:20261126-080000.log"),
      logOf("success-libyaml-full-build", marker),
    );
    mkdirSync(path.join(dir, "elog"));
    writeFileSync(
      path.join(dir, "elog", "dev-libs:popt-1.19:20261128-050000.log"),
      "QA: something to note\n",
    );
    writeFileSync(path.join(dir, "notes.txt"), "not a log\n");
    const tinderbox = `import-${marker}`;

    const first = await run([dir], tinderbox);
    expect(first.tally).toMatchObject({ imported: 3, present: 0, rejected: [] });
    const builds = await db.build.findMany({
      where: { tinderbox: { name: tinderbox } },
      include: { files: true },
      orderBy: { atom: "asc" },
    });
    expect(builds.map((b) => [b.atom, b.status])).toEqual([
      ["app-misc/hello-2.10-r2", "failed"],
      ["dev-libs/libyaml-0.2.5", "succeeded"],
      ["dev-libs/popt-1.19", "failed"],
    ]);
    const popt = builds.find((b) => b.atom === "dev-libs/popt-1.19");
    expect(popt?.files.map((f) => f.role).sort()).toEqual(["build-log", "elog"]);
    expect(popt?.startedAt?.toISOString()).toBe("2026-11-28T04:44:17.000Z");

    const again = await run([dir], tinderbox);
    expect(again.tally).toMatchObject({ imported: 0, present: 3, rejected: [] });
  });
});

describe("a toralf issue directory", () => {
  test("is one result with its attachments, titled by its title file, in the image named by comment0", async () => {
    const dir = path.join(scratch(), "issues", "20261128-112355-dev-libs_libyaml-0.2.5-r1");
    cpSync(path.join(CORPUS, "test-automake-check-libyaml", "issue-dir"), dir, { recursive: true });
    writeFileSync(path.join(dir, "files", "marker.txt"), `${Date.now()}-${Math.random()}\n`);
    const discovery = await discoverUnits([path.dirname(dir)]);
    const tally = await importUnits(discovery.units, {}, () => {});
    expect(tally).toMatchObject({ imported: 1, rejected: [] });
    const build = await db.build.findFirstOrThrow({
      where: { atom: "dev-libs/libyaml-0.2.5-r1", files: { some: { name: "marker.txt" } } },
      include: { files: true, tinderbox: true },
    });
    expect(build.tinderbox.name).toBe("23.0_desktop_systemd_test-20261120-071502");
    expect(build).toMatchObject({ status: "failed", phase: "test", kind: "test" });
    const roles = Object.fromEntries(build.files.map((f) => [f.name, f.role]));
    expect(roles).toMatchObject({
      "dev-libs:libyaml-0.2.5-r1:20261128-112355.log": "build-log",
      "emerge-info.txt": "emerge-info",
      comment0: "comment0",
      "logs.tar.xz": "archive",
      "test-suite.log": "test-log",
    });
  });
});

describe("upload bundles and bad input", () => {
  test("a bundle directory and a bundle tar are imported; links and junk are rejected with reasons", async () => {
    const dir = scratch();
    const marker = `${Date.now()}-${Math.random()}`;
    const bundle = path.join(dir, "result-1");
    mkdirSync(bundle);
    writeFileSync(
      path.join(bundle, "kindling.json"),
      JSON.stringify({ atom: "dev-libs/popt-1.19", idempotencyKey: `dir-${marker}` }),
    );
    writeFileSync(path.join(bundle, "build.log"), logOf("compile-c-implicit-decl-popt", marker));
    const tarDir = scratch();
    writeFileSync(path.join(tarDir, "kindling.json"), JSON.stringify({ idempotencyKey: `tar-${marker}` }));
    writeFileSync(path.join(tarDir, "build.log"), logOf("oom-killed-cc1plus-tinyxml2", marker));
    execFileSync("tar", [
      "-cJf",
      path.join(dir, "kindling-result.tar.xz"),
      "-C",
      tarDir,
      "kindling.json",
      "build.log",
    ]);
    const badBundle = path.join(dir, "result-2");
    mkdirSync(badBundle);
    writeFileSync(path.join(badBundle, "kindling.json"), JSON.stringify({ colour: "red" }));
    writeFileSync(path.join(badBundle, "build.log"), logOf("compile-c-implicit-decl-popt", `${marker}-bad`));
    symlinkSync("/etc/passwd", path.join(dir, "link.log"));

    const { discovery, tally } = await run(
      [dir, path.join(dir, "link.log"), path.join(dir, "missing")],
      `bundles-${marker}`,
    );
    expect(tally.imported).toBe(2);
    const reasons = [...discovery.rejected, ...tally.rejected].map((r) => r.reason).join("\n");
    expect(reasons).toMatch(/symbolic link/);
    expect(reasons).toMatch(/no such file/);
    expect(reasons).toMatch(/bad_meta/);
  });

  test("the command line exits non-zero with a summary when anything was rejected", () => {
    const dir = scratch();
    writeFileSync(path.join(dir, "random.txt"), "hello\n");
    utimesSync(path.join(dir, "random.txt"), new Date(), new Date());
    const result = spawnSync(
      "npx",
      ["tsx", "scripts/import.ts", path.join(dir, "random.txt"), "--tinderbox", "cli-test"],
      {
        cwd: ROOT,
        env: process.env,
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("rejected: 1");
    expect(result.stdout).toContain("not a Portage build log");
  });
});
