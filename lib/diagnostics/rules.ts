// The diagnostics rule table: one named recogniser per line format, each with
// the example line it catches (rules.test.ts checks every example). Unlike the
// analysis' rules, which pick one primary error, these keep every match: each
// compiler warning, each failed test. The first rule that matches a line wins.
import { QA_NOTICE_PATTERN, qaRuleIdFor } from "../analysis/rules/qa";
import type { LineRule } from "../analysis/rules/rule";
import {
  LD_CANNOT_FIND_LIBRARY,
  LD_MULTIPLE_DEFINITION,
  LD_RECOMPILE_FPIC,
  LD_UNDEFINED_REFERENCE,
} from "../analysis/rules/toolchain";
import { compilerFlag, compilerText, messageText, pathMessageText } from "./normalize";
import { FAILED_TESTS, SKIPPED_TESTS } from "./test-rules";
import type { DiagnosticKind } from "./types";

export interface DiagnosticMatch {
  kind: DiagnosticKind;
  flag: string;
  text: string;
}

export interface DiagnosticRule {
  id: string;
  /** Fixed substrings of which every match holds one: the byte gate (extract.ts) looks for these. */
  needles: readonly string[];
  example: string;
  /** A compiler diagnostic: in probe logs (config.log & co.) only these with a -W flag count. */
  compiler?: boolean;
  match(text: string): DiagnosticMatch | null;
}

// Old gcc's continuation lines carry the severity of the line above but are not diagnostics of their own.
const CONTINUATIONS = [
  "(Each undeclared identifier is reported only once",
  "for each function it appears in.)",
  "its scope is only this definition or declaration",
];

function severityKind(severity: string): DiagnosticKind {
  return severity.endsWith("arning") || severity === "Warnung" ? "warning" : "error";
}

function compilerMatch(line: string, severity: string): DiagnosticMatch | null {
  if (CONTINUATIONS.some((text) => line.includes(text))) return null;
  const text = compilerText(line);
  return text ? { kind: severityKind(severity), flag: compilerFlag(line), text } : null;
}

const CC_LOCATED =
  /^[^\s:][^:]*:\d+(?::\d+)?: (?:fatal |schwerwiegender )?(warning|error|Warnung|Fehler): \S/;

export const CC_LOCATED_DIAGNOSTIC: DiagnosticRule = {
  id: "cc-diagnostic",
  needles: ["warning: ", "error: ", "Warnung: ", "Fehler: "],
  example:
    "popt.c:52:3: warning: implicit declaration of function 'strlcpy' [-Wimplicit-function-declaration]",
  compiler: true,
  match(line) {
    const found = CC_LOCATED.exec(line);
    return found ? compilerMatch(line, found[1]) : null;
  },
};

const CC_DRIVER =
  /^(?:[\w.+-]*-)?(?:gcc|g\+\+|cc|c\+\+|cpp|clang|clang\+\+|cc1|cc1plus|lto1|lto-wrapper)(?:-\d+)?: (?:fatal )?(warning|error): \S/;

export const CC_DRIVER_DIAGNOSTIC: DiagnosticRule = {
  id: "cc-driver-diagnostic",
  needles: ["warning: ", "error: "],
  example: "cc1: warning: command-line option '-fno-rtti' is valid for C++/D/ObjC++ but not for C",
  compiler: true,
  match(line) {
    const found = CC_DRIVER.exec(line);
    return found ? compilerMatch(line, found[1]) : null;
  },
};

// Only the bracketed forms: a bare "warning: " line is printed by too many tools to say it is rustc's.
const RUSTC = /^(warning|error)\[([\w:]+)\]: \S/;

export const RUSTC_DIAGNOSTIC: DiagnosticRule = {
  id: "rustc-diagnostic",
  needles: ["warning[", "error["],
  example: "error[E0425]: cannot find value `foo` in this scope",
  compiler: true,
  match(line) {
    const found = RUSTC.exec(line);
    if (!found) return null;
    const text = compilerText(line.slice(line.indexOf("]: ") + 3));
    return text ? { kind: severityKind(found[1]), flag: found[2], text } : null;
  },
};

const LD_WARNING = /^(?:\S*\/)?(?:[\w.+-]*-)?(?:ld|ld\.\w+|mold)(?:: [^:\s]+)?: warning: \S/;

export const LD_WARNING_DIAGNOSTIC: DiagnosticRule = {
  id: "ld-warning",
  needles: ["warning: "],
  example:
    "/usr/bin/ld: warning: libfoo.so.1, needed by libbar.so, not found (try using -rpath or -rpath-link)",
  compiler: true,
  match(line) {
    return LD_WARNING.test(line) ? compilerMatch(line, "warning") : null;
  },
};

function fromLinkerRule(rule: LineRule): DiagnosticRule {
  return {
    id: rule.id,
    needles: rule.needles,
    example: rule.example,
    compiler: true,
    match: (line) => (rule.pattern.test(line) ? compilerMatch(line, "error") : null),
  };
}

export const LINKER_ERRORS: readonly DiagnosticRule[] = [
  LD_UNDEFINED_REFERENCE,
  LD_CANNOT_FIND_LIBRARY,
  LD_MULTIPLE_DEFINITION,
  LD_RECOMPILE_FPIC,
].map(fromLinkerRule);

export const QA_NOTICE: DiagnosticRule = {
  id: "qa-notice",
  needles: ["QA Notice: "],
  example: " * QA Notice: Files built without respecting CFLAGS have been detected",
  match(line) {
    if (!QA_NOTICE_PATTERN.test(line)) return null;
    const message = line.slice(line.indexOf("QA Notice: ") + "QA Notice: ".length);
    return { kind: "qa", flag: qaRuleIdFor(line), text: messageText(message) };
  },
};

const ACCESS_DENIED = /^\s*\* ACCESS DENIED:\s+(\w+):\s+(\S.*)$/;

export const SANDBOX_ACCESS_DENIED: DiagnosticRule = {
  id: "sandbox-access-denied",
  needles: ["ACCESS DENIED"],
  example: " * ACCESS DENIED:  open_wr:            /usr/share/locale/bg/LC_MESSAGES/hello.mo",
  match(line) {
    const found = ACCESS_DENIED.exec(line);
    return found ? sandboxMatch(found[1], found[2]) : null;
  },
};

export function sandboxMatch(operation: string, path: string): DiagnosticMatch {
  return { kind: "qa", flag: "sandbox", text: pathMessageText(`ACCESS DENIED: ${operation}: ${path}`) };
}

/** In order: the first rule that matches a line decides. */
export const DIAGNOSTIC_RULES: readonly DiagnosticRule[] = [
  CC_LOCATED_DIAGNOSTIC,
  CC_DRIVER_DIAGNOSTIC,
  RUSTC_DIAGNOSTIC,
  ...LINKER_ERRORS,
  LD_WARNING_DIAGNOSTIC,
  QA_NOTICE,
  SANDBOX_ACCESS_DENIED,
  ...FAILED_TESTS,
  ...SKIPPED_TESTS,
];
