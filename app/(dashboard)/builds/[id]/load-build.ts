// The build a /builds/<id> route shows, or a 404; also who is asking.
import { notFound } from "next/navigation";
import { cache } from "react";
import { hasRole, requirePageRead } from "@/lib/auth/access";
import { parsePositiveId } from "@/lib/http/ids";
import { getBuild } from "@/lib/queries/builds";

/** Cached per request: generateMetadata and the page share one query. */
export const loadBuild = cache(async (rawId: string, subPath = "") => {
  const user = await requirePageRead(`/builds/${rawId}${subPath}`);
  const id = parsePositiveId(rawId);
  if (id === null) notFound();
  const build = await getBuild(id);
  if (!build) notFound();
  return { build, canTriage: hasRole(user, "maintainer") };
});
