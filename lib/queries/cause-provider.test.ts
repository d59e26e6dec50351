import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { installedVersions, parseInstalledPackages } from "../gentoo/installed-packages";
import { findProvider, providerNames } from "./cause-provider";

const installed = new Map(
  [
    ["dev-libs/libpcre", "8.45-r3"],
    ["dev-libs/libpcre2", "10.44"],
    ["sys-libs/zlib", "1.3.1"],
    ["dev-libs/openssl", "3.3.2"],
    ["x11-libs/gtk+", "3.24.43"],
    ["dev-libs/glib", "2.82.2"],
    ["dev-python/pyyaml", "6.0.2"],
    ["dev-perl/XML-Parser", "2.470.0"],
    ["dev-build/cmake", "3.31.7"],
    ["dev-libs/libevent", "2.1.12"],
  ].map(([name, version]) => [name, { version }]),
);

test.each([
  ["pkg-config", "libpcre", "dev-libs/libpcre"],
  ["pkg-config", "libpcre2-8", "dev-libs/libpcre2"],
  ["pkg-config", "gtk+-3.0", "x11-libs/gtk+"],
  ["meson-dependency", "glib-2.0", "dev-libs/glib"],
  ["header", "zlib.h", "sys-libs/zlib"],
  ["header", "openssl/ssl.h", "dev-libs/openssl"],
  ["header", "event2/event.h", "dev-libs/libevent"],
  ["header", "no-such-thing/nothing.h", null],
  ["library", "-lz", "sys-libs/zlib"],
  ["library", "-levent", "dev-libs/libevent"],
  ["python-module", "yaml", "dev-python/pyyaml"],
  ["perl-module", "XML::Parser", "dev-perl/XML-Parser"],
  ["executable", "cmake", "dev-build/cmake"],
  ["atom", ">=dev-libs/glib-2.80:2", "dev-libs/glib"],
  ["symbol", "pcre_compile", null],
  ["pkg-config", "libfoo-does-not-exist", null],
])("%s %s is provided by %s", (type, name, expected) => {
  expect(findProvider(type, name, installed)?.package ?? null).toBe(expected);
});

test("the version comes from the build's list; names are tried best first", () => {
  expect(findProvider("pkg-config", "libpcre", installed)).toEqual({
    package: "dev-libs/libpcre",
    version: "8.45-r3",
  });
  expect(providerNames("header", "zlib.h")).toEqual(["zlib", "libzlib"]);
});

test("works on a real qlist-info.txt", () => {
  const text = readFileSync(
    "fixtures/corpus/generated/configure-autoconf-tmux-libevent-missing/issue-dir/files/qlist-info.txt",
    "utf8",
  );
  const found = findProvider("executable", "cmake", installedVersions(parseInstalledPackages(text)));
  expect(found?.package).toBe("dev-build/cmake");
  expect(found?.version).toMatch(/^\d/);
});
