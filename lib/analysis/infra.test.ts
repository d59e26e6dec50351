import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";

const BANNER = [
  " * Package:    dev-libs/foo-1.0:0",
  ">>> Compiling source in /var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0 ...",
];
const DIE = [" * ERROR: dev-libs/foo-1.0::gentoo failed (compile phase):", " *   emake failed"];

function analyze(...lines: string[]) {
  return analyzeLogText(lines.join("\n"));
}

describe("infrastructure failures", () => {
  test("an OOM-killed compiler and a full disk keep their kind and name the line", () => {
    const oom = analyze(...BANNER, "g++: fatal error: Killed signal terminated program cc1plus", ...DIE);
    expect(oom).toMatchObject({ status: "failed", kind: "oom", infra: { reason: "oom", line: 3 } });
    const disk = analyze(...BANNER, "cp: error writing 'x.o': No space left on device", ...DIE);
    expect(disk).toMatchObject({ kind: "disk-full", infra: { reason: "disk-full", line: 3 } });
  });

  test("the kernel OOM killer in the log makes a plain compile failure an OOM", () => {
    const result = analyze(
      ...BANNER,
      "foo.c:1:2: error: expected ';'",
      "[12345.678] Out of memory: Killed process 4242 (cc1plus) total-vm:4096000kB",
      ...DIE,
    );
    expect(result).toMatchObject({ kind: "compile", infra: { reason: "oom", line: 4 } });
  });

  test("DNS failure while fetching is a network failure", () => {
    const result = analyze(
      ">>> Downloading 'https://distfiles.gentoo.org/distfiles/foo-1.0.tar.xz'",
      "--2026-11-29 13:02:50--  https://distfiles.gentoo.org/distfiles/foo-1.0.tar.xz",
      "Resolving distfiles.gentoo.org (distfiles.gentoo.org)... failed: Temporary failure in name resolution.",
      "wget: unable to resolve host address ‘distfiles.gentoo.org’",
      "!!! Couldn't download 'foo-1.0.tar.xz'. Aborting.",
      " * Fetch failed for 'dev-libs/foo-1.0', Log file:",
    );
    expect(result).toMatchObject({
      status: "failed",
      phase: "fetch",
      kind: "fetch",
      atom: "dev-libs/foo-1.0",
    });
    expect(result.infra).toMatchObject({ reason: "network", line: 3 });
  });

  // LABELLING.md convention 9: a name that does not exist, after a mirror answered, is a dead SRC_URI host.
  const MIRROR_404 = [
    ">>> Downloading 'http://distfiles.gentoo.org/distfiles/foo-1.0.tar.xz'",
    "--2026-11-29 13:02:50--  http://distfiles.gentoo.org/distfiles/foo-1.0.tar.xz",
    "Resolving distfiles.gentoo.org (distfiles.gentoo.org)... 89.187.162.136, 89.187.162.143",
    "Connecting to distfiles.gentoo.org (distfiles.gentoo.org)|89.187.162.136|:80... connected.",
    "HTTP request sent, awaiting response... 404 Not Found",
    "2026-11-29 13:02:51 ERROR 404: Not Found.",
    "",
    ">>> Downloading 'http://foo.example.org/foo-1.0.tar.xz'",
    "--2026-11-29 13:02:51--  http://foo.example.org/foo-1.0.tar.xz",
  ];
  const GAVE_UP = [
    "!!! Couldn't download 'foo-1.0.tar.xz'. Aborting.",
    " * Fetch failed for 'dev-libs/foo-1.0', Log file:",
  ];

  test("a name that does not exist after a mirror answered is a dead upstream host, not the network", () => {
    const result = analyze(
      ...MIRROR_404,
      "Resolving foo.example.org (foo.example.org)... failed: Name or service not known.",
      "wget: unable to resolve host address ‘foo.example.org’",
      ...GAVE_UP,
    );
    expect(result).toMatchObject({ status: "failed", kind: "fetch", infra: null });
    expect(result.primary).toMatchObject({ line: 10, ruleId: "fetch-upstream-gone" });
  });

  test("a name failing before any server answered stays the network; a temporary failure after one does not", () => {
    // Round 30c (LABELLING.md conventions 8 and 9): after the mirror's answer the builder's resolver worked (was
    // network before round 30c).
    const temporary = analyze(
      ...MIRROR_404,
      "Resolving foo.example.org (foo.example.org)... failed: Temporary failure in name resolution.",
      "wget: unable to resolve host address ‘foo.example.org’",
      ...GAVE_UP,
    );
    expect(temporary.infra).toBeNull();
    const first = analyze(
      ...MIRROR_404.slice(7),
      "Resolving foo.example.org (foo.example.org)... failed: Name or service not known.",
      "wget: unable to resolve host address ‘foo.example.org’",
      ...GAVE_UP,
    );
    expect(first.infra).toMatchObject({ reason: "network", line: 3 });
  });

  test("sandbox without ptrace, a timeout and a Portage traceback", () => {
    const sandbox = analyze(
      ...BANNER,
      " * ISE: do_peekdata: ptrace(PTRACE_PEEKDATA, ...) failed: Operation not permitted",
      ...DIE,
    );
    expect(sandbox.infra).toMatchObject({ reason: "sandbox-unavailable", line: 3 });
    const timeout = analyze(...BANNER, "timeout: sending signal TERM to command 'emerge'", ...DIE);
    expect(timeout.infra).toMatchObject({ reason: "timeout", line: 3 });
    const crash = analyze(
      "Traceback (most recent call last):",
      '  File "/usr/lib/python3.12/site-packages/_emerge/main.py", line 1288, in emerge_main',
      "KeyError: 'EAPI'",
    );
    // The report starts at the traceback's header: that is the line a reader wants.
    expect(crash).toMatchObject({ status: "failed", infra: { reason: "portage-crash", line: 1 } });
  });

  test("an ordinary compile failure is no infrastructure failure", () => {
    const result = analyze(...BANNER, "foo.c:1:2: error: expected ';'", ...DIE);
    expect(result.infra).toBeNull();
    expect(analyze("Terminated").infra).toBeNull();
  });
});
