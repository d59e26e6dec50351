// "My views": a signed-in user saves the failure list's current filters under a
// name and gets them back as a link. Only the user's own views are read or
// deleted; the query is re-parsed by the list schema whenever it is opened, so a
// stored string never reaches SQL as anything but bound filter values.
import { z } from "zod";
import type { SessionUser } from "../auth/access";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { failureListQuerySchema, filterParams, paramsRecord } from "../queries/failure-filters";
import { MAX_SAVED_VIEWS } from "../queries/saved-views";
import { type ActionResult, invalid } from "./action-result";

export const savedViewInputSchema = z.object({
  name: z.string().trim().min(1, "give the view a name").max(80),
  // The list's query string, without a leading "?".
  query: z.string().max(2000).default(""),
});

/** The query string as the list understands it: parsed, page dropped, defaults left out. */
export function canonicalViewQuery(query: string): string {
  const parsed = failureListQuerySchema.parse(paramsRecord(new URLSearchParams(query)));
  const { page: _page, pageSize, ...filters } = parsed;
  return filterParams({ ...filters, pageSize: pageSize === 50 ? undefined : pageSize }).toString();
}

export async function saveView(user: SessionUser, input: unknown): Promise<ActionResult<{ id: number }>> {
  const parsed = savedViewInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const query = canonicalViewQuery(parsed.data.query);
  const existing = await db.savedView.findUnique({
    where: { userId_name: { userId: user.id, name: parsed.data.name } },
    select: { id: true },
  });
  // Saving under an existing name replaces that view; a new name counts against the cap.
  if (!existing && (await db.savedView.count({ where: { userId: user.id } })) >= MAX_SAVED_VIEWS)
    return { ok: false, code: "invalid", message: `at most ${MAX_SAVED_VIEWS} views; delete one first` };
  try {
    const view = await db.savedView.upsert({
      where: { userId_name: { userId: user.id, name: parsed.data.name } },
      create: { userId: user.id, name: parsed.data.name, query },
      update: { query },
      select: { id: true },
    });
    return { ok: true, id: view.id };
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")
      return { ok: false, code: "conflict", message: "a view with that name was saved meanwhile; try again" };
    throw err;
  }
}

export async function deleteView(user: SessionUser, input: unknown): Promise<ActionResult> {
  const parsed = z.object({ id: z.coerce.number().int().positive() }).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { count } = await db.savedView.deleteMany({ where: { id: parsed.data.id, userId: user.id } });
  if (count === 0) return { ok: false, code: "not_found", message: "no such view of yours" };
  return { ok: true };
}
