// The emerge --info summary on a file page, rendered from a real emerge-info.txt:
// the Portage line's facts, the key settings, the version table and USE.
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { parseEmergeInfo } from "@/lib/gentoo/emerge-info";
import { EmergeInfoView } from "./emerge-info-summary";

const info = parseEmergeInfo(
  readFileSync("fixtures/corpus/real/emerge-info-2025-desktop-systemd/emerge-info.txt", "utf8"),
);
const html = renderToStaticMarkup(createElement(EmergeInfoView, { info }));
const facts = Object.fromEntries(
  [...html.matchAll(/<dt>([^<]*)<\/dt><dd>([^<]*)<\/dd>/g)].map(([, label, value]) => [label, value]),
);

test("the facts a triager reads first", () => {
  expect(facts).toMatchObject({
    Portage: "3.0.67",
    Profile: "default/linux/amd64/23.0/desktop/systemd",
    GCC: "14",
    glibc: "2.40-r8",
    Python: "3.13.3-final-0",
    Kernel: "6.12.31-gentoo x86_64",
    CFLAGS: "-march=native -O2 -pipe -fomit-frame-pointer",
    MAKEOPTS: "-j32 -l32",
  });
});

test("the version table, USE and the repositories follow", () => {
  expect(html).toContain(`Toolchain and build tools (${info.packages.size})`);
  expect(html).toContain('<td class="mono">sys-devel/gcc</td><td class="mono">14.3.0::gentoo</td>');
  expect(html).toMatch(/USE \(\d+ flags\)/);
  expect(html).toContain("Repositories: gentoo, guru, wayland-desktop");
});
