import { expect, test } from "vitest";
import { parseAtom, splitAtom } from "./atom";

test.each([
  ["dev-libs/popt-1.19", "dev-libs", "popt", "1.19"],
  ["app-misc/tmux-3.3a-r1", "app-misc", "tmux", "3.3a-r1"],
  ["media-sound/sox-14.4.2_p20210509-r3", "media-sound", "sox", "14.4.2_p20210509-r3"],
  ["=dev-db/myodbc-8.0.32::gentoo", "dev-db", "myodbc", "8.0.32"],
  ["dev-python/python-3-compat-1.0_rc2", "dev-python", "python-3-compat", "1.0_rc2"],
  ["sys-libs/glibc-2.40-r5:2.2", "sys-libs", "glibc", "2.40-r5"],
])("parses %s", (atom, category, name, version) => {
  expect(parseAtom(atom)).toMatchObject({ category, name, version });
});

test.each(["popt-1.19", "dev-libs/popt", "a/b/c-1", "", "dev-libs/-1.0", "../etc/passwd-1"])(
  "rejects %j",
  (atom) => {
    expect(parseAtom(atom)).toBeNull();
  },
);

// splitAtom is what the analysis reads from logs: a versionless `cat/pn` still splits.
test.each([
  ["dev-libs/popt-1.19", "popt", "1.19"],
  ["media-sound/sox-14.4.2_p20210509-r3", "sox", "14.4.2_p20210509-r3"],
  ["dev-libs/popt-1.19:0", "popt", "1.19"],
  ["app-text/dos2unix-7.4.3-r1", "dos2unix", "7.4.3-r1"],
  ["dev-lang/perl-5.40.0-r1", "perl", "5.40.0-r1"],
  ["x11-libs/gtk+-3.24.52", "gtk+", "3.24.52"],
  ["dev-libs/popt", "popt", null],
])("splits %s", (atom, packageName, version) => {
  expect(splitAtom(atom)).toMatchObject({ packageName, version });
});

test.each(["sox", "", "a/b/c-1", "dev-libs/"])("splitAtom rejects %j", (atom) => {
  expect(splitAtom(atom)).toBeNull();
});
