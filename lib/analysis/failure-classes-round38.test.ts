import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 38 (rules38): shapes from kernel-list mail, described in words (held-out logs not read); each change is
// written from a real public log (fixtures/corpus/real rows 860-…).
const analyze = analyzeLines;

describe("depmod's ERROR/FATAL under modules_install (row 860)", () => {
  const lines = [
    "  DEPMOD  /home/user/build/rootfs/lib/modules/6.8.0",
    "depmod: ERROR: could not open directory /home/user/build/rootfs/usr/lib/modules/6.8.0: No such file or directory",
    "depmod: FATAL: could not search modules: No such file or directory",
    "make[1]: *** [scripts/Makefile.modinst:128: depmod] Error 1",
    "make: *** [Makefile:1829: modules_install] Error 2",
  ];

  test("without a phase the first depmod error is the primary, kind install", () => {
    const result = analyze(lines);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("kbuild-depmod-error");
    expect(result.kind).toBe("install");
  });

  test("a phase still decides: under src_compile's die the kind is compile", () => {
    const result = analyze([...lines, ...dieBanner("compile", "emake failed")]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("depmod's FATAL alone under kbuild's depmod target: install, not the target's compile", () => {
    const result = analyze([
      "  DEPMOD  6.8.0",
      "depmod: FATAL: could not search modules: No such file or directory",
      "make[1]: *** [scripts/Makefile.modinst:128: depmod] Error 1",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("install");
  });

  test("near miss: depmod's WARNING lines are no error", () => {
    const result = analyze([
      "  DEPMOD  5.0.0",
      "depmod: WARNING: could not open modules.order at /tmp/rootfs/lib/modules/5.0.0: No such file or directory",
    ]);
    expect(result.errorLines.map((e) => e.ruleId)).not.toContain("kbuild-depmod-error");
  });
});

describe("patch's failed hunks run by a driver tree's make (row 861)", () => {
  test("patch -s's bare count under make's apply_patches target is kind unknown, not compile", () => {
    const result = analyze([
      "Applying patches for kernel 3.11.0-19-generic",
      "patch -s -f -N -p1 -i ../backports/v3.11_dev_groups.patch",
      "2 out of 3 hunks FAILED",
      "make[2]: *** [apply_patches] Error 1",
      "make: *** [all] Error 2",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("patch-hunks-summary");
    expect(result.kind).toBe("unknown");
  });

  test("the hunk line stays the primary over the summary, kind unknown under a make target", () => {
    const result = analyze([
      "patching file drivers/net/wireless/ath/ath9k/hw.c",
      "Hunk #1 FAILED at 2735.",
      "1 out of 1 hunk FAILED -- saving rejects to file drivers/net/wireless/ath/ath9k/hw.c.rej",
      "make: *** [Makefile:30: patch] Error 1",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("unknown");
  });

  test("near miss: under Portage's src_compile die the phase decides (compile)", () => {
    const result = analyze([
      "Hunk #1 FAILED at 12.",
      "1 out of 1 hunk FAILED -- saving rejects to file src/main.c.rej",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("near miss: make's own `*** … FAILED` is not patch's count", () => {
    const result = analyze(["make: *** [Makefile:12: all] 2 out of 3 hunks FAILED"]);
    expect(result.errorLines.map((e) => e.ruleId)).not.toContain("patch-hunks-summary");
  });
});

describe("GCC 3's missing header in the user's language (row 862)", () => {
  test("French (glibc's older wording): the header line is the primary, kind compile", () => {
    const result = analyze([
      "gcc-3.2 -O2 -nostdinc -c -o timer.o timer.c",
      "Dans le fichier inclus à partir de timer.c:14:",
      "include/linux/types.h:8:20: stddef.h: Aucun fichier ou répertoire de ce type",
      "include/linux/types.h:40: erreur d'analyse syntaxique avant « size_t »",
      "make[2]: *** [timer.o] Erreur 1",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("cc-old-missing-include");
    expect(result.kind).toBe("compile");
  });

  test("German, with nothing after it but make's Fehler: the header line, kind compile", () => {
    const result = analyze([
      "In Datei, eingefügt von netlink.c:17:",
      "nlmsg.h:12:21: genlist.h: Datei oder Verzeichnis nicht gefunden",
      "make: *** [netlink.o] Fehler 1",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("Spanish and Russian too", () => {
    for (const enoent of ["No existe el fichero o el directorio", "Нет такого файла или каталога"]) {
      const result = analyze([`main.c:3:21: config.h: ${enoent}`, "make: *** [main.o] Error 1"]);
      expect(result.primary?.ruleId).toBe("cc-old-missing-include");
      expect(result.kind).toBe("compile");
    }
  });

  test("near miss: a shell's localised complaint about a directory is not a missing header", () => {
    const result = analyze(["/bin/sh: line 1: cd: include: Datei oder Verzeichnis nicht gefunden"]);
    expect(result.errorLines.map((e) => e.ruleId)).not.toContain("cc-old-missing-include");
  });
});
