import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 21a (helper rules21a): shapes reviewers of unseen sets named in words, each from the tool's own
// wording (real rows 287-290 hold the ones found in public threads), both ways.
const analyze = analyzeLines;
const compileDie = dieBanner("compile", "emake failed");

describe("1. a compiler or linker message wrapped after its location", () => {
  test.each([
    ["foo.c:12:5:", "error: 'x' undeclared (first use in this function)", "compile"],
    ["/usr/bin/ld: obj/x.o:", "undefined reference to `foo'", "link"],
    [
      "/usr/bin/ld: /usr/lib/libx.a(x.o): in function `f':",
      "x.c:(.text+0x1): undefined reference to `g'",
      "link",
    ],
    ["/usr/bin/ld: b.o:", "multiple definition of `counter'; a.o:(.bss+0x0): first defined here", "link"],
  ])("%j then the message: the message line, kind from it", (location, message, kind) => {
    const result = analyze([location, message, "make: *** [Makefile:3: all] Error 1", ...compileDie]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe(kind);
  });

  test("near miss: a location line alone followed by a note is not a link error", () => {
    const result = analyze(["foo.c:12:5:", "note: declared here", ...compileDie]);
    expect(result.kind).not.toBe("link");
  });
});

describe("2. `!!!` blocks pasted with the same indent on every line", () => {
  test.each(["  ", "    ", "\t"])("indent %j: failed as unindented", (indent) => {
    const fetch = analyze([
      `${indent}!!! Fetch failed for dev-foo/bar-1.0, continuing...`,
      `${indent}!!! Some fetch errors were encountered.  Please see above for details.`,
    ]);
    expect(fetch.status).toBe("failed");
    expect(fetch.kind).toBe("fetch");
    const slot = analyze([
      `${indent}!!! Multiple package instances within a single package slot have been pulled`,
      `${indent}!!! into the dependency graph, resulting in a slot conflict:`,
    ]);
    expect(slot.status).toBe("failed");
    expect(slot.kind).toBe("dependency");
  });

  test("near miss: an indented `>>>` progress line is no failure", () => {
    expect(analyze(["  >>> Emerging (1 of 1) dev-foo/bar-1.0::gentoo"]).status).toBe("succeeded");
  });
});

describe("3. make's translated `*** […] Error N` and translated out-of-memory messages", () => {
  test.each([
    "make[1]: *** [Makefile:12: foo.o] Fehler 1",
    "make: *** [all] Ошибка 2",
    "make: *** [all] Erreur 2",
    "make: *** [all] Błąd 2",
    "make: *** [all] 错误 2",
    "make: *** [all] エラー 2",
  ])("%j alone: failed", (line) => {
    expect(analyze(["  CC foo.o", line]).status).toBe("failed");
  });

  test.each([
    "xz: Невозможно выделить память",
    "xz: (stdin): Cannot allocate memory",
    "cc1plus: Nicht genügend Hauptspeicher verfügbar",
    "/bin/sh: fork: Nie można przydzielić pamięci",
    "xz: 无法分配内存",
  ])("%j: kind oom, infra oom", (line) => {
    const result = analyze([line, ...compileDie]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("oom");
    expect(result.infra?.reason).toBe("oom");
  });

  test("near miss: make's `Nothing to be done` and a memory word in a test name", () => {
    expect(analyze(["make: Nothing to be done for 'all'."]).status).toBe("succeeded");
    const result = analyze(["PASS: test_cannot_allocate_memory_path", ...compileDie]);
    expect(result.kind).not.toBe("oom");
  });
});

describe("4. libxml2's `file.xml:12: parser error : …`", () => {
  test.each([
    "doc/manual.xml:12: parser error : Opening and ending tag mismatch: para line 10 and sect1",
    "doc/manual.xml:3: namespace error : Namespace prefix xi on include is not defined",
    "doc/manual.xml:40: element refentry: validity error : Element refentry content does not follow the DTD",
  ])("%j: the error line, kind from the phase", (line) => {
    const result = analyze([
      "xsltproc --nonet -o manual.1 manpages.xsl doc/manual.xml",
      line,
      "</sect1>",
      "make: *** [Makefile:500: manual.1] Error 6",
      ...compileDie,
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("libxml2-error");
    expect(result.kind).toBe("compile");
  });

  test("in src_install the kind is install", () => {
    const result = analyze([
      "doc/manual.xml:12: parser error : Premature end of data in tag para line 10",
      ...dieBanner("install", "emake install failed"),
    ]);
    expect(result.kind).toBe("install");
  });

  test("near miss: libxml2's warning is no error", () => {
    const result = analyze(["doc/manual.xml:12: warning: failed to load external entity", ...compileDie]);
    expect(result.primary?.ruleId).not.toBe("libxml2-error");
  });
});

describe("5. a tool's usage text above make's error", () => {
  test("the tool's complaint above the usage text is the primary", () => {
    const result = analyze([
      "install: unrecognized option '--foo'",
      "Usage: install [OPTION]... [-T] SOURCE DEST",
      "  or:  install [OPTION]... SOURCE... DIRECTORY",
      "Try 'install --help' for more information.",
      "make: *** [Makefile:5: install] Error 1",
      ...dieBanner("install", "emake install failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("tool-bad-option");
    expect(result.kind).toBe("install");
  });

  test("without a complaint the usage line is the primary, not make", () => {
    const result = analyze([
      "usage: mkfoo [-v] [-o output] input",
      "make: *** [Makefile:5: all] Error 64",
      ...compileDie,
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("usage-text");
  });

  test("near miss: a usage line in a successful build does not fail it; a real error below it wins", () => {
    expect(analyze(["Usage: ./foo [options]", ">>> dev-foo/bar-1.0 merged."]).status).toBe("succeeded");
    expect(analyze(["Disk usage: 45 MB in 12 files", ...compileDie]).primary?.ruleId).not.toBe("usage-text");
    const result = analyze([
      "usage: setup.py [global_opts] cmd1 [cmd1_opts] [cmd2 [cmd2_opts] ...]",
      "error: invalid command 'bdist_wheel'",
      ...compileDie,
    ]);
    expect(result.primary?.line).toBe(2);
  });
});

describe("6. BSD/macOS sed and other BSD tools", () => {
  test.each([
    ['sed: 1: "s/a/b/": invalid command code .', "bsd-sed-error"],
    ['sed: 1: "README.md": invalid command code R', "bsd-sed-error"],
    ["sed: -i may not be used with stdin", "bsd-sed-error"],
    ["sed: illegal option -- r", "tool-bad-option"],
  ])("%j is the tool's error", (line, ruleId) => {
    const result = analyze([line, ...dieBanner("prepare", "sed failed")]);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe(ruleId);
  });

  test("BSD sed's usage text alone is the primary over the die message", () => {
    const result = analyze([
      "usage: sed script [-Ealnru] [-i extension] [file ...]",
      "\tsed [-Ealnu] [-i extension] [-e script] ... [-f script_file] ... [file ...]",
      ...dieBanner("prepare", "sed failed"),
    ]);
    expect(result.primary?.line).toBe(1);
  });

  test("near miss: GNU sed's quoted script in a command line is not BSD sed's error", () => {
    const result = analyze(['sed -e "s/a/b/" foo.in > foo: done', ...compileDie]);
    expect(result.primary?.ruleId).not.toBe("bsd-sed-error");
  });
});

describe("7. the sandbox unable to trace", () => {
  test("libsandbox's own report is the primary (convention 5, round 25), kind sandbox, infra sandbox-unavailable", () => {
    const result = analyze([
      " * /var/tmp/portage/sys-apps/sandbox-2.10-r4/work/sandbox-2.10/libsandbox/trace.c:_do_ptrace():74: failure (Operation not permitted):",
      " * ISE:_do_ptrace: ptrace(PTRACE_TRACEME, ..., 0x0000000000000000, 0x0000000000000000): Operation not permitted",
      "/usr/lib64/libsandbox.so(+0xae02)[0x7f84cf83ae02]",
      "ERROR: can't resolve libraries to shared libraries: glib-2.0, gobject-2.0",
      ...compileDie,
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("sandbox");
    expect(result.infra?.reason).toBe("sandbox-unavailable");
  });

  test("a refused process_vm_readv is the primary too", () => {
    const result = analyze([
      "process_vm_readv(12345, 0x7ffd, 1, 0x7ffe, 1, 0): Operation not permitted",
      "go: error obtaining buildID",
      ...compileDie,
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("sandbox");
  });

  test("near miss: a test program's own ptrace call that succeeded", () => {
    const result = analyze(["ptrace(PTRACE_TRACEME, 0, 0, 0) = 0", ...compileDie]);
    expect(result.kind).not.toBe("sandbox");
    expect(result.infra).toBeNull();
  });
});

describe("8. every linker rule accepts the linker's other names", () => {
  test.each([
    "/usr/bin/ld.bfd: cannot find -lfoo: No such file or directory",
    "/usr/bin/ld.bfd.real: cannot find -lperl",
    "/usr/bin/x86_64-linux-gnu-ld.bfd.real: cannot find -lfoo",
    "/usr/bin/ld.gold: error: cannot find -lfoo",
    "ld.lld: error: unable to find library -lfoo",
    "ld64.lld: error: library not found for -lfoo",
    "mold: error: library not found: foo",
    "x86_64-pc-linux-gnu-ld.bfd: cannot find -lfoo",
  ])("%j: kind link", (line) => {
    const result = analyze([line, "collect2: error: ld returned 1 exit status", ...compileDie]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("link");
  });

  test.each([
    ["/usr/bin/ld.bfd.real: -r and -pie may not be used together", "ld-fatal"],
    ["/usr/bin/ld.gold: cannot open output file foo: Permission denied", "ld-fatal"],
    ["/usr/bin/ld.bfd.real: cannot find crt1.o: No such file or directory", "ld-cannot-find-file"],
    ["/usr/bin/ld.bfd.real: error: version script assignment failed", "ld-error"],
    ["ld.lld-17: error: undefined symbol: foo", "ld-undefined-reference"],
    ["/usr/bin/ld.gold: foo.o: is incompatible with i386 output", "ld-input-rejected"],
  ])("%j: %s", (line, ruleId) => {
    expect(analyze([line, ...compileDie]).primary?.ruleId).toBe(ruleId);
  });

  test("near miss: a file named like a linker (`gold:`, `x.ld:`) is not the linker", () => {
    expect(analyze(["gold: cannot find -lfoo", ...compileDie]).primary?.ruleId).not.toBe(
      "ld-cannot-find-library",
    );
    expect(analyze(["scripts/x.ld: cannot open output file foo", ...compileDie]).primary?.ruleId).not.toBe(
      "ld-fatal",
    );
  });
});
