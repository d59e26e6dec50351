// A converted list rendered as the server renders it: the installed-packages
// table of a real installed-packages.txt, sorted by the URL's state. The sorted
// column carries aria-sort, every sortable header is a link holding the list's
// state, and the rows come in that order. The router context is the one thing
// a page would give it (DataTable asks for the router to open rows by key).
import { readFileSync } from "node:fs";
import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { PackageTable } from "@/components/file-views/package-table";
import { parseInstalledPackages } from "@/lib/gentoo/installed-packages";

const rows = parseInstalledPackages(
  readFileSync("fixtures/corpus/real/installed-packages-2026-gnome-systemd/installed-packages.txt", "utf8"),
);

function render(state: { q: string; sort: "category" | "name" | "version" | "slot"; dir: "asc" | "desc" }) {
  const router = { push() {}, replace() {}, refresh() {}, back() {}, forward() {}, prefetch() {} };
  const table = createElement(PackageTable, { rows, state, basePath: "/files/7" });
  return renderToStaticMarkup(
    createElement(AppRouterContext.Provider, { value: router as never }, table),
  ).replaceAll("&amp;", "&");
}

const headers = (html: string) =>
  [...html.matchAll(/<th scope="col"( aria-sort="(\w+)")?>(.*?)<\/th>/g)].map(([, , sort, inner]) => ({
    sort,
    href: /href="([^"]+)"/.exec(inner)?.[1],
  }));

test("the sorted column has aria-sort and its link flips the direction; the others sort ascending", () => {
  expect(rows.length).toBeGreaterThan(1000);
  const html = render({ q: "gtk", sort: "name", dir: "desc" });
  const [category, name, version, slot] = headers(html);
  expect(name).toEqual({ sort: "descending", href: "/files/7?sort=name&dir=asc&q=gtk" });
  expect(category).toEqual({ sort: undefined, href: "/files/7?sort=category&dir=asc&q=gtk" });
  expect(version.sort).toBeUndefined();
  expect(slot.href).toBe("/files/7?sort=slot&dir=asc&q=gtk");
});

test("the rows come in the URL's order", () => {
  const names = [
    ...render({ q: "", sort: "name", dir: "asc" }).matchAll(/<td class="col-name mono"[^>]*>([^<]*)</g),
  ].map(([, name]) => name);
  expect(names.length).toBe(rows.length);
  const collator = new Intl.Collator("en", { numeric: true });
  expect(names).toEqual([...names].sort(collator.compare));
  expect(headers(render({ q: "", sort: "version", dir: "asc" }))[2].sort).toBe("ascending");
});
