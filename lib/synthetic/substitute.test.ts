import { expect, test } from "vitest";
import { Rng } from "./prng";
import { identityOfLog, identityReplacements, replaceAll, retime } from "./substitute";

test("replaceAll takes the longest match and never replaces twice", () => {
  expect(
    replaceAll("popt popt-1.19 poptconfig.c", [
      ["popt", "xpopt"],
      ["popt-1.19", "zlib-2"],
    ]),
  ).toBe("xpopt zlib-2 xpoptconfig.c");
});

test("a log's identity reads S from its work paths", () => {
  const log = ">>> Preparing source in /var/tmp/portage/dev-libs/libyaml-0.2.5-r1/work/yaml-0.2.5 ...";
  const identity = identityOfLog("dev-libs/libyaml-0.2.5-r1", log);
  expect(identity).toEqual({ category: "dev-libs", pn: "libyaml", pvr: "0.2.5-r1", sourceDir: "yaml-0.2.5" });
  const target = { category: "sys-libs", pn: "zlib", pvr: "1.3", sourceDir: "" };
  expect(replaceAll(log, identityReplacements(identity, target))).toBe(
    ">>> Preparing source in /var/tmp/portage/sys-libs/zlib-1.3/work/zlib-1.3 ...",
  );
});

test("retime moves log-name stamps and wget times", () => {
  const at = new Date("2026-10-01T08:09:10Z");
  expect(retime("x:20261128-044417.log --2026-11-29 13:02:50--", at)).toBe(
    "x:20261001-080910.log --2026-10-01 08:09:10--",
  );
});

test("the PRNG is deterministic per seed", () => {
  const draw = (seed: number) => Array.from({ length: 5 }, (_, i) => new Rng(seed + i).int(0, 1000));
  expect(draw(7)).toEqual(draw(7));
  expect(draw(7)).not.toEqual(draw(8));
});
