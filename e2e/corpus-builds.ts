// The e2e seed's corpus builds by case name (written by scripts/lib/seed-e2e.ts).
// Opening a case through the failure list by atom is ambiguous: several cases
// share an atom (compile-mail-quoted-popt is compile-c-implicit-decl-popt
// quoted as in a mail, with no issue directory), and the list orders them by time.
import { expect, type Page } from "@playwright/test";
import { e2eDataFile } from "./auth-helpers";

let builds: Record<string, number> | null = null;

/** The failure page's path of the corpus case `caseName`, e.g. "compile-c-implicit-decl-popt". */
export function corpusBuildPath(caseName: string): string {
  builds ??= JSON.parse(e2eDataFile("e2e-corpus-builds")) as Record<string, number>;
  const id = builds[caseName];
  if (id === undefined) throw new Error(`the e2e seed has no corpus case ${caseName}`);
  return `/builds/${id}`;
}

/** The plain popt case most specs open: issue directory, emerge-info.txt, primary error on line 170. */
export const POPT_CASE = "compile-c-implicit-decl-popt";

/** Through the failure list (its link to that very build) to the case's failure page; returns its path. */
export async function openCorpusFailure(page: Page, caseName: string): Promise<string> {
  const buildPath = corpusBuildPath(caseName);
  await page.goto("/failures?pageSize=200");
  // Follow the list's link by address: a click races the list's client-side hydration.
  await expect(page.getByTestId("failure-table").locator(`a[href="${buildPath}"]`).first()).toBeVisible();
  await page.goto(buildPath);
  return buildPath;
}
