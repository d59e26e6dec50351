import { describe, expect, test } from "vitest";
import { coarseMessage } from "./coarse";
import { withDetail } from "./detail";
import { maskMessage, titleMessage } from "./normalize";
import { ALGORITHM_VERSION, headlineFor } from "./result";
import { signatureHash } from "./signature";

const coarse = (line: string) => coarseMessage(maskMessage(titleMessage(line)));

describe("coarseMessage: package-specific parts go, the breakage stays", () => {
  test.each([
    [
      "poptconfig.c:210:28: error: ‘FNM_PATHNAME’ undeclared (first use in this function)",
      "error: 'FNM_PATHNAME' undeclared",
    ],
    ["fnm.c:3:9: error: use of undeclared identifier 'FNM_PATHNAME'", "error: 'FNM_PATHNAME' undeclared"],
    ["common.h:91:53: error: 'uint8_t' does not name a type", "error: 'uint8_t' undeclared"],
    [
      "src/a.c:5:1: error: implicit declaration of function ‘umask’ [-Werror=implicit-function-declaration]",
      "error: implicit declaration of function 'umask' [-Wimplicit-function-declaration]",
    ],
    [
      "b.c:9:2: error: call to undeclared function 'umask'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]",
      "error: implicit declaration of function 'umask' [-Wimplicit-function-declaration]",
    ],
    [
      "x.cpp:4:2: error: ‘class llvm::Type’ has no member named ‘getPointerElementType’; did you mean ‘getStructElementType’?",
      "error: 'llvm::Type' has no member named 'getPointerElementType'",
    ],
    [
      "y.cpp:4:2: error: no member named 'getPointerElementType' in 'llvm::Type'",
      "error: 'llvm::Type' has no member named 'getPointerElementType'",
    ],
    [
      "r0gdb.c:974:5: error: too many arguments to function ‘fn’; expected 0, have 3",
      "error: too many arguments to function; expected 0",
    ],
    [
      "t.cc:1:10: fatal error: 'llvm/Support/Host.h' file not found",
      "fatal error: llvm/Support/Host.h: No such file or directory",
    ],
    ["/usr/bin/ld: stats.o:(.text+0x2f): undefined reference to `pow'", "undefined reference to 'pow'"],
    ["CMake Error at cmake/FindFoo.cmake:12 (message):", "CMake Error (message):"],
    [
      '../gtk-3.24.52/meson.build:491:9: ERROR: Unknown options: "bin, tests"',
      'ERROR: Unknown options: "bin, tests"',
    ],
    [
      "OSError: [Errno 28] No space left on device: '/var/tmp/portage/a/b-1/work/c.o'",
      "OSError: [Errno <n>] No space left on device",
    ],
    ["configure: error: in `/var/tmp/portage/a/b-1/work/b-1':", "configure: error:"],
    ["ld.lld: error: undefined symbol: foo", "ld.lld: error: undefined symbol: foo"],
  ])("%s", (line, expected) => {
    expect(coarse(line)).toBe(expected);
  });
});

describe("coarseMessage: the failing package's own name", () => {
  test("its atom and distfile become <pkg>, other packages and bare words stay", () => {
    expect(coarseMessage(maskMessage("ERROR: sys-fs/tmsu-0.6.1 failed"), "sys-fs/tmsu")).toBe(
      "ERROR: <pkg> failed",
    );
    expect(
      coarseMessage(
        maskMessage("amdgpu-pro-dkms-16.30.3.315407-r1 has fetch restriction turned on."),
        "sys-kernel/amdgpu-pro-dkms",
      ),
    ).toBe("<pkg> has fetch restriction turned on.");
    expect(coarseMessage("tmsu: no such tag, see tmsu-extra-<v>", "sys-fs/tmsu")).toBe(
      "tmsu: no such tag, see tmsu-extra-<v>",
    );
  });
});

describe("headlineFor", () => {
  const base = { atom: "media-libs/libmatroska-1.7.1", phase: "configure", kind: "configure" as const };
  const ebml = [
    '  By not providing "FindEBML.cmake" in CMAKE_MODULE_PATH this project has',
    '  asked CMake to find a package configuration file provided by "EBML", but',
    "  CMake did not find one.",
    "",
    '  Could not find a package configuration file provided by "EBML" (requested',
    "  version 1.4.3) with any of the following names:",
    "",
    "    EBMLConfig.cmake",
  ];

  test("a CMake find_package title names the package and the file it looked for", () => {
    const headline = headlineFor({
      ...base,
      primaryText: "CMake Error at CMakeLists.txt:8 (find_package):",
      continuation: ebml,
    });
    expect(headline.title).toBe(
      'media-libs/libmatroska-1.7.1 - CMake Error at CMakeLists.txt (find_package): Could not find a package configuration file provided by "EBML" (EBMLConfig.cmake)',
    );
    expect(headline.cause).toEqual({ type: "cmake-package", name: "EBML" });
    expect(headline.signature.coarseText).toBe("missing cmake-package EBML");
  });

  test("the wrapped 'asked CMake to find' paragraph names the package too", () => {
    const headline = headlineFor({
      ...base,
      atom: "dev-libs/a-1",
      primaryText: "CMake Error at CMakeLists.txt:12 (find_package):",
      continuation: [
        '  By not providing "Findignition-cmake2.cmake" in CMAKE_MODULE_PATH this',
        "  project has asked CMake to find a package configuration file provided by",
        '  "ignition-cmake2", but CMake did not find one.',
      ],
    });
    expect(headline.title).toContain('provided by "ignition-cmake2" (Findignition-cmake2.cmake)');
    expect(headline.cause).toEqual({ type: "cmake-package", name: "ignition-cmake2" });
  });

  test("CMake's pkg_check_modules failure names the module", () => {
    const headline = headlineFor({
      ...base,
      atom: "media-video/obs-studio-30.0.2",
      primaryText: "CMake Error at /usr/share/cmake/Modules/FindPkgConfig.cmake:645 (message):",
      continuation: ["  The following required packages were not found:", "", "   - libpipewire-0.3>=0.3.33"],
    });
    expect(headline.title).toBe(
      "media-video/obs-studio-30.0.2 - CMake Error at FindPkgConfig.cmake (message): The following required packages were not found: - libpipewire-0.3>=0.3.33",
    );
    expect(headline.cause).toEqual({ type: "pkg-config", name: "libpipewire-0.3" });
  });

  test("without the detail lines the title stays the line itself and nothing is missing", () => {
    const headline = headlineFor({ ...base, primaryText: "CMake Error at CMakeLists.txt:8 (find_package):" });
    expect(headline.title).toBe(
      "media-libs/libmatroska-1.7.1 - CMake Error at CMakeLists.txt (find_package):",
    );
    expect(headline.cause).toBeNull();
  });

  test("detail is only added to a line that announces it with a colon", () => {
    expect(withDetail("configure: error: foo", ["bar."])).toBe("configure: error: foo");
    expect(withDetail("Error: setup: missing dependencies:", ["  a >=1,", "  b"])).toBe(
      "Error: setup: missing dependencies: a >=1, b",
    );
  });

  test("signatures are versioned sig-v3 and the algorithm analysis-v16", () => {
    const headline = headlineFor({ ...base, primaryText: "configure: error: x" });
    expect(headline.signature.version).toBe("sig-v3");
    expect(headline.signature.coarse).toBe(signatureHash(headline.signature.coarseText ?? ""));
    expect(ALGORITHM_VERSION).toBe("analysis-v16");
  });
});
