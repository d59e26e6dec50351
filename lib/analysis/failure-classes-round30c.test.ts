import { describe, expect, test } from "vitest";
import { corpusText } from "./testing/corpus";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 30c (helper r30c): emerge-level output (no build step) a reviewer named in words, both ways. Real rows
// 740-742 hold the public logs found (an ambiguous short name, an overlay sync, layman's traceback); every other
// shape is written here from Portage's own formats (portage's depgraph.py, Scheduler.py, Binpkg.py, _info_files.py,
// sync/modules/git), no public log of it found that was not a held-out case's.
const analyze = analyzeLines;

describe("1. emerge refusing its argument is a dependency failure", () => {
  test("a 4-line excerpt: `!!! '…' is not a valid package atom.` is the primary, kind dependency", () => {
    const result = analyze([
      "$ emerge -pv =net-misc/curl:0",
      "!!! '=net-misc/curl:0' is not a valid package atom.",
      "!!! Please check ebuild(5) for full details.",
      "!!! (Did you specify a version but forget to prefix with '='?)",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 2, ruleId: "dependency-invalid-argument" });
    expect(result.kind).toBe("dependency");
  });

  test("the family: an ambiguous short name, a USE conditional, a set that does not exist", () => {
    for (const line of [
      '!!! The short ebuild name "vim" is ambiguous. Please specify',
      "!!! 'app-editors/vim[python?]' contains a conditional which is not allowed.",
      "emerge: There are no sets to satisfy 'kde-frameworks'.",
      "emerge: the given set 'world' contains a non-existent set named 'mysets'.",
    ]) {
      const result = analyze(["", line, ""]);
      expect(result.primary, line).toMatchObject({ line: 2, ruleId: "dependency-invalid-argument" });
      expect(result.kind, line).toBe("dependency");
    }
    const distrobox = analyzeLines(
      corpusText("real/dependency-short-ebuild-name-ambiguous-bc-distrobox/snippet.log").split("\n"),
    );
    expect(distrobox.primary?.line).toBe(28);
  });

  test("near miss: emerge's option parser and a profile's invalid-atom warning are not the resolver's refusal", () => {
    const option = analyze([
      "emerge: error: Invalid Atom(s) in --exclude parameter: 'net-misc/curl-8.0' (only package names and slot atoms (with wildcards) allowed)",
    ]);
    expect(option.primary?.ruleId).not.toBe("dependency-invalid-argument");
    expect(option.kind).toBe("unknown");
    const warning = analyze([
      "--- Invalid atom in /var/db/repos/foo/profiles/package.mask: Slot deps are not allowed in EAPI 0: 'dev-lang/go:stable'",
      ">>> Completed (1 of 1) app-misc/foo-1.0::gentoo",
    ]);
    expect(warning.status).toBe("succeeded");
  });
});

describe("2. a binary package's download failing is a fetch failure", () => {
  const background = [
    ">>> Running pre-merge checks for net-misc/foo-1.0",
    " * Fetching in the background:",
    " * /var/cache/binpkgs/net-misc/foo/.../foo-1.0-1.gpkg.tar.partial",
    " * To view fetch progress, run in another terminal:",
    " * tail -f /var/log/emerge-fetch.log",
  ];

  test("the background fetch then `>>> Failed to emerge …` without a log: that verdict, kind fetch", () => {
    const result = analyze([...background, ">>> Failed to emerge net-misc/foo-1.0"]);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 6, ruleId: "portage-failed-to-emerge" });
    expect(result.kind).toBe("fetch");
    // ROOT other than `/`: Scheduler.py adds ` for /mnt/gentoo/`.
    expect(analyze([...background, ">>> Failed to emerge net-misc/foo-1.0 for /mnt/gentoo/"]).kind).toBe(
      "fetch",
    );
  });

  test("BinpkgVerifier's own line is the reason when the log has it", () => {
    const result = analyze([
      ">>> Emerging binary (1 of 1) net-misc/foo-1.0::gentoo",
      "!!! Fetching Binary failed for 'net-misc/foo-1.0'",
      ">>> Failed to emerge net-misc/foo-1.0",
    ]);
    expect(result.primary).toMatchObject({ line: 2, ruleId: "fetch-binary-failed" });
    expect(result.kind).toBe("fetch");
  });

  test("near miss: the same verdict after a build step started is no fetch failure", () => {
    const result = analyze([
      ">>> Fetching (1 of 1) app-misc/foo-1.0::gentoo",
      ">>> Emerging (1 of 1) app-misc/foo-1.0::gentoo",
      ">>> Unpacking source...",
      ">>> Failed to emerge app-misc/foo-1.0",
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("unknown");
  });
});

describe("3. a name failing after mirrors answered 404 is the missing file's, not the network's", () => {
  const mirrors = [
    ">>> Downloading 'http://192.168.1.10/distfiles/foo-1.0.tar.gz'",
    "--2024-05-01 10:00:00--  http://192.168.1.10/distfiles/foo-1.0.tar.gz",
    "HTTP request sent, awaiting response... 404 Not Found",
    "2024-05-01 10:00:00 ERROR 404: Not Found.",
    ">>> Downloading 'https://distfiles.gentoo.org/distfiles/ab/foo-1.0.tar.gz'",
    "--2024-05-01 10:00:00--  https://distfiles.gentoo.org/distfiles/ab/foo-1.0.tar.gz",
    "HTTP request sent, awaiting response... 404 Not Found",
    "2024-05-01 10:00:01 ERROR 404: Not Found.",
  ];
  const upstream = [
    ">>> Downloading 'https://example.org/releases/foo-1.0.tar.gz'",
    "--2024-05-01 10:00:01--  https://example.org/releases/foo-1.0.tar.gz",
    "Resolving example.org (example.org)... failed: Temporary failure in name resolution.",
    "wget: unable to resolve host address 'example.org'",
    "!!! Couldn't download 'foo-1.0.tar.gz'. Aborting.",
  ];

  test("two mirrors' 404 then upstream's temporary failure: that line the primary, kind fetch, infra null", () => {
    const result = analyze([...mirrors, ...upstream]);
    expect(result.primary).toMatchObject({ line: 11, ruleId: "fetch-upstream-gone" });
    expect(result.kind).toBe("fetch");
    expect(result.infra).toBeNull();
  });

  test("a paste that condensed and indented wget's lines (the answer glued, no clock, wget's summary alone)", () => {
    const glued = analyze([
      "  --2024-05-01 10:00:00--  http://192.168.1.10/distfiles/foo-1.0.tar.gz HTTP request sent, awaiting response... 404 Not Found",
      "  --2024-05-01 10:00:01--  https://example.org/releases/foo-1.0.tar.gz",
      "  Resolving example.org (example.org)... failed: Temporary failure in name resolution.",
    ]);
    expect(glued.primary?.line).toBe(3);
    expect(glued.infra).toBeNull();
    const bare = analyze(["ERROR 404: Not Found.", "wget: unable to resolve host address 'example.org'"]);
    expect(bare.primary?.line).toBe(2);
    expect(bare.infra).toBeNull();
  });

  test("near miss: no server answered, so the name failing is the builder's network", () => {
    const result = analyze(upstream);
    expect(result.primary?.line).toBe(3);
    expect(result.infra?.reason).toBe("network");
  });
});

describe("4. `emerge --sync` failing in its git module is a fetch failure of the machine's sync setup", () => {
  const syncLog = [
    ">>> Syncing repository 'gentoo' into '/var/db/repos/gentoo'...",
    "/usr/bin/git fetch origin --depth 1",
    "=== Sync completed for gentoo",
    ">>> Syncing repository 'myoverlay' into '/var/db/repos/myoverlay'...",
    "/usr/bin/git clone --depth 1 --branch stable-2 https://github.com/example/myoverlay.git .",
    "Cloning into '.'...",
    "warning: Could not find remote branch stable-2 to clone.",
    "fatal: Remote branch stable-2 not found in upstream origin",
    "!!! git clone error in /var/db/repos/myoverlay",
    ">>> Syncing repository 'tools' into '/var/db/repos/tools'...",
    "=== Sync completed for tools",
    "",
    " * IMPORTANT: 2 config files in '/etc' need updating.",
    "Traceback (most recent call last):",
    '  File "/usr/lib/python-exec/python3.11/emerge", line 51, in <module>',
    "    retval = emerge_main()",
    '  File "/usr/lib/python3.11/site-packages/_emerge/main.py", line 1296, in emerge_main',
    "    return run_action(emerge_config)",
    "KeyError: 'myoverlay'",
  ];

  test("git's fatal line is the primary, kind fetch, infra network; emerge's later traceback is a consequence", () => {
    const result = analyze(syncLog);
    expect(result.primary).toMatchObject({ line: 8, ruleId: "git-fetch-network-error" });
    expect(result.kind).toBe("fetch");
    expect(result.infra?.reason).toBe("network");
    // The traceback cut after its first frames changes nothing.
    expect(analyze(syncLog.slice(0, 16)).primary?.line).toBe(8);
  });

  test("the git module's verdict alone is the failure", () => {
    const result = analyze([
      ">>> Syncing repository 'myoverlay' into '/var/db/repos/myoverlay'...",
      "!!! git pull error in /var/db/repos/myoverlay",
    ]);
    expect(result.primary).toMatchObject({ line: 2, ruleId: "sync-git-failed" });
    expect(result.kind).toBe("fetch");
    expect(result.infra?.reason).toBe("network");
  });

  test("near miss: git-r3 missing a branch in src_unpack is the package's fetch, no infra", () => {
    const result = analyze([
      ">>> Unpacking source...",
      "fatal: Remote branch v2.0 not found in upstream origin",
      ...dieBanner("unpack", "git-r3_fetch: Unable to fetch from any of EGIT_REPO_URI"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("fetch");
    expect(result.infra).toBeNull();
  });
});

describe("5. a merge that went through is a success", () => {
  const merged = [
    ">>> Installing (1 of 1) sys-fs/foo-kmod-1.0::gentoo",
    "depmod: WARNING: /lib/modules/6.1.0/extra/foo.ko needs unknown symbol bar_init",
    ">>> Completed (1 of 1) sys-fs/foo-kmod-1.0::gentoo",
  ];

  test("(a) make's recipe echoing an error text, depmod's warnings, a finished merge", () => {
    const result = analyze([
      "make[1]: Entering directory '/usr/src/linux-6.1.0'",
      '\techo >&2 "  ERROR: Kernel configuration is invalid.";\t\t\\',
      '\techo >&2 "         include/generated/autoconf.h or include/config/auto.conf are missing.";\\',
      ...merged,
    ]);
    expect(result).toMatchObject({ status: "succeeded", kind: "none", primary: null });
  });

  test("(b) Portage's info index after the merge, its error line before or after the count", () => {
    const index = [
      " * Regenerating GNU info directory index...",
      "install-info: No such file or directory for /usr/share/info/foo.info.gz",
      " * Processed 120 info files; 1 errors.",
    ];
    for (const lines of [index, [index[0], index[2], index[1]]]) {
      const result = analyze([...merged, ...lines]);
      expect(result).toMatchObject({ status: "succeeded", kind: "none", primary: null });
    }
  });

  test("near miss: the echo's output on a line of its own and make's error still fail", () => {
    const result = analyze([
      "",
      "  ERROR: Kernel configuration is invalid.",
      "         include/generated/autoconf.h or include/config/auto.conf are missing.",
      "",
      "make[1]: *** [Makefile:737: include/config/auto.conf] Error 1",
    ]);
    expect(result.status).toBe("failed");
    // install-info's line without Portage's index lines around it reads as before: the last resort's line.
    expect(analyze(["install-info: No such file or directory for /usr/share/info/foo.info.gz"]).status).toBe(
      "failed",
    );
  });
});

describe("6. a digest failure glued to the resolver's spinner is the cause of the masked verdict", () => {
  const rows = Array.from({ length: 45 }, (_, i) => `[ebuild   R    ] app-misc/pkg${i}-1.0::gentoo  0 KiB`);
  const digest = (quoted: string, ebuild: string) => [
    ...rows,
    "Calculating dependencies / * Digest verification failed:",
    ` * /var/db/repos/gentoo/${ebuild}`,
    " * Reason: Filesize does not match recorded size",
    " * Got: 1234",
    " * Expected: 1240",
    "... done!",
    "",
    `!!! All ebuilds that could satisfy "${quoted}" have been masked.`,
    "- app-misc/foo-1.0::gentoo (masked by: corruption)",
  ];

  test("far into a log (no spinner among its first lines): the glued line is the primary, kind unknown", () => {
    for (const quoted of ["app-misc/foo", "foo"]) {
      const result = analyze(digest(quoted, "app-misc/foo/foo-1.0.ebuild"));
      expect(result.primary, quoted).toMatchObject({ line: 46, ruleId: "manifest-digest-warning" });
      expect(result.kind, quoted).toBe("unknown");
    }
    expect(analyze(digest("foo", "app-misc/foo/foo-1.0.ebuild")).title).toBe(
      "app-misc/foo - Digest verification failed: app-misc/foo/foo-1.0.ebuild (Filesize does not match recorded size)",
    );
  });

  test("near miss: another package's broken ebuild leaves the resolver's verdict the primary", () => {
    const result = analyze(digest("foo", "dev-libs/bar/bar-2.0.ebuild"));
    expect(result.primary?.line).toBe(53);
    expect(result.kind).toBe("dependency");
  });
});

describe("7. a traceback of another Portage front end is Portage crashing", () => {
  test("Funtoo's ego sync: infra portage-crash, kind unknown, the exception the primary", () => {
    const result = analyze([
      "Syncing meta-repo",
      "Traceback (most recent call last):",
      '  File "/usr/bin/ego", line 113, in <module>',
      "    EgoModule.run_ego_module(action, econfig, args, VERSION)",
      '  File "/usr/share/ego/python/ego/module.py", line 107, in run_ego_module',
      "    mod.main(args)",
      '  File "/usr/share/ego/modules/sync.ego", line 212, in sync_kits',
      "AttributeError: 'EgoConfig' object has no attribute 'kit_branch'",
    ]);
    expect(result.primary).toMatchObject({ line: 8, ruleId: "portage-crash" });
    expect(result.kind).toBe("unknown");
    expect(result.infra?.reason).toBe("portage-crash");
  });

  test("near miss: a Python package's own traceback (`site-packages/egon/`) stays the build's", () => {
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "/usr/lib/python3.11/site-packages/egon/cli.py", line 10, in main',
      "    run()",
      "KeyError: 'x'",
    ]);
    expect(result.kind).toBe("compile");
    expect(result.infra).toBeNull();
  });
});
