// Golden tests of the diagnostics extractor over the real corpus (and the
// generated build logs), plus the byte stream's equivalence with the line API.
// Regenerate the goldens after an intended change with:
//   UPDATE_GOLDEN=1 npx vitest run --project unit lib/diagnostics/extract.test.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { splitLogText } from "../analysis/lines";
import { attachmentRoleFor } from "../analysis/portage-patterns";
import { CORPUS_DIR } from "../analysis/testing/corpus";
import { compareWithGoldenFile } from "../testing/golden-file";
import { random } from "../testing/random-pieces";
import { type DiagnosticSource, extractDiagnostics } from "./extract";
import { mayMatterBytes } from "./gate";
import { DiagnosticStream, extractFromBytes } from "./stream";
import type { DiagnosticExtract } from "./types";

const GOLDEN_DIR = path.join(__dirname, "__golden__");
// Not logs: emerge --info and package lists hold no diagnostics by construction.
const NOT_LOGS = /^(?:emerge-info|installed-packages|expected)\b|\.(?:json|md)$/;

interface CorpusFile {
  name: string;
  file: string;
  source: DiagnosticSource;
}

function corpusFiles(dir: "real" | "generated"): CorpusFile[] {
  const root = path.join(CORPUS_DIR, dir);
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(path.join(root, entry.name))
        .filter((name) => !NOT_LOGS.test(name) && statSync(path.join(root, entry.name, name)).isFile())
        .map((name) => {
          const role = attachmentRoleFor(name);
          return {
            name: `${dir}.${entry.name}.${name}`,
            file: path.join(root, entry.name, name),
            source: role === "other" ? ("build-log" as const) : role,
          };
        }),
    );
}

function goldenView(extract: DiagnosticExtract) {
  return {
    found: extract.found,
    capped: extract.capped,
    occurrences: extract.occurrences.map((o) => {
      const d = extract.diagnostics[o.diagnostic];
      return `${o.line} ${o.phase ?? "-"} ${d.kind} ${d.flag || "-"} ${d.ruleId} | ${d.text}`;
    }),
  };
}

function compareWithGolden(name: string, extract: DiagnosticExtract): void {
  compareWithGoldenFile(path.join(GOLDEN_DIR, `${name}.json`), goldenView(extract));
}

const REAL = corpusFiles("real");
const GENERATED = corpusFiles("generated");

describe("goldens", () => {
  test("the real corpus is there", () => {
    expect(REAL.length).toBeGreaterThanOrEqual(10);
    expect(GENERATED.length).toBeGreaterThanOrEqual(30);
  });

  test.each([...REAL, ...GENERATED].map((c) => [c.name, c] as const))("%s", (name, corpus) => {
    compareWithGolden(name, extractFromBytes(readFileSync(corpus.file), corpus.source));
  });
});

describe("what is indexed", () => {
  const real = (name: string) => REAL.find((c) => c.name.includes(name)) as CorpusFile;
  const view = (c: CorpusFile) => goldenView(extractFromBytes(readFileSync(c.file), c.source)).occurrences;

  test("old gcc: errors and warnings, continuation lines left out", () => {
    const lines = view(real("samba"));
    expect(lines).toContain("31 - error - cc-diagnostic | 'scope' undeclared");
    expect(lines.some((l) => l.includes("Each undeclared identifier"))).toBe(false);
    expect(lines.some((l) => l.includes("its scope is only"))).toBe(false);
    expect(lines).toContain(
      "44 - qa sandbox sandbox-summary-entry | ACCESS DENIED: access_wr: /etc/krb5.conf",
    );
  });

  test("config.log: only flagged compiler diagnostics, probe errors left out", () => {
    const lines = view(real("config-log-autoconf"));
    expect(lines).toEqual([
      "122 configure warning -Wvexing-parse cc-diagnostic | empty parentheses were disambiguated as a function declaration",
    ]);
  });

  test("collisions: one per colliding path", () => {
    expect(view(real("merge-file-collision"))).toEqual([
      "2 - qa collision collision-path | file collision: /usr/bin/hardlink",
    ]);
  });
});

describe("prefixed logs", () => {
  test("a mail-quoted log gives what the plain one gives, at the same lines", () => {
    const view = (name: string) => {
      const corpus = GENERATED.find((c) => c.name === `generated.${name}.build.log`) as CorpusFile;
      return goldenView(extractFromBytes(readFileSync(corpus.file), corpus.source));
    };
    expect(view("compile-mail-quoted-popt")).toEqual(view("compile-c-implicit-decl-popt"));
  });
});

describe("lines the corpus lacks", () => {
  const lines = [
    ">>> Configuring source in /var/tmp/portage/x/y-1/work/y-1 ...",
    " * QA Notice: Found the following implicit function declarations in configure logs:",
    " *   /var/tmp/portage/x/y-1/work/y-1/config.log:1234 - strlcpy",
    " * Check that no features were accidentally disabled.",
    ">>> Compiling source in /var/tmp/portage/x/y-1/work/y-1 ...",
    "/var/tmp/portage/x/y-1/work/y-1/src/a.c:12:3: error: implicit declaration of function 'strlcpy'; did you mean 'strncpy'? [-Wimplicit-function-declaration]",
    "b.c:7:1: warning: call to undeclared function 'strlcpy'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]",
    "a.c:9:2: note: include '<string.h>' or provide a declaration of 'strlcpy'",
    "a.c: In function 'main':",
    "c.c:3:1: error: passing argument 1 of 'f' from incompatible pointer type [-Werror=incompatible-pointer-types]",
    "d.c:4:1: warning: unused variable 'x' [-Wunused-variable[https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html#index-Wunused-variable]]",
    "error[E0425]: cannot find value `foo` in this scope",
    "/usr/bin/ld: warning: libfoo.so.1, needed by libbar.so, not found (try using -rpath or -rpath-link)",
    "SKIP: test-locale",
    "SKIPPED [1] tests/test_net.py:12: requires network",
    " * QA Notice: Files built without respecting CFLAGS have been detected",
  ];

  test("each with kind, flag and normalised text", () => {
    const extract = extractDiagnostics(lines, "build-log");
    expect(goldenView(extract).occurrences).toEqual([
      "2 configure qa qa-configure-implicit-decl qa-notice | Found the following implicit function declarations in configure logs:",
      "3 configure warning -Wimplicit-function-declaration qa-configure-implicit-decl-entry | implicit declaration of function 'strlcpy'",
      "6 compile error -Wimplicit-function-declaration cc-diagnostic | implicit declaration of function 'strlcpy'",
      // The same diagnostic as the configure-time one (kind, flag and text): one row, two occurrences.
      "7 compile warning -Wimplicit-function-declaration qa-configure-implicit-decl-entry | implicit declaration of function 'strlcpy'",
      "10 compile error -Wincompatible-pointer-types cc-diagnostic | passing argument <n> of 'f' from incompatible pointer type",
      "11 compile warning -Wunused-variable cc-diagnostic | unused variable 'x'",
      "12 compile error E0425 rustc-diagnostic | cannot find value 'foo' in this scope",
      "13 compile warning - ld-warning | libfoo.so.1, needed by libbar.so, not found (try using -rpath or -rpath-link)",
      "14 compile test skipped test-automake-skip | test-locale",
      "15 compile test skipped test-pytest-skipped | tests/test_net.py:<n>: requires network",
      "16 compile qa qa-flags-ignored qa-notice | Files built without respecting CFLAGS have been detected",
    ]);
  });
});

describe("cap", () => {
  test("occurrences past the cap are counted, not kept, and the cap is stated", () => {
    const lines = Array.from(
      { length: 50 },
      (_, i) => `f${i}.c:${i + 1}:1: warning: unused variable 'v${i}' [-Wunused-variable]`,
    );
    const extract = extractDiagnostics(lines, "build-log", 20);
    expect(extract.occurrences).toHaveLength(20);
    expect(extract.found).toBe(50);
    expect(extract.capped).toBe(true);
    expect(extract.cap).toBe(20);
  });
});

describe("byte stream", () => {
  test("equals the line API on every corpus file, cut into random pieces", () => {
    const next = random(3);
    for (const corpus of [...REAL, ...GENERATED]) {
      const bytes = readFileSync(corpus.file);
      const expected = extractDiagnostics(splitLogText(bytes.toString("utf8")), corpus.source);
      const stream = new DiagnosticStream(corpus.source);
      for (let at = 0; at < bytes.length; ) {
        const size = 1 + Math.floor(next() * 300);
        stream.push(bytes.subarray(at, at + size));
        at += size;
      }
      expect(stream.finish(), corpus.name).toEqual(expected);
    }
  });

  test("a probe log's gate passes only lines that name a flag, and finds what the line API finds", () => {
    // Past the line-prefix stage's sample (every sampled line is read whole).
    const filler = Array.from({ length: 60 }, (_, i) => `configure:${i}: checking for f${i}`);
    const config = [
      ...filler,
      "configure:5157: checking for strlcpy",
      "conftest.c:9:10: fatal error: ac_nonexistent.h: No such file or directory",
      "conftest.c:52:3: error: implicit declaration of function 'strlcpy' [-Wimplicit-function-declaration]",
      "conftest.c:3:1: warning: return type defaults to 'int' [-Wimplicit-int[https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html#index-Wimplicit-int]]",
      "conftest.c:7:5: error: passing argument 1 of 'f' makes pointer from integer [-Werror=int-conversion]",
      "conftest.cpp:4:9: error: invalid conversion from 'int' to 'char*' [-fpermissive]",
      // gcc's colours cut the flag from its bracket.
      "conftest.c:8:2: \u001b[01;35m\u001b[Kwarning: \u001b[m\u001b[Kunused variable 'x' [\u001b[01;35m\u001b[K-Wunused-variable\u001b[m\u001b[K]",
      "error[E0425]: cannot find value `foo` in this scope",
      "/usr/bin/ld: cannot find -lfoo: No such file or directory",
      "conftest.c:2:1: error: unknown type name 'bar'",
    ].join("\n");
    const bytes = Buffer.from(config);
    const expected = extractDiagnostics(splitLogText(config), "config-log");
    expect(expected.occurrences.map((o) => o.line)).toEqual([63, 64, 65, 66, 67, 68]);
    const stream = new DiagnosticStream("config-log");
    stream.push(bytes);
    expect(stream.finish()).toEqual(expected);
    // The probe lines without a flag never reach the rules there; a build log's gate lets them in.
    const probe = Buffer.from("conftest.c:2:1: error: unknown type name 'bar'");
    expect(mayMatterBytes(probe, 0, probe.length, true)).toBe(false);
    expect(mayMatterBytes(probe, 0, probe.length)).toBe(true);
  });
});
