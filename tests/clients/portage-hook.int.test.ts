// clients/portage/bashrc in a simulated ebuild environment: bash with the Portage variables,
// register_die_hook/einfo/ewarn as Portage defines them, real files, and the real upload route.
import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { newTinderbox, POPT, ROOT, serveUploadsForFile, tempDir, unique } from "./client-harness";

const BASHRC = path.join(ROOT, "clients", "portage", "bashrc");

// The stubs follow Portage's bin/isolated-functions.sh: hooks are collected once each in
// EBUILD_DEATH_HOOKS, messages go to stderr; die runs the hooks and exits 1.
const EBUILD_SH = `
has() { local n=$1; shift; for x in "$@"; do [[ $x == "$n" ]] && return 0; done; return 1; }
register_die_hook() { local x; for x in "$@"; do has "$x" $EBUILD_DEATH_HOOKS || export EBUILD_DEATH_HOOKS="$EBUILD_DEATH_HOOKS $x"; done; }
einfo() { echo -e " * $*" >&2; }
ewarn() { echo -e " * $*" >&2; }
die() { local x; for x in $EBUILD_DEATH_HOOKS; do $x >&2; done; exit 1; }
source "$BASHRC"
source "$BASHRC"
src_compile() { echo "make: *** [Makefile:1] Error 1"; die "emake failed"; }
src_compile
`;

const app = serveUploadsForFile();

type EbuildEnv = Record<string, string> & { KINDLING_SPOOL: string };

function ebuildTree(marker: string): EbuildEnv {
  const root = tempDir("ebuild");
  const workdir = path.join(root, "portage", "dev-libs", "popt-1.19", "work");
  const t = path.join(root, "portage", "dev-libs", "popt-1.19", "temp");
  mkdirSync(path.join(workdir, "popt-1.19", "tests"), { recursive: true });
  mkdirSync(path.join(workdir, "popt-1.19_build", "CMakeFiles"), { recursive: true });
  mkdirSync(t, { recursive: true });
  const log = path.join(t, "build.log");
  writeFileSync(
    log,
    Buffer.concat([readFileSync(path.join(POPT, "build.log")), Buffer.from(`# ${marker}\n`)]),
  );
  writeFileSync(
    path.join(workdir, "popt-1.19", "config.log"),
    `${"checking for gcc... gcc\n".repeat(200_000)}`,
  );
  writeFileSync(path.join(workdir, "popt-1.19", "tests", "test-suite.log"), "FAIL: test1\n");
  writeFileSync(
    path.join(workdir, "popt-1.19_build", "CMakeFiles", "CMakeError.log"),
    "Performing C SOURCE FILE Test\n",
  );
  const vdb = path.join(root, "var", "db", "pkg", "dev-libs", "popt-1.18");
  mkdirSync(vdb, { recursive: true });
  // emerge on the PATH prints a fixed emerge --info; qlist is absent, so the vdb is listed.
  const bin = path.join(root, "bin");
  mkdirSync(bin);
  writeFileSync(
    path.join(bin, "emerge"),
    "#!/bin/sh\necho 'Portage 3.0.66 (python 3.12.8, default/linux/amd64/23.0)'\n",
  );
  chmodSync(path.join(bin, "emerge"), 0o755);
  return {
    CATEGORY: "dev-libs",
    PF: "popt-1.19",
    EBUILD_PHASE: "compile",
    WORKDIR: workdir,
    T: t,
    PORTAGE_LOG_FILE: log,
    EROOT: `${root}/`,
    PATH: `${bin}:${process.env.PATH}`,
    KINDLING_SPOOL: path.join(root, "spool"),
    KINDLING_MAX_FILE_KB: "1024",
    BASHRC,
  };
}

function dieInEbuild(env: EbuildEnv): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      "bash",
      ["--norc", "-c", EBUILD_SH],
      { env: { NODE_ENV: "test", ...env } },
      (error, stdout, stderr) => {
        resolve({
          code: error && typeof error.code === "number" ? error.code : 0,
          stdout,
          stderr,
          ms: Date.now() - started,
        });
      },
    );
  });
}

async function waitForBuilds(tinderboxId: number, count: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await db.build.count({ where: { tinderboxId } })) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function waitForEmptySpool(spool: string): Promise<void> {
  for (let i = 0; i < 100 && readdirSync(spool).length > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test("a dying build is sent in the background with its logs, capped, and only once", async () => {
  const tinderbox = await newTinderbox();
  const env = { ...ebuildTree(unique("marker")), KINDLING_URL: app.url, KINDLING_TOKEN: tinderbox.token };
  const first = await dieInEbuild(env);
  // The build's own outcome: die's exit status, its own output, one line from the hook.
  expect(first.code).toBe(1);
  expect(first.stdout).toBe("make: *** [Makefile:1] Error 1\n");
  expect(first.stderr).toMatch(/^ \* Kindling: sending this failure from \S+\n$/);
  expect(first.ms).toBeLessThan(5000);
  await waitForBuilds(tinderbox.id, 1);
  const build = await db.build.findFirstOrThrow({
    where: { tinderboxId: tinderbox.id },
    include: { files: true },
  });
  expect(build).toMatchObject({ atom: "dev-libs/popt-1.19", status: "failed" });
  const files = Object.fromEntries(build.files.map((f) => [f.name, f]));
  expect(Object.keys(files).sort()).toEqual([
    expect.stringMatching(/^dev-libs:popt-1\.19:\d{8}-\d{6}\.log$/),
    "emerge-info.txt",
    "installed-packages.txt",
    "work/popt-1.19/config.log",
    "work/popt-1.19/tests/test-suite.log",
    "work/popt-1.19_build/CMakeFiles/CMakeError.log",
  ]);
  expect(files["work/popt-1.19/config.log"].role).toBe("config-log");
  expect(Number(files["work/popt-1.19/config.log"].size)).toBe(1024 * 1024);
  await waitForEmptySpool(env.KINDLING_SPOOL);
  expect(readdirSync(env.KINDLING_SPOOL)).toEqual([]);

  const second = await dieInEbuild(env);
  expect(second.code).toBe(1);
  const spool = /from (\S+)/.exec(second.stderr)?.[1] ?? "";
  await waitForEmptySpool(env.KINDLING_SPOOL);
  expect(existsSync(spool)).toBe(false);
  expect(await db.build.count({ where: { tinderboxId: tinderbox.id } })).toBe(1);
});

test("an unreachable server changes nothing for the build and leaves the spool to resend", async () => {
  const env = { ...ebuildTree(unique("marker")), KINDLING_URL: "http://127.0.0.1:9", KINDLING_TOKEN: "x" };
  const result = await dieInEbuild(env);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe("make: *** [Makefile:1] Error 1\n");
  expect(result.ms).toBeLessThan(5000);
  const spool = /from (\S+)/.exec(result.stderr)?.[1] ?? "";
  expect(existsSync(path.join(spool, "resend"))).toBe(true);
});
