// Round 47b: the JavaScript build tools an ebuild runs under npm, yarn or pnpm (bundlers, node-gyp, node itself):
// each tool's own line that says what failed, over the package manager's summary (` ELIFECYCLE  Command failed`,
// `error Command failed with exit code 1.`) and the die. npm's own block is other-tools.ts' (npm-error). A
// missing module is the build step's failure (the kind of the phase; compile without one), as tsc's TS2307 is.
import { type LineRule, TIER_DETAIL, TIER_ROOT } from "./rule";

/** What a JavaScript tool's error line has in common: it fails the step that ran it (compile without a phase). */
const JS_TOOL_ERROR = {
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
} as const;

export const ESBUILD_ERROR: LineRule = {
  ...JS_TOOL_ERROR,
  id: "esbuild-error",
  note:
    "esbuild's error (0.14+): `✘ [ERROR] <message>`, `X [ERROR]` where the terminal has no Unicode; its location " +
    "and source follow, and a host (vite, a build script) sums up after it (`Error: Build failed with 1 error:`)",
  needles: ["✘ [ERROR] ", "X [ERROR] "],
  pattern: /^\s{0,4}[✘X] \[ERROR\] \S/,
  example: '✘ [ERROR] Could not resolve "/root/circleci-milo_vin-workingDir/npx"',
};

export const ROLLUP_ERROR: LineRule = {
  ...JS_TOOL_ERROR,
  id: "rollup-error",
  note:
    "rollup's command line reporting the build's error: `[!] Error: …` (rollup 1-2), `[!] RollupError: …` " +
    "(rollup 3-4), a plugin's `[!] (plugin typescript) Error: …`; the same error's stack follows",
  needles: ["Error: "],
  pattern: /^\[!\] (?:\(plugin [^)\n]{1,80}\) )?[A-Z]?[a-z]*Error: \S/,
  example: "[!] Error: Could not resolve entry module (packages/plugin-gemoji/lib/index.js).",
};

export const WEBPACK_MODULE_NOT_FOUND: LineRule = {
  ...JS_TOOL_ERROR,
  id: "webpack-module-not-found",
  note:
    "webpack's resolver under its `ERROR in ./src/x.js` header (also on the header's line, and for an entry " +
    "point): `Module not found: Error: Can't resolve 'x' in '/dir'`; Next.js words it without `Error: `",
  needles: ["odule not found: "],
  pattern: /^(?:ERROR in )?(?:Entry m|M)odule not found: (?:Error: )?Can't resolve /,
  example:
    "Module not found: Error: Can't resolve 'core-js/modules/es6.reflect.get' in 'D:\\projects\\form-create\\src'",
};

/** yarn berry's message codes that stop an install (YARN_BERRY_ERROR). */
const YARN_BERRY_ERROR_CODES = [
  "0001",
  "0009",
  "0016",
  "0018",
  "0020",
  "0028",
  "0030",
  "0035",
  "0066",
  "0082",
];

/** node-gyp's and npm's prefixes: npm 7+ repeats a failed install script's output after its own `npm ERR! `. */
const GYP_ERR = "^(?:npm (?:ERR!|error) )?gyp ERR! ";

/**
 * node-gyp's `gyp ERR! stack Error: …` under its `configure error` header: what the configure step could not do
 * (find Python, download the headers, run gyp). It takes the header's place (analyzer.ts giveReason).
 */
export const NODE_GYP_CONFIGURE_REASON: LineRule = {
  ...JS_TOOL_ERROR,
  id: "node-gyp-configure-reason",
  needles: [],
  pattern: new RegExp(`${GYP_ERR}stack \\w*Error: \\S`),
  example: `gyp ERR! stack Error: Can't find Python executable "python", you can set the PYTHON env variable.`,
  kind: "configure",
  reasonFor: () => true,
};

export const NODE_GYP_CONFIGURE_ERROR: LineRule = {
  ...JS_TOOL_ERROR,
  id: "node-gyp-configure-error",
  note:
    "node-gyp's configure step failing (LABELLING.md convention 7: configure, also run from src_compile); its " +
    "reason is the `gyp ERR! stack Error: …` line under it (node-gyp-configure-reason)",
  needles: ["gyp ERR! configure error"],
  pattern: new RegExp(`${GYP_ERR}configure error\\s*$`),
  example: "gyp ERR! configure error ",
  kind: "configure",
  nextLine: NODE_GYP_CONFIGURE_REASON,
};

export const NODE_ERROR_CODE: LineRule = {
  ...JS_TOOL_ERROR,
  id: "node-error-code",
  note:
    "node's uncaught error with its code (`Error [ERR_MODULE_NOT_FOUND]: Cannot find module …`, `TypeError " +
    "[ERR_INVALID_ARG_TYPE]: …`) under the `node:internal/…` frame and caret: detail, as python-exception is",
  needles: ["Error [ERR_"],
  pattern: /^[A-Z]?[a-z]*Error \[ERR_[A-Z0-9_]+\]: \S/,
  example:
    "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/www/gpt-llama.cpp/node_modules/fs/promises' imported from /www/gpt-llama.cpp/utils.js",
  tier: TIER_DETAIL,
};

export const PNPM_ERROR: LineRule = {
  ...JS_TOOL_ERROR,
  id: "pnpm-error",
  note:
    "pnpm's own error: ` ERR_PNPM_<CODE>  <message>` (pnpm 6-10), `[ERR_PNPM_<CODE>] <message>` (pnpm 11): a " +
    "lockfile it may not change, a package it cannot fetch offline, a registry it cannot reach. Not its summary " +
    "of a workspace script's failure (`ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  pkg@1.0 build: …`, as ` ELIFECYCLE " +
    "Command failed`): the script's own error is above it, else the die's message (LABELLING.md convention 2)",
  needles: ["ERR_PNPM_"],
  pattern: /^(?:\s?ERR_PNPM_(?!RECURSIVE_)[A-Z0-9_]+ {2}|\[ERR_PNPM_(?!RECURSIVE_)[A-Z0-9_]+\] )\S/,
  example:
    " ERR_PNPM_FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE  Cannot perform a frozen installation because the version of the lockfile is incompatible with this version of pnpm",
};

export const VITE_UNRESOLVED_IMPORT: LineRule = {
  ...JS_TOOL_ERROR,
  id: "vite-unresolved-import",
  note:
    'vite stopping its build on rollup\'s unresolved import: `[vite]: Rollup failed to resolve import "x" from ' +
    '"y".`, then its advice, `error during build:` and the same text thrown (`Error: [vite]: …`, python-exception)',
  needles: ["Rollup failed to resolve import "],
  pattern: /^(?:ERROR\s+)?\[vite\]: Rollup failed to resolve import "/,
  example:
    '[vite]: Rollup failed to resolve import "@datasert/cronjs-parser" from "C:/Users/pasha/Code/paisa/src/lib/transaction_sequence.ts".',
};

/**
 * yarn 1's own error for an exception it caught (a registry it cannot reach, a tarball it cannot read): `error An
 * unexpected error occurred: "<url>: <reason>".` (yarn 0.16's `occured`), above its `info If you think this is a
 * bug` lines. Not its `error Command failed with exit code N.`, which sums up a script's failure (convention 2).
 * As npm's network error (npm-network-error): the step's kind, none without a phase (round 28).
 */
export const YARN_UNEXPECTED_ERROR: LineRule = {
  ...JS_TOOL_ERROR,
  id: "yarn-unexpected-error",
  needles: ["error An unexpected error occur"],
  pattern: /^error An unexpected error occurr?ed[:,] /,
  example:
    'error An unexpected error occurred: "https://registry.yarnpkg.com/font-awesome/-/font-awesome-4.7.0.tgz: getaddrinfo EAI_AGAIN registry.yarnpkg.com:443".',
  kindWithoutPhase: undefined,
};

/**
 * Round 48b: yarn berry's (yarn 2-4) report lines are `➤ YN<code>: <message>`, a step's lines inside its `┌ … └` frame
 * after `│ `. The codes that stop an install (packages/yarnpkg-core/sources/MessageName.ts): an exception
 * (`YN0001: │ Error: …`), a package's build script failing (`YN0009: │ x@npm:1.0 couldn't be built successfully
 * (exit code 1, logs can be found here: /tmp/xfs-…/build.log)`), a remote or package the registry does not have
 * (YN0016, YN0035's `Package not found`, yarn 4's YN0082 `No candidates found`), a checksum mismatch (YN0018), a lockfile
 * entry missing or to be changed under --immutable (YN0020, YN0028), a fetch failing (YN0030), a patch (YN0066). The
 * line naming what failed is the error; the closing `➤ YN0000: Failed with errors in 3s 12ms` is an echo, unread, as
 * yarn 1's `error Command failed` is (convention 2). A package yarn cannot find is the build step's failure, not
 * `dependency` (LABELLING.md: Portage's resolver only) nor `fetch` (Portage's own distfiles): the step's kind, compile
 * without a phase, as webpack's or tsc's missing module.
 */
export const YARN_BERRY_ERROR: LineRule = {
  ...JS_TOOL_ERROR,
  id: "yarn-berry-error",
  needles: YARN_BERRY_ERROR_CODES.map((code) => `YN${code}: `),
  pattern: new RegExp(`^(?:➤ )?YN(?:${YARN_BERRY_ERROR_CODES.join("|")}): (?:[│·] ){0,3}\\S`),
  example:
    "➤ YN0009: │ node@npm:17.9.1 couldn't be built successfully (exit code 1, logs can be found here: /private/var/folders/xb/l5m_35fn1097qjd6t7zqj28h0000gn/T/xfs-c56ff39c/build.log)",
};

export const JS_BUILD_TOOL_RULES: readonly LineRule[] = [
  ESBUILD_ERROR,
  ROLLUP_ERROR,
  WEBPACK_MODULE_NOT_FOUND,
  NODE_GYP_CONFIGURE_ERROR,
  NODE_ERROR_CODE,
  PNPM_ERROR,
  VITE_UNRESOLVED_IMPORT,
  YARN_UNEXPECTED_ERROR,
  YARN_BERRY_ERROR,
];
