// qmake, Qt's configure step (also when the ebuild runs eqmake5 in src_compile): kind configure.
import { type LineRule, TIER_ECHO, TIER_ROOT } from "./rule";

export const QMAKE_PROJECT_ERROR: LineRule = {
  id: "qmake-project-error",
  note:
    "qmake's error() in a .pro/.prf file (`Project ERROR: Unknown module(s) in QT: xml`): qmake is the " +
    "package's configure step even when the ebuild runs eqmake5 in src_compile. Not its `Failed to run:` " +
    "(qmake-tool-failed: the shell's complaint above says why)",
  needles: ["Project ERROR: "],
  pattern: /^Project ERROR: (?!Failed to run: )\S/,
  example: "Project ERROR: Unknown module(s) in QT: xml",
  role: "error",
  tier: TIER_ROOT,
  kind: "configure",
  severity: "error",
};

export const QMAKE_TOOL_FAILED: LineRule = {
  id: "qmake-tool-failed",
  note:
    "qmake's prf files running a Qt tool (lrelease, lupdate) that is not installed; the shell's own " +
    "`sh: /usr/lib64/qt5/bin/lrelease: No such file or directory` above it is the cause (shell-program-missing)",
  needles: ["Project ERROR: Failed to run: "],
  pattern: /^Project ERROR: Failed to run: \S/,
  example: "Project ERROR: Failed to run: /usr/lib64/qt5/bin/lrelease /var/tmp/portage/x/work/x/x.pro",
  role: "error",
  tier: TIER_ECHO,
  kind: "configure",
  severity: "error",
};

export const QMAKE_PARSE_ERROR: LineRule = {
  id: "qmake-parse-error",
  note:
    "qmake's parser and evaluator naming a project file's line (`foo.pro:12: Parse Error ('else')`, " +
    "`x.pri:3: Unterminated conditional block at end of file`); round 19",
  needles: [".pro:", ".pri:", ".prf:"],
  pattern: /^\S+\.(?:pro|pri|prf):\d+: \S/,
  example: "src/viewer.pro:12: Parse Error ('else')",
  role: "error",
  tier: TIER_ROOT,
  kind: "configure",
  severity: "error",
};

export const QMAKE_PROJECT_FILE_FAILED: LineRule = {
  id: "qmake-project-file-failed",
  note: "qmake giving up after the parse error above it: an echo",
  needles: ["Error processing project file: "],
  pattern: /^Error processing project file: \S/,
  example: "Error processing project file: /var/tmp/portage/x/y-1/work/y-1/y.pro",
  role: "error",
  tier: TIER_ECHO,
  // The tool exits non-zero after it: alone it still fails an excerpt.
  conclusive: true,
  kind: "configure",
  severity: "error",
};

export const QT_LINGUIST_ERROR: LineRule = {
  id: "qt-linguist-error",
  note:
    "Qt's translation tools run by the build (CMake's qt_add_translations, qmake's lrelease.prf): `lupdate " +
    "error: …`, the tool's own reason above ninja's or make's echo (round 19)",
  needles: ["update error: ", "release error: "],
  pattern: /^(?:\S*\/)?l(?:update|release)(?:-qt\d)?(?:\.exe)? error: \S/,
  example: "lupdate error: List file 'src/translations.lst' is not readable.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const QMAKE_RULES: readonly LineRule[] = [
  QMAKE_PROJECT_ERROR,
  QMAKE_TOOL_FAILED,
  QMAKE_PARSE_ERROR,
  QMAKE_PROJECT_FILE_FAILED,
  QT_LINGUIST_ERROR,
];
