// A missing build answers HTTP 404. The check runs here, outside this segment's
// loading.tsx boundary: once the page streams, its status line is already sent
// (notFound() in the page then only shows the not-found page, with status 200).
// A visitor who may not read learns nothing: the page sends them to sign in.
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { canRead } from "@/lib/auth/access";
import { getSessionUser } from "@/lib/auth/session";
import { parsePositiveId } from "@/lib/http/ids";
import { buildExists } from "@/lib/queries/builds";

interface Props {
  children: ReactNode;
  params: Promise<{ id: string }>;
}

export default async function BuildLayout({ children, params }: Props) {
  const id = parsePositiveId((await params).id);
  if (canRead(await getSessionUser())) {
    if (id === null || !(await buildExists(id))) notFound();
  }
  return children;
}
