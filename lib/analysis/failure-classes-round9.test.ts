import { describe, expect, test } from "vitest";
import { analyzeLines, callStack, dieBanner } from "./testing/failure-class";

// Failure classes still wrong after round 8 (issue 10, round 9, helper fixC), from a tenth held-out
// set's misses described in words. No real log of these classes was found outside the held-out sets,
// so each log is written from the tool's own wording (its source, manual or message catalogue), named
// per test.
const analyze = analyzeLines;

describe("1. gcc and coreutils speaking the user's language", () => {
  // The severities are gcc 12's po/*.po translations of `error: ` and `fatal error: ` (Debian's
  // gcc-12-locales); the file-not-found text is glibc's strerror(ENOENT) from libc.mo.
  test.each([
    "file.c:32:19: фатальная ошибка: einfo.h: Нет такого файла или каталога",
    "file.c:32:19: erreur fatale: einfo.h: Aucun fichier ou dossier de ce type",
    "file.c:32:19: error fatal: einfo.h: No existe el fichero o el directorio",
    "file.c:32:19: критична помилка: einfo.h: Немає такого файла або каталогу",
    "file.c:32:19: 致命的エラー: einfo.h: そのようなファイルやディレクトリはありません",
    "file.c:32:19: 致命错误：einfo.h：没有那个文件或目录",
    "file.c:32:19: 錯誤：‘foo’ undeclared",
  ])("%j over emake failed, kind compile", (line) => {
    const result = analyze([
      "x86_64-pc-linux-gnu-gcc -O2 -pipe -c file.c -o file.o",
      line,
      "compilation terminated.",
      ...dieBanner("compile", "emake failed"),
      ...callStack("compile"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.text).toBe(line);
    expect(result.kind).toBe("compile");
  });

  test.each([
    "chmod: невозможно получить доступ к «bin/*.sh»: Нет такого файла или каталога",
    "install: der Aufruf von stat für 'doc/x.html' ist nicht möglich: Datei oder Verzeichnis nicht gefunden",
    "cp: impossible d'évaluer 'x.conf': Aucun fichier ou dossier de ce type",
  ])("coreutils' %j over fperms failed", (line) => {
    const result = analyze([line, ...dieBanner("install", "fperms failed"), ...callStack("install")]);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.text).toBe(line);
  });
});

describe("2. a tool's own error line above a generic die message", () => {
  test.each([
    // bzip2.c: `%s: Can't open input file %s: %s.`
    [
      "unpack",
      "failure unpacking foo-1.0.tar.bz2",
      "bzip2: Can't open input file /var/cache/distfiles/foo-1.0.tar.bz2: Permission denied.",
    ],
    // xz and gzip on a truncated distfile
    ["unpack", "failure unpacking foo-1.0.tar.xz", "xz: (stdin): Unexpected end of input"],
    ["unpack", "failure unpacking foo-1.0.tar.gz", "gzip: stdin: unexpected end of file"],
    // java-config-2 printing its error before java-pkg_getjars dies
    ["compile", "java-config --classpath=,junit failed", "!!! ERROR: Package junit was not found!"],
    // make's report of a recipe killed by a signal (its name, or the shell's 128+N)
    ["compile", "emake failed", "make[2]: *** [Makefile:1078: all] Segmentation fault"],
    ["compile", "emake failed", "make[2]: *** [Makefile:1078: all] Error 139"],
    ["compile", "emake failed", "make: *** [GNUmakefile:20: gen] Aborted (core dumped)"],
  ])("%s: %j loses to the tool's %j", (phase, message, line) => {
    const result = analyze([
      line,
      "make[1]: *** [Makefile:500: all-recursive] Error 1",
      ...dieBanner(phase, message),
      ...callStack(phase),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.text).toBe(line);
  });

  test("make's missing separator from a paste site's rendered numbered view (its two blanks collapsed)", () => {
    const lines = [
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "make -j2",
      "Makefile:915: *** missing separator. Stop.",
      " * ERROR: dev-foo/bar-1.0::gentoo failed (compile phase):",
      " * emake failed",
      " * ",
      " * Call stack:",
      " * ebuild.sh, line 136: Called src_compile",
      " * environment, line 3000: Called die",
      " * ",
    ];
    const result = analyze(lines.map((line, i) => `${i + 1}. ${line}`));
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.text).toBe("Makefile:915: *** missing separator. Stop.");
  });

  test("Portage's own OSError line over the traceback it raises after", () => {
    const result = analyze([
      "[Errno 2] No such file or directory: 'mount':",
      "Traceback (most recent call last):",
      '  File "/usr/lib/python3.11/site-packages/portage/process.py", line 500, in spawn',
      "FileNotFoundError: [Errno 2] No such file or directory: 'mount'",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
  });
});

test("3. gcc's configure refusing a --with-* option inside a bootstrap: kind configure", () => {
  // gcc/config.gcc: `echo "This target does not support --with-$option." 2>&1; exit 1`
  const result = analyze([
    "Configuring stage 1 in ./gcc",
    "checking for x86_64-pc-linux-gnu-gcc... x86_64-pc-linux-gnu-gcc",
    "This target does not support --with-abi.",
    "make[2]: *** [Makefile:4500: configure-stage1-gcc] Error 1",
    "make[1]: *** [Makefile:25000: stage1-bubble] Error 2",
    ...dieBanner("compile", "emake failed with bootstrap-lean"),
    ...callStack("compile"),
  ]);
  expect(result.primary?.line).toBe(3);
  expect(result.kind).toBe("configure");
});

test("4. emerge --sync whose OpenPGP key refresh reaches no keyserver: failed, fetch, network", () => {
  // Portage's rsync module with sync-rsync-verify-metamanifest: gemato refreshes the keys first.
  const result = analyze([
    ">>> Syncing repository 'gentoo' into '/var/db/repos/gentoo'...",
    " * Using keys from /usr/share/openpgp-keys/gentoo-release.asc",
    " * Refreshing keys via WKD ...                                          [ !! ]",
    " * Refreshing keys from keyserver ...",
    "gpg: refreshing 4 keys from hkps://keys.gentoo.org",
    "gpg: keyserver refresh failed: General error",
    "gpg: keyserver refresh failed: General error",
    "!!! Manifest verification impossible due to keyring problem:",
    "Action: sync for repo: gentoo, returned code = 1",
  ]);
  expect(result.status).toBe("failed");
  expect(result.kind).toBe("fetch");
  expect(result.infra?.reason).toBe("network");
  expect(result.primary?.line).toBe(6);
});

test("5. mach's elapsed-time head inside a numbered paste: collect2 over the call stack", () => {
  const mach = Array.from(
    { length: 30 },
    (_, i) =>
      ` 81:1${Math.floor(i / 10)}.${String(i % 10).padStart(2, "0")} x86_64-pc-linux-gnu-g++ -c Unified_cpp_${i}.cpp`,
  );
  const lines = [
    ...mach,
    " 81:15.03 collect2: error: ld returned 1 exit status",
    " 81:15.04 make[4]: *** [libxul.so] Error 1",
    " * ERROR: www-client/firefox-60.0::gentoo failed (compile phase):",
    " *   (no error message)",
    ...callStack("compile"),
  ];
  const result = analyze(lines.map((line, i) => `${String(i + 100).padStart(4)}. ${line}`));
  expect(result.primary?.line).toBe(31);
  expect(result.primary?.text).toBe("collect2: error: ld returned 1 exit status");
  expect(result.kind).toBe("link");
});

describe("6. eautoreconf's eerror before the die banner", () => {
  // autotools.eclass autotools_run_tool: `eerror "Failed Running $1 !"` (since 2021 `Failed running
  // '$1'!`), a blank line, then the die with the same words.
  test.each(["Failed Running aclocal !", "Failed Running automake !", "Failed running 'libtoolize'!"])(
    "%j",
    (words) => {
      const result = analyze([
        " * Running aclocal ...                                                  [ !! ]",
        ` * ${words}`,
        " * ",
        " * Include in your bug report the contents of:",
        " * ",
        " *   /var/tmp/portage/dev-foo/bar-1.0/temp/aclocal.out",
        "",
        ...dieBanner("prepare", words),
        ...callStack("prepare"),
      ]);
      expect(result.primary?.line).toBe(2);
      expect(result.kind).toBe("unknown");
      expect(result.phase).toBe("prepare");
    },
  );
});

test("7. linux-info: the unconfigured kernel, not the missing Makefile or the options advice", () => {
  // linux-info.eclass get_version / require_configured_kernel / check_extra_config.
  const result = analyze([
    " * Could not find a Makefile in the kernel source directory.",
    " * Please ensure that /usr/src/linux points to a complete set of Linux sources",
    " * Kernel not configured; no .config found in /usr/src/linux",
    " * Please check to make sure these options are set correctly.",
    " * Failure to do so may cause unexpected problems.",
    ...dieBanner("setup", "Unable to calculate Linux Kernel version for build"),
  ]);
  expect(result.primary?.line).toBe(3);
});

describe("8. every mirror failing the same way on the network is one cause: the first attempt", () => {
  const attempt = (host: string, failure: string) => [
    `>>> Downloading 'http://${host}/distfiles/foo-1.0.tar.gz'`,
    `--2014-01-01 10:00:00--  http://${host}/distfiles/foo-1.0.tar.gz`,
    `Resolving ${host}... ${failure}`,
    `wget: unable to resolve host address '${host}'`,
  ];
  const dns = "failed: No address associated with hostname.";
  const gaveUp = [
    "!!! Couldn't download 'foo-1.0.tar.gz'. Aborting.",
    " * Fetch failed for 'dev-foo/foo-1.0'",
  ];

  test("DNS on all three: the first attempt's line", () => {
    const result = analyze([
      ...attempt("a.org", dns),
      ...attempt("b.org", dns),
      ...attempt("c.org", dns),
      ...gaveUp,
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.infra?.reason).toBe("network");
  });

  // A guard (it passed before round 9 too): round 7's rule still holds for attempts that failed differently.
  test("the last attempt failing otherwise: its line (round 7)", () => {
    const result = analyze([
      ...attempt("a.org", dns),
      ...attempt("b.org", dns),
      ">>> Downloading 'http://c.org/foo-1.0.tar.gz'",
      "Connecting to c.org (c.org)|1.2.3.4|:80... failed: Connection timed out.",
      ...gaveUp,
    ]);
    expect(result.primary?.line).toBe(10);
  });
});

test("9. glibc's run test: the crash glued to ebegin's line, over `simple run test (/bin/date) failed`", () => {
  // glibc ebuild glibc_sanity_check: ebegin, then `ld-*.so --library-path … ${x} > /dev/null || die`.
  const crash =
    " * Checking that the new glibc can run ... /var/tmp/portage/sys-libs/glibc-2.19-r1/temp/environment: " +
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash prints the command's ${ED} literally
    'line 2989: 31207 Segmentation fault      "${ED}"/$(get_libdir)/ld-*.so --library-path "${ED}"/$(get_libdir) ${x} > /dev/null';
  const result = analyze([crash, " [ !! ]", ...dieBanner("preinst", "simple run test (/bin/date) failed")]);
  expect(result.primary?.line).toBe(1);
  expect(result.phase).toBe("preinst");
});
