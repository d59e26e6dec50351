import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parseEmergeInfo } from "../gentoo/emerge-info";
import { type BugReportInput, buildBugReport, MAINTAINER_NEEDED } from "./bug-report";
import { bugSummary } from "./summary";
import { SEED_TRACKERS } from "./tracker-seed";

const POPT = "fixtures/corpus/generated/compile-c-implicit-decl-popt/issue-dir";
const TITLE = readFileSync(`${POPT}/title`, "utf8").trim();
const trackers = SEED_TRACKERS.map((tracker) => ({ ...tracker, active: true }));

function poptInput(overrides: Partial<BugReportInput["build"]> = {}): BugReportInput {
  return {
    build: {
      id: 42,
      atom: "dev-libs/popt-1.19",
      repository: "gentoo",
      title: TITLE,
      kind: "compile",
      phase: "compile",
      profile: "default/linux/amd64/23.0/desktop/systemd",
      useFlags: ["nls", "-static-libs"],
      primaryLine: 170,
      primaryText: "poptconfig.c:210:28: error: ‘FNM_PATHNAME’ undeclared (first use in this function)",
      ...overrides,
    },
    tinderbox: {
      name: "23.0_desktop_systemd-20261120-071502",
      description: "An unstable amd64 chroot image",
    },
    maintainers: [{ email: "base-system@gentoo.org" }, { email: "dev@gentoo.org" }],
    errorLines: [],
    excerpt: readFileSync(`${POPT}/issue`, "utf8").trimEnd().split("\n"),
    emergeInfo: parseEmergeInfo(readFileSync(`${POPT}/emerge-info.txt`, "utf8")),
    trackers,
    files: [
      { id: 7, name: "dev-libs:popt-1.19:20261128-044417.log", size: 9000 },
      { id: 8, name: "emerge-info.txt", size: 3000 },
    ],
    baseUrl: "https://kindling.example",
  };
}

test("the popt failure becomes bgo.sh's fields", () => {
  const report = buildBugReport(poptInput());
  expect(report).toMatchObject({
    summary: TITLE,
    product: "Gentoo Linux",
    component: "Current packages",
    version: "unspecified",
    assignee: "base-system@gentoo.org",
    cc: ["dev@gentoo.org"],
    keywords: [],
    blocks: [870412],
    url: "https://kindling.example/builds/42",
  });
});

test("the description holds the excerpt, the image, the toolchain and permanent links", () => {
  const { description } = buildBugReport(poptInput());
  expect(description).toContain("dev-libs/popt-1.19::gentoo failed in the compile phase");
  expect(description).toContain("Error (line 170 of the build log):");
  expect(description).toContain("  poptconfig.c:210:43: error: ‘FNM_PERIOD’ undeclared");
  expect(description).toContain("Tinderbox image: 23.0_desktop_systemd-20261120-071502");
  expect(description).toContain("Profile: default/linux/amd64/23.0/desktop/systemd");
  expect(description).toContain("  sys-devel/gcc: 14.3.0::gentoo");
  expect(description).toContain("  dev-lang/python: 3.13.3_p2::gentoo");
  // The core toolchain only: build tools such as cmake are the environment diff's business.
  expect(description).not.toContain("dev-build/cmake");
  expect(description).toContain('  CFLAGS="-O2 -pipe -march=x86-64 -mtune=generic"');
  expect(description).toContain("  HEAD of ::gentoo: 5587bce283d9283d6187d7331f7b128c49627ec0");
  expect(description).toContain("  https://kindling.example/builds/42");
  expect(description).toContain("https://kindling.example/api/v1/builds/42/attachments.tar");
  // emerge-info.txt is listed first, as bgo.sh attaches it first.
  expect(description.indexOf("emerge-info.txt: https://kindling.example/files/8")).toBeLessThan(
    description.indexOf("dev-libs:popt-1.19:20261128-044417.log: https://kindling.example/files/7"),
  );
});

test("without maintainers the bug goes to maintainer-needed", () => {
  const report = buildBugReport({ ...poptInput(), maintainers: [] });
  expect(report.assignee).toBe(MAINTAINER_NEEDED);
  expect(report.cc).toEqual([]);
});

test("an internal compiler error CCs the toolchain team and blocks the gcc tracker", () => {
  const title = "sys-libs/foo-1 - foo.c: internal compiler error: Segmentation fault";
  const report = buildBugReport(poptInput({ title, kind: "ice", primaryText: null }));
  expect(report.cc).toEqual(["dev@gentoo.org", "toolchain@gentoo.org"]);
  expect(report.blocks).toEqual([973278]);
});

test("a test failure gets TESTFAILURE", () => {
  const title = "dev-libs/libyaml-0.2.5-r1 fails test - FAIL: test-version";
  const report = buildBugReport(poptInput({ title, kind: "test", phase: "test" }));
  expect(report.keywords).toEqual(["TESTFAILURE"]);
  expect(report.blocks).toEqual([]);
});

test("collision partners are CC'd, without repeating anyone", () => {
  const input = {
    ...poptInput(),
    collisionMaintainers: [{ email: "Dev@gentoo.org" }, { email: "x@gentoo.org" }],
  };
  expect(buildBugReport(input).cc).toEqual(["dev@gentoo.org", "x@gentoo.org"]);
});

test("an inactive tracker is not blocked", () => {
  const input = { ...poptInput(), trackers: trackers.map((tracker) => ({ ...tracker, active: false })) };
  expect(buildBugReport(input).blocks).toEqual([]);
});

test("the summary is prefixed for overlays and cut to 170 characters", () => {
  expect(bugSummary("dev-foo/bar-1 - oops", "guru")).toBe("[guru] dev-foo/bar-1 - oops");
  expect(bugSummary("dev-foo/bar-1 -\n oops", "gentoo")).toBe("dev-foo/bar-1 - oops");
  const long = bugSummary(`dev-foo/bar-1 - ${"x".repeat(300)}`, "guru");
  expect([...long]).toHaveLength(170);
  expect(long.endsWith("...")).toBe(true);
});
