// GNU libtool's own complaints (round 33). libtool wraps the compiler and linker; when it gives up it says why on a
// `libtool: … error:` line of its own (2.4.x: `libtool:   error: …`, the mode column blank; older releases
// `libtool: link: cannot find the library …`). A shell command inside the script failing first
// (`../libtool: line 7475: cd: yes/lib: No such file or directory`) is only what libtool saw.
import { type LineRule, TIER_DETAIL, TIER_ROOT } from "./rule";

/** libtool's head: the script's path (`../libtool`, `/bin/sh ./libtool` prints `libtool`), then its mode column. */
const LIBTOOL_HEAD = String.raw`^(?:\S*\/)?libtool: +`;
/**
 * Old libtool's error wording after the mode (its other lines there are the commands it runs): `cannot find the
 * library …`, `cannot determine absolute directory name of …`. Never the bare `libtool: compile: ` or `libtool:
 * link: ` as a needle: every command line of a verbose build holds one (the gate would pass them all).
 */
const OLD_WORDING = "cannot ";

export const LIBTOOL_COMPILE_ERROR: LineRule = {
  id: "libtool-compile-error",
  note: "libtool --mode=compile giving up (`libtool: compile: cannot determine name of library object from …`)",
  needles: ["compile: error: ", "compile: cannot "],
  pattern: new RegExp(`${LIBTOOL_HEAD}compile: +(?:error: |${OLD_WORDING})`),
  example: "libtool: compile: cannot determine name of library object from `'",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

/**
 * Round 36: what only libtool's install mode says (its destination: `cannot install 'x.la' to a directory not ending
 * in /usr/lib`, `'examples' must be an absolute directory name`), with 2.4's blank mode column and its doubled
 * `error: error:`, or old libtool's `install:` mode.
 */
const INSTALL_WORDING = String.raw`(?:error: +){1,2}(?:cannot install |'[^'\n]{1,500}' must be an absolute directory name)`;

export const LIBTOOL_INSTALL_ERROR: LineRule = {
  id: "libtool-install-error",
  note:
    "round 36: libtool --mode=install refusing its destination (`make install` after configure ran again with " +
    "another prefix and no `make clean`; a relative DESTDIR): the install step (a banner's phase decides), not the " +
    "link libtool-error reads a mode-less 2.4 line as",
  needles: ["libtool:   error: ", "libtool: error: ", "install: error: "],
  pattern: new RegExp(`${LIBTOOL_HEAD}(?:install: +)?${INSTALL_WORDING}`),
  example:
    "libtool:   error: error: cannot install 'libx52util.la' to a directory not ending in /usr/local/lib",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  phaseIn: () => "install",
  severity: "error",
};

export const LIBTOOL_ERROR: LineRule = {
  id: "libtool-error",
  note:
    "libtool's fatal error in any other mode (link, relink, install): `-L` paths it cannot resolve, a `.la` it " +
    "cannot find. Its link mode is where nearly all of them come from, so link (2.4's line names no mode)",
  needles: ["libtool:   error: ", "libtool: error: ", ": error: ", ": cannot "],
  pattern: new RegExp(
    `${LIBTOOL_HEAD}(?:error: |(?:link|relink|install|finish|execute): +(?:error: |${OLD_WORDING}))`,
  ),
  example: "libtool:   error: cannot determine absolute directory name of 'yes/lib'",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const LIBTOOL_SHELL_COMPLAINT: LineRule = {
  id: "libtool-shell-complaint",
  note:
    "bash reporting a command inside the libtool script (`../libtool: line 7475: cd: …`): detail, so libtool's " +
    "own `error:` line below it is the primary; alone it still fails an excerpt (a detail line)",
  needles: ["libtool: line "],
  pattern: /^(?:\S*\/)?libtool: line \d+: /,
  example: "../libtool: line 7475: cd: yes/lib: No such file or directory",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "link",
  severity: "error",
};

export const LIBTOOL_RULES: readonly LineRule[] = [
  LIBTOOL_COMPILE_ERROR,
  LIBTOOL_INSTALL_ERROR,
  LIBTOOL_ERROR,
  LIBTOOL_SHELL_COMPLAINT,
];
