// Templates for failures inside the build system: configure, compile, link, install, test.
import {
  AUTOMAKE_TESTS,
  CMAKE_PACKAGES,
  CXX_CONVERSIONS,
  DOC_FILES,
  ENCLOSING_FUNCTIONS,
  IMPLICIT_DECLARATIONS,
  MESON_OPTIONS,
  MISSING_LIBRARIES,
  PYTEST_TESTS,
  SOURCE_STEMS,
  skewedPick,
  UNDEFINED_SYMBOLS,
} from "./details";
import type { LogTemplate } from "./template-types";

const NATIVE = ["autotools", "cmake", "meson"] as const;

export const BUILD_TEMPLATES: readonly LogTemplate[] = [
  {
    id: "compile-c-implicit-declaration",
    kind: "compile",
    caseName: "compile-c-implicit-decl-popt",
    buildSystems: ["autotools", "meson"],
    attachments: [],
    drawDetail: (rng) => {
      const [fn, macro1, macro2, hint] = skewedPick(rng, IMPLICIT_DECLARATIONS);
      return [
        ["fnmatch", fn],
        ["FNM_PATHNAME", macro1],
        ["FNM_PERIOD", macro2],
        ["rpmatch", hint],
        ["configAppMatch", rng.pick(ENCLOSING_FUNCTIONS)],
        ["poptconfig", rng.pick(SOURCE_STEMS)],
      ];
    },
  },
  {
    id: "compile-cxx-invalid-conversion",
    kind: "compile",
    caseName: "compile-cxx-ninja-tinyxml2",
    buildSystems: ["cmake"],
    attachments: [],
    drawDetail: (rng) => {
      const [from, to] = skewedPick(rng, CXX_CONVERSIONS);
      const line = String(rng.int(40, 3000));
      return [
        ["‘const char*’ to ‘char*’", `‘${from}’ to ‘${to}’`],
        ["from const char  to char ", `from ${from.replace("*", " ")} to ${to.replace("*", " ")}`],
        ["cpp:247:10:", `cpp:${line}:10:`],
        ["  247 |", `${line.padStart(5)} |`],
        ["ParseName", rng.pick(["ParseName", "Parse", "SetValue", "Load", "Append"])],
      ];
    },
  },
  {
    id: "compile-pep517-bdist-wheel",
    kind: "compile",
    caseName: "compile-pep517-invalid-command-bdist-wheel-markupsafe",
    buildSystems: ["python"],
    attachments: [],
    drawDetail: () => [],
  },
  {
    id: "configure-autoconf-missing-library",
    kind: "configure",
    caseName: "configure-autoconf-tmux-libevent-missing",
    buildSystems: ["autotools"],
    attachments: [["config.log", "config.log"]],
    drawDetail: (rng) => [["libevent", skewedPick(rng, MISSING_LIBRARIES)]],
  },
  {
    id: "configure-cmake-find-package",
    kind: "configure",
    caseName: "configure-cmake-find-package-ebml-libmatroska",
    buildSystems: ["cmake"],
    attachments: [["CMakeOutput.log", "CMakeOutput.log"]],
    drawDetail: (rng) => {
      const name = skewedPick(rng, CMAKE_PACKAGES);
      return [
        ["EBML", name],
        ["ebml", name.toLowerCase()],
      ];
    },
  },
  {
    id: "configure-meson-unknown-options",
    kind: "configure",
    caseName: "configure-meson-unknown-options-fribidi",
    buildSystems: ["meson"],
    attachments: [["meson-log.txt", "meson-log.txt"]],
    drawDetail: (rng) => [['"bin, tests"', `"${skewedPick(rng, MESON_OPTIONS)}"`]],
  },
  {
    id: "install-no-rule-to-make-target",
    kind: "install",
    caseName: "install-no-rule-framing-html-libogg",
    buildSystems: ["autotools"],
    attachments: [],
    drawDetail: (rng) => [["framing.html", skewedPick(rng, DOC_FILES)]],
  },
  {
    id: "link-undefined-reference",
    kind: "link",
    caseName: "link-undefined-reference-pow-hello",
    buildSystems: NATIVE,
    attachments: [],
    drawDetail: (rng) => {
      const symbol = skewedPick(rng, UNDEFINED_SYMBOLS);
      return [
        ["`pow'", `\`${symbol}'`],
        ["reference to pow", `reference to ${symbol}`],
        ["0x1ea", `0x${rng.hex(3)}`],
      ];
    },
  },
  {
    id: "test-automake-check",
    kind: "test",
    caseName: "test-automake-check-libyaml",
    buildSystems: ["autotools"],
    attachments: [["test-suite.log", "test-suite.log"]],
    drawDetail: (rng) => [["test-version", skewedPick(rng, AUTOMAKE_TESTS)]],
  },
  {
    id: "test-pytest-failed",
    kind: "test",
    caseName: "test-pytest-markupsafe",
    buildSystems: ["python"],
    attachments: [],
    drawDetail: (rng) => [["test_escape", skewedPick(rng, PYTEST_TESTS)]],
  },
];
