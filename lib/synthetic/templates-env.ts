// Templates for failures around the build: sandbox, merge collision, fetch, dependency
// resolution, the machine (OOM, ICE, disk full), and the successes (plain and with QA notices).
import { ENCLOSING_FUNCTIONS, ICE_MESSAGES, QA_NOTICES, SOURCE_STEMS, skewedPick } from "./details";
import { spliceDiskFull, spliceIce, spliceQaNotice } from "./splices";
import { atomOf } from "./substitute";
import type { LogTemplate } from "./template-types";

const USE_FLAGS = "minimal test static-libs ssl doc python threads".split(" ");

export const ENV_TEMPLATES: readonly LogTemplate[] = [
  {
    id: "sandbox-install-outside-image",
    kind: "sandbox",
    caseName: "sandbox-install-without-destdir-hello",
    buildSystems: ["autotools"],
    attachments: [],
    drawDetail: () => [],
  },
  {
    id: "merge-file-collision",
    kind: "collision",
    caseName: "merge-file-collision-dos2unix-hd2u",
    buildSystems: null,
    attachments: [],
    drawDetail: (_rng, { other }) => [
      ["app-text/hd2u-1.0.4-r1", `${other.category}/${other.pn}-${other.pvr}`],
      ["hd2u", other.pn],
    ],
  },
  {
    id: "fetch-checksum-failure",
    kind: "fetch",
    caseName: "fetch-checksum-size-mismatch-libsndfile",
    buildSystems: null,
    attachments: [],
    drawDetail: (rng, { target }) => [
      ["/download/1.2.2/", `/download/${target.pvr.replace(/-r\d+$/, "")}/`],
      ["1049720", String(1038512 + rng.int(1, 90000))],
    ],
  },
  {
    id: "dependency-required-use",
    kind: "dependency",
    caseName: "dependency-required-use-unsatisfied-sox",
    buildSystems: null,
    attachments: [],
    drawDetail: (rng, { other }) => {
      const flag = rng.pick(USE_FLAGS);
      return [
        ["media-libs/libsndfile", `${other.category}/${other.pn}`],
        ["1.2.2-r2", other.pvr],
        ["minimal", flag],
        ["[ogg]", `[${rng.pick(USE_FLAGS.filter((use) => use !== flag))}]`],
      ];
    },
  },
  {
    id: "oom-killed-compiler",
    kind: "oom",
    caseName: "oom-killed-cc1plus-tinyxml2",
    buildSystems: ["cmake"],
    attachments: [],
    drawDetail: () => [],
  },
  {
    id: "ice-gcc",
    kind: "ice",
    caseName: "compile-c-implicit-decl-popt",
    buildSystems: ["autotools", "meson"],
    attachments: [],
    rewrite: spliceIce,
    title: "dev-libs/popt-1.19 - poptconfig.c: internal compiler error: @ICE@",
    drawDetail: (rng) => [
      ["@ICE@", skewedPick(rng, ICE_MESSAGES)],
      ["configAppMatch", rng.pick(ENCLOSING_FUNCTIONS)],
      ["poptconfig", rng.pick(SOURCE_STEMS)],
    ],
  },
  {
    id: "disk-full",
    kind: "disk_full",
    caseName: "compile-c-implicit-decl-popt",
    buildSystems: ["autotools", "meson"],
    attachments: [],
    rewrite: spliceDiskFull,
    title: "dev-libs/popt-1.19 - cc1: fatal error: error writing to /.../cc@TMP@.s: No space left on device",
    drawDetail: (rng) => [["@TMP@", rng.hex(6)]],
  },
  {
    id: "qa-notice",
    kind: "qa",
    caseName: "success-libyaml-full-build",
    buildSystems: null,
    attachments: [],
    rewrite: spliceQaNotice,
    title: "dev-libs/libyaml-0.2.5 - QA Notice: @QATITLE@",
    drawDetail: (rng, { target }) => {
      const [first, ...rest] = skewedPick(rng, QA_NOTICES);
      const lines = [
        ` * QA Notice: ${first}`,
        ...rest.map((line) => (line.startsWith(" *") ? line : ` * ${line}`)),
      ];
      const text = lines
        .join("\n")
        .replace(/LIB/g, target.pn.replace(/^lib/, ""))
        .replace(/CATPF/g, atomOf(target));
      return [
        ["@QA@", text],
        ["@QATITLE@", first],
      ];
    },
  },
];

export const SUCCESS_TEMPLATE: LogTemplate = {
  id: "success",
  kind: "none",
  caseName: "success-libyaml-full-build",
  buildSystems: null,
  attachments: [],
  drawDetail: () => [],
  title: "",
};
