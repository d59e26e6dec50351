// "This value cannot match": a filter value that names no category, tinderbox,
// kind, triage state, maintainer or package would silently give an empty list.
// The list page says which value and why instead. The checks are index probes
// or cached lists, run only for values that are set.
import { db } from "../db";
import { listCategories } from "./categories";
import type { FilterChoices } from "./facets";
import {
  categoryLikePattern,
  type FailureFilters,
  filterValues,
  KINDS,
  MAINTAINER_NEEDED,
  maintainerEmail,
  normaliseCategory,
  TRIAGE_STATES,
} from "./failure-filters";

export interface FilterNotice {
  filter: keyof FailureFilters;
  value: string;
  message: string;
}

/** Which of the known values a glob or exact category matches. */
export function categoryMatches(value: string, known: readonly string[]): boolean {
  const normal = normaliseCategory(value);
  const like = categoryLikePattern(normal);
  if (like === null) return known.includes(normal);
  // The LIKE pattern back to a regular expression over the known names (no escapes: category names have no % or _).
  const pattern = new RegExp(`^${normal.split("*").map(escapeRegExp).join(".*")}$`);
  return known.some((category) => pattern.test(category));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The notices decidable from lists the page already has (pure; tested without a database). */
export function listNotices(
  filters: FailureFilters,
  known: { categories: readonly string[]; tinderboxes: readonly string[] },
): FilterNotice[] {
  const notices: FilterNotice[] = [];
  for (const value of filterValues(filters.category))
    if (!categoryMatches(value, known.categories))
      notices.push({ filter: "category", value, message: `no category matches “${value}”` });
  for (const value of filterValues(filters.tinderbox))
    if (!known.tinderboxes.includes(value))
      notices.push({ filter: "tinderbox", value, message: `no tinderbox is named “${value}”` });
  for (const value of filterValues(filters.kind))
    if (!KINDS.includes(value.toLowerCase()))
      notices.push({
        filter: "kind",
        value,
        message: `“${value}” is not a failure kind (${KINDS.join(", ")})`,
      });
  for (const value of filterValues(filters.triage))
    if (!TRIAGE_STATES.includes(value.toLowerCase()))
      notices.push({
        filter: "triage",
        value,
        message: `“${value}” is not a triage state (${TRIAGE_STATES.join(", ")})`,
      });
  if (filters.package && !/^[A-Za-z0-9+_.-]+\/[A-Za-z0-9+_.-]+$/.test(filters.package))
    notices.push({
      filter: "package",
      value: filters.package,
      message: `“${filters.package}” is not category/name (e.g. dev-libs/libxml2)`,
    });
  return notices;
}

async function maintainerKnown(email: string): Promise<boolean> {
  if (email === MAINTAINER_NEEDED) return true;
  const row = await db.packageMaintainer.findFirst({ where: { email }, select: { id: true } });
  return row !== null;
}

async function packageKnown(atom: string): Promise<boolean> {
  const [category, name = ""] = atom.split("/", 2);
  const row = await db.package.findUnique({
    where: { category_name: { category, name } },
    select: { id: true },
  });
  return row !== null;
}

/** Every notice for the list's filters: the pure checks, then the maintainer and package probes. */
export async function filterNotices(
  filters: FailureFilters,
  choices: FilterChoices,
): Promise<FilterNotice[]> {
  const categories = filters.category ? (await listCategories()).value.map((row) => row.category) : [];
  const notices = listNotices(filters, {
    categories,
    tinderboxes: choices.tinderboxes.map((tinderbox) => tinderbox.name),
  });
  if (filters.maintainer) {
    const email = maintainerEmail(filters.maintainer);
    if (!(await maintainerKnown(email)))
      notices.push({
        filter: "maintainer",
        value: filters.maintainer,
        message: `no package is maintained by ${email}`,
      });
  }
  if (
    filters.package &&
    !notices.some((notice) => notice.filter === "package") &&
    !(await packageKnown(filters.package))
  )
    notices.push({
      filter: "package",
      value: filters.package,
      message: `no package ${filters.package} is known`,
    });
  return notices;
}
