import { describe, expect, test } from "vitest";
import { WHOLE_LOG_LINES } from "./line-prefix";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 30b (helper r30b): misses named in words, fixed as classes, both ways. Real rows 720-722 hold the shapes
// found in public threads (Bundler, a makefile's own message, epatch's dash-prefixed eerror); the others are
// made-up lines of the shape (the only public logs of them are held-out cases' sources).
const analyze = analyzeLines;

/** Enough plain lines that the last resort (a short excerpt's reading) never runs: the rules alone decide. */
const longLog = (...lines: string[]) => [
  ...Array.from({ length: WHOLE_LOG_LINES + 10 }, (_, i) => `compiling frob${i}.o`),
  ...lines,
];

describe("1. Portage refusing a setuid file's hard links, under a container builder's `fatal:`", () => {
  const refusal = [
    ">>> Unmerging (1 of 1) net-misc/openssh-9.6_p1...",
    " * suid/sgid file(s) with suspicious hardlink(s):",
    " *",
    " *      /usr/lib64/misc/ssh-keysign",
    " *",
    " * See the Gentoo Security Handbook guide for advice on how to proceed.",
  ];
  const wrapper = "fatal: Failed to run image builder/bob:20240101";

  test("Portage's line is the primary, not the wrapper's last words; kind unknown", () => {
    const result = analyze([...refusal, wrapper, "--> remove builder-7732, NO_CLEANUP env prevents this"]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("suid-suspicious-hardlink");
    expect(result.kind).toBe("unknown");
  });

  test("the same in a log too long for the last resort, and with a markdown list's `- ` for the star", () => {
    const long = analyze(longLog(...refusal, wrapper));
    expect(long.primary?.text).toBe(" * suid/sgid file(s) with suspicious hardlink(s):");
    const dashed = analyze([
      "- suid/sgid file(s) with suspicious hardlink(s):",
      "-      /usr/bin/newuidmap",
      wrapper,
    ]);
    expect(dashed.primary?.line).toBe(1);
  });

  test("generally: a wrapper's `fatal:` below Portage's verdict (a collision, emerge's own verdict) is not the primary", () => {
    const collision = analyze([" * Detected file collision(s):", " *", " *      /usr/bin/foo", wrapper]);
    expect(collision.primary?.line).toBe(1);
    expect(collision.kind).toBe("collision");
    const verdict = analyze([
      ">>> Failed to emerge dev-foo/bar-1.0, Log file:",
      ">>>  '/var/tmp/portage/dev-foo/bar-1.0/temp/build.log'",
      wrapper,
    ]);
    expect(verdict.primary?.line).toBe(1);
  });

  test("near miss: the wrapper's `fatal:` alone is still the failure read (the last resort's)", () => {
    const result = analyze(["--> building builder/bob", wrapper]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
  });

  test("near miss: other words about setuid files are no refusal", () => {
    const result = analyze(longLog(" * Removing suid/sgid bits from /usr/bin/foo (hardlinks checked)"));
    expect(result.status).toBe("succeeded");
  });
});

describe("2. a message-less die's call stack, cut at the top, its ` * ` stripped", () => {
  test("without banner or header: the frame calling the build helper, kind compile (esetup.py 'build')", () => {
    const result = analyze([
      "environment, line  672:  Called esetup.py 'build'",
      "environment, line 1052:  Called die",
      "The specific snippet of code:",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the eclass's shell text
      '      "${@}" || die',
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("call-stack-frame");
    expect(result.kind).toBe("compile");
  });

  test("the same stack whole, with its header and no banner: the helper's frame", () => {
    const result = analyze([
      "Call stack:",
      "    ebuild.sh, line  136:  Called src_compile",
      "  environment, line 3000:  Called distutils-r1_src_compile",
      "  environment, line 1443:  Called distutils-r1_python_compile",
      "  environment, line  672:  Called esetup.py 'build'",
      "  environment, line 1052:  Called die",
    ]);
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("compile");
  });

  test("under a banner without stars, with or without the `Call stack:` header: the helper's frame", () => {
    const banner = [
      "ERROR: dev-python/lxml-4.9.2::gentoo failed (compile phase):",
      "  (no error message)",
      "",
    ];
    const frames = [
      "  environment, line  672:  Called esetup.py 'build'",
      "  environment, line 1052:  Called die",
    ];
    const withHeader = analyze([...banner, "Call stack:", ...frames]);
    expect(withHeader.primary?.line).toBe(5);
    expect(withHeader.primary?.ruleId).toBe("portage-die-call-stack");
    const headerCut = analyze([...banner, ...frames]);
    expect(headerCut.primary?.line).toBe(4);
    expect(headerCut.kind).toBe("compile");
  });

  test("setup.py's command names the step: `install` reads install", () => {
    const result = analyze([
      "environment, line  690:  Called esetup.py 'install' '--root=/var/tmp/portage/dev-python/foo-1/image'",
      "environment, line 1052:  Called die",
    ]);
    expect(result.kind).toBe("install");
  });

  test("near miss: a phase function above die is die's own frame (the ebuild's body called it)", () => {
    const result = analyze([
      "environment, line 3000:  Called distutils-r1_src_compile",
      "environment, line 1052:  Called die",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("call-stack-die-frame");
  });

  test("near miss: a stack that kept its ` * ` and lost its banner keeps its `Called die` frame (round 16)", () => {
    const result = analyze([
      " *   environment, line  672:  Called esetup.py 'build'",
      " *   environment, line 1052:  Called die",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("call-stack-die-frame");
  });
});

describe("3. a makefile's own message above make's bare `*** ERROR.  Stop.`", () => {
  const messages = [
    "/var/tmp/portage/net-im/toxic-9999/work/toxic-9999/cfg/checks/check_features.mk:44: ERROR -- Cannot compile Toxic",
    "/var/tmp/portage/net-im/toxic-9999/work/toxic-9999/cfg/checks/check_features.mk:45: ERROR -- You need these libraries",
    "/var/tmp/portage/net-im/toxic-9999/work/toxic-9999/cfg/checks/check_features.mk:46: ERROR -- libfoo",
  ];
  const stop =
    "/var/tmp/portage/net-im/toxic-9999/work/toxic-9999/cfg/checks/check_features.mk:47: *** ERROR.  Stop.";

  test("the first message line is the primary, kind compile", () => {
    const result = analyze(["make -j5 PREFIX=/usr", ...messages, stop]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("makefile-own-message");
    expect(result.kind).toBe("compile");
  });

  test("also in a long log, under a banner, and behind a mangled quote with markdown's escaped star", () => {
    const long = analyze(longLog(...messages, stop, ...dieBanner("compile", "emake failed")));
    expect(long.primary?.text).toBe(messages[0]);
    const quoted = analyze([
      "> > > make -j5",
      ...messages.map((m) => `> > > ${m}`),
      `> > > ${stop.replace("***", "**\\*")}`,
    ]);
    expect(quoted.primary?.line).toBe(2);
  });

  test("near miss: a stop that says what is wrong stays the primary", () => {
    const result = analyze([messages[0], "cfg/checks/check_features.mk:47: *** missing separator.  Stop."]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("make-makefile-error");
  });

  test("near miss: a bare stop of another makefile, or far below, does not take the message", () => {
    const other = analyze([messages[0], "Makefile:12: *** ERROR.  Stop."]);
    expect(other.primary?.line).toBe(2);
    const far = analyze([messages[0], "a", "b", "c", stop]);
    expect(far.primary?.line).toBe(5);
  });

  test("near miss: a makefile's message line make went on after is no failure", () => {
    const result = analyze(
      longLog("Makefile:30: ERROR -- libnotify not found, building without notifications"),
    );
    expect(result.status).toBe("succeeded");
  });
});

describe("4. Bundler's verdict above a die `bundler failed`", () => {
  const bundler = [
    "Installing rugged 0.24.0b13 with native extensions",
    "An error occurred while installing rugged (0.24.0b13), and Bundler cannot continue.",
    "Make sure that `gem install rugged -v '0.24.0b13'` succeeds before bundling.",
  ];

  test("Bundler's line is the primary, the kind the step's", () => {
    const install = analyze([...bundler, ...dieBanner("install", "bundler failed")]);
    expect(install.primary?.line).toBe(2);
    expect(install.kind).toBe("install");
    const compile = analyze(longLog(...bundler, ...dieBanner("compile", "bundler failed")));
    expect(compile.primary?.text).toBe(bundler[1]);
    expect(compile.kind).toBe("compile");
  });

  test("near miss: the gem's own build error above it is earlier and stays the primary", () => {
    const result = analyze([
      "*** extconf.rb failed ***",
      ...bundler,
      ...dieBanner("install", "bundler failed"),
    ]);
    expect(result.primary?.line).toBe(1);
  });

  test("near miss: Bundler's crash banner is not an install verdict: the die message stays", () => {
    const result = analyze([
      "Unfortunately, an unexpected error occurred, and Bundler cannot continue.",
      ...dieBanner("install", "bundler failed"),
    ]);
    expect(result.primary?.ruleId).toBe("portage-die-message");
  });
});

describe("5. a die message repeating the eerror line just above it", () => {
  const epatch = (mark: string) => [
    `${mark}Cannot find $EPATCH_SOURCE!  Value for $EPATCH_SOURCE is:`,
    `${mark}`.trimEnd(),
    `${mark}  /var/db/repos/gentoo/app-foo/bar/files/bar-1.0-fix.patch`,
    `${mark}  ( bar-1.0-fix.patch )`,
    `${mark}ERROR: app-foo/bar-1.0::gentoo failed (prepare phase):`,
    `${mark}  Cannot find $EPATCH_SOURCE!`,
  ];

  test("epatch's eerror with its ` * ` gone or made a markdown `- `: the eerror line", () => {
    for (const mark of ["", "- "]) {
      const result = analyze(epatch(mark));
      expect(result.primary?.line, JSON.stringify(mark)).toBe(1);
      expect(result.kind).toBe("unknown");
    }
    expect(analyze(longLog(...epatch(""))).primary?.line).toBe(WHOLE_LOG_LINES + 11);
  });

  test("the eerror line's detail stops at the banner without its ` * ` (the title is epatch's words)", () => {
    for (const mark of ["", "- "]) {
      const title = analyze(epatch(mark)).title ?? "";
      expect(title, JSON.stringify(mark)).toContain("Value for $EPATCH_SOURCE is:");
      expect(title).not.toContain("ERROR:");
    }
  });

  test("generally: a message that starts the line above (same elog marker as the banner) gives way to it", () => {
    const bare = analyze([
      "Unable to locate the kernel module source at /usr/src/linux-6.1",
      "Please point /usr/src/linux at the sources of the running kernel.",
      "ERROR: sys-kernel/foo-1.0::gentoo failed (setup phase):",
      "  Unable to locate the kernel module source",
    ]);
    expect(bare.primary?.line).toBe(1);
    const dashed = analyze([
      "- Frobnicator headers were not installed where this ebuild expects them",
      "- ERROR: dev-libs/foo-1.0::gentoo failed (configure phase):",
      "-   Frobnicator headers were not installed",
    ]);
    expect(dashed.primary?.line).toBe(1);
    expect(dashed.kind).toBe("configure");
  });

  test("near miss: a message the lines above do not repeat stays the primary", () => {
    const result = analyze([
      "Unable to locate the kernel module source at /usr/src/linux-6.1",
      "ERROR: sys-kernel/foo-1.0::gentoo failed (setup phase):",
      "  Kernel sources are not configured",
    ]);
    expect(result.primary?.line).toBe(3);
  });

  test("near miss: a tool's line (no elog marker) under a starred banner is no eerror echo", () => {
    const result = analyze([
      "Frobnicator headers were not installed in /usr",
      ...dieBanner("configure", "Frobnicator headers were not installed"),
    ]);
    expect(result.primary?.ruleId).toBe("portage-die-message");
  });
});

describe("6. svn's own error above subversion.eclass's die", () => {
  test("E155025 (switching a working copy to another repository): svn's line, kind fetch", () => {
    const result = analyze([
      " * subversion switch start -->",
      " *      old repository: http://svn.example.org/foo/trunk@16",
      " *      new repository: https://svn.example.org/foo/trunk@16",
      "svn: E155025: 'svn switch' does not support switching a working copy to a different repository",
      ...dieBanner(
        "unpack",
        "subversion: can't update /var/cache/distfiles/svn-src/foo/trunk from https://svn.example.org/foo/trunk.",
      ),
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("fetch");
    expect(result.infra).toBeNull();
  });

  test("svn 1.6's uncoded `svn: URL '…' doesn't exist` behind a mangled quote and markdown's `- ` stars", () => {
    const result = analyze([
      "> > > Emerging (1 of 1) dev-libs/foo-9999 from overlay",
      "> > >   Unpacking source...",
      "> > > - subversion check out start -->",
      "> > > -      repository: http://svn.example.org/foo/trunk",
      "> > >   svn: URL 'http://svn.example.org/foo/trunk' doesn't exist",
      "> > > - ERROR: dev-libs/foo-9999 failed (unpack phase):",
      "> > > -   subversion: can't fetch to /usr/portage/distfiles/svn-src/foo/trunk from http://svn.example.org/foo/trunk.",
    ]);
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("fetch");
  });

  test("the working copy's other refusals (too old, locked) are svn's lines too", () => {
    for (const line of [
      "svn: E155036: Please see the 'svn upgrade' command",
      "svn: E155004: Working copy '/usr/portage/distfiles/svn-src/foo/trunk' locked.",
      "svn: Working copy '/usr/portage/distfiles/svn-src/foo/trunk' locked",
    ]) {
      const result = analyze([
        line,
        ...dieBanner("unpack", "subversion: can't update foo from http://svn.example.org/foo."),
      ]);
      expect(result.primary?.line, line).toBe(1);
    }
  });

  test("near miss: an svn code outside the checkout's leaves the die message the primary", () => {
    const result = analyze([
      "svn: E200009: Could not add all targets because some targets don't exist",
      ...dieBanner("unpack", "subversion: can't update foo from http://svn.example.org/foo."),
    ]);
    expect(result.primary?.ruleId).toBe("portage-die-message");
    expect(result.kind).toBe("fetch");
  });

  test("near miss: svn's line in src_test (a package's own tests) is the test step's", () => {
    const result = analyze([
      "svn: E155007: '/var/tmp/portage/dev-vcs/foo-1/work/wc' is not a working copy",
      ...dieBanner("test", "tests failed"),
    ]);
    expect(result.kind).toBe("test");
  });
});
