// Error-line shapes the benchmark signatures are made of: one per common tinderbox
// failure, with the analysis rule that catches it (lib/analysis/rules).
import type { SyntheticKind } from "../template-types";

export interface SignaturePattern {
  kind: SyntheticKind;
  phase: string;
  ruleId: string;
  /** How many coarse signatures of this shape, relative to the others. */
  weight: number;
  /** The normalised message; {x} is filled from the pattern's pool. */
  message: string;
  /** The raw log line; {x} as above, {file}/{line} from the build. */
  line: string;
  pool:
    | "function"
    | "identifier"
    | "header"
    | "library"
    | "cmake"
    | "test"
    | "file"
    | "path"
    | "package"
    | "ice";
}

const PHASES: Partial<Record<SyntheticKind, string>> = {
  configure: "configure",
  test: "test",
  install: "install",
  sandbox: "install",
  collision: "merge",
  fetch: "fetch",
  dependency: "depend",
};

// One pattern a line: kind | rule | weight | pool | message | raw line (a table, so it stays one line each).
const TABLE = `
compile|cc-error|14|function|implicit declaration of function ‘{x}’ [-Werror=implicit-function-declaration]|{file}.c:{line}:5: error: implicit declaration of function ‘{x}’ [-Werror=implicit-function-declaration]
compile|cc-error|8|identifier|‘{x}’ undeclared (first use in this function)|{file}.c:{line}:12: error: ‘{x}’ undeclared (first use in this function)
compile|cc-error|8|header|{x}.h: No such file or directory|{file}.c:{line}:10: fatal error: {x}.h: No such file or directory
compile|cc-error|6|function|‘{x}’ was not declared in this scope|{file}.cpp:{line}:9: error: ‘{x}’ was not declared in this scope
compile|cc-error|5|function|passing argument 1 of ‘{x}’ from incompatible pointer type [-Wincompatible-pointer-types]|{file}.c:{line}:21: error: passing argument 1 of ‘{x}’ from incompatible pointer type [-Wincompatible-pointer-types]
compile|python-exception|3|identifier|ModuleNotFoundError: No module named '{x}'|ModuleNotFoundError: No module named '{x}'
link|ld-undefined-reference|9|function|undefined reference to \`{x}'|{file}.c:(.text+0x1f4): undefined reference to \`{x}'
link|tool-error|3|library|cannot find -l{x}: No such file or directory|/usr/lib/gcc/x86_64-pc-linux-gnu/15/../../../../x86_64-pc-linux-gnu/bin/ld: cannot find -l{x}: No such file or directory
configure|configure-error|6|library|configure: error: {x} not found|configure: error: {x} not found
configure|cmake-error|5|cmake|Could not find a package configuration file provided by "{x}"|  Could not find a package configuration file provided by "{x}" with any
configure|meson-error|4|library|Dependency "{x}" not found, tried pkgconfig|meson.build:{line}:8: ERROR: Dependency "{x}" not found, tried pkgconfig
test|test-automake-fail|6|test|FAIL: {x}|FAIL: {x}
test|test-pytest-failed|7|test|FAILED tests/test_{x}.py::test_{x}|FAILED tests/test_{x}.py::test_{x} - AssertionError: assert 1 == 0
test|test-ctest-failed|3|test|{x} (Failed)|	  7 - {x} (Failed)
install|make-no-rule|2|file|No rule to make target '{x}', needed by 'install-am'. Stop.|make[2]: *** No rule to make target '{x}', needed by 'install-am'.  Stop.
sandbox|sandbox-access-denied|2|path|ACCESS DENIED: open_wr: /usr/{x}| * ACCESS DENIED:  open_wr:            /usr/{x}
collision|file-collision|2|package|file collision with {x}| * Detected file collision(s):
fetch|fetch-failed|2|file|Couldn't download '{x}.tar.xz'. Aborting.|!!! Couldn't download '{x}.tar.xz'. Aborting.
dependency|dependency-unsatisfied|3|package|The ebuild selected to satisfy "{x}" has unmet requirements.|!!! The ebuild selected to satisfy "{x}" has unmet requirements.
oom|oom-killed-signal|1|identifier|fatal error: Killed signal terminated program {x}|x86_64-pc-linux-gnu-g++: fatal error: Killed signal terminated program {x}
ice|ice|1|ice|internal compiler error: {x}|{file}.cc:{line}:1: internal compiler error: {x}
disk_full|disk-full|1|identifier|No space left on device ({x})|cc1: fatal error: error writing to /var/tmp/portage/{x}.s: No space left on device
`;

export const SIGNATURE_PATTERNS: readonly SignaturePattern[] = TABLE.trim()
  .split("\n")
  .map((row) => {
    const [kind, ruleId, weight, pool, message, line] = row.split("|");
    const typedKind = kind as SyntheticKind;
    return {
      kind: typedKind,
      phase: PHASES[typedKind] ?? "compile",
      ruleId,
      weight: Number(weight),
      pool: pool as SignaturePattern["pool"],
      message,
      line,
    };
  });
