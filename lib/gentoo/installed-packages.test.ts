import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { installedVersions, parseInstalledPackages } from "./installed-packages";

const read = (path: string) => readFileSync(path, "utf8");

test("qlist-info rows carry version, slot and USE", () => {
  const rows = parseInstalledPackages(
    read("fixtures/corpus/generated/test-automake-check-libyaml/issue-dir/files/qlist-info.txt"),
  );
  const python = rows.find((r) => r.name === "python");
  expect(python).toMatchObject({
    atom: "dev-lang/python-3.13.3_p2",
    category: "dev-lang",
    version: "3.13.3_p2",
    slot: "3.13",
  });
  expect(python?.useEnabled).toContain("ssl");
  expect(python?.useDisabled).toContain("test");
  expect(rows.find((r) => r.name === "perl")?.slot).toBe("0/5.40");
});

test("a plain installed-packages list gives every atom and skips its header and footer", () => {
  const rows = parseInstalledPackages(
    read("fixtures/corpus/real/installed-packages-2026-gnome-systemd/installed-packages.txt"),
  );
  expect(rows).toHaveLength(1335);
  expect(rows[0]).toEqual({
    atom: "acct-group/adm-0-r3",
    category: "acct-group",
    name: "adm",
    version: "0-r3",
    slot: "",
    useEnabled: [],
    useDisabled: [],
  });
});

test("versions by cat/pn keep every slot's version", () => {
  const rows = parseInstalledPackages(
    "sys-devel/gcc-14.3.0 (cxx) [14]\r\nsys-devel/gcc-13.4.0 (cxx) [13]\ndev-libs/openssl-3.5.0 (-fips) [0/3]\nnot an atom\n",
  );
  expect(rows.find((r) => r.name === "openssl")?.useDisabled).toEqual(["fips"]);
  expect(installedVersions(rows)).toEqual(
    new Map([
      ["sys-devel/gcc", { version: "14.3.0, 13.4.0" }],
      ["dev-libs/openssl", { version: "3.5.0" }],
    ]),
  );
});
