import { expect, test } from "vitest";
import { parseInstalledPackages } from "../gentoo/installed-packages";
import { filterAndSortPackages, readPackageTableState } from "./package-table";

const rows = parseInstalledPackages(
  [
    "dev-lang/python-3.13.3_p2 (ssl -test) [3.13]",
    "dev-lang/python-3.12.9 (ssl) [3.12]",
    "sys-devel/gcc-14.3.0 (cxx -test) [14]",
    "sys-devel/gcc-9.5.0 (cxx) [9]",
  ].join("\n"),
);

test("unknown sort keys and directions fall back to the defaults", () => {
  expect(readPackageTableState({ sort: "atom; DROP TABLE", dir: "sideways" })).toEqual({
    q: "",
    sort: "category",
    dir: "asc",
  });
  expect(readPackageTableState({ q: ["gcc", "x"], sort: "version", dir: "desc" })).toEqual({
    q: "gcc",
    sort: "version",
    dir: "desc",
  });
});

test("filters on atom and USE, sorts versions numerically", () => {
  const gcc = filterAndSortPackages(rows, { q: "gcc", sort: "version", dir: "asc" });
  expect(gcc.map((r) => r.version)).toEqual(["9.5.0", "14.3.0"]);
  expect(filterAndSortPackages(rows, { q: "-test", sort: "name", dir: "desc" }).map((r) => r.atom)).toEqual([
    "dev-lang/python-3.13.3_p2",
    "sys-devel/gcc-14.3.0",
  ]);
});
