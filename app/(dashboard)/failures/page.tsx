import type { Metadata } from "next";
import { FailureTable } from "@/components/failure-table";
import { requirePageRead } from "@/lib/auth/access";
import { failureListQuerySchema, listFailures } from "@/lib/queries/failures";

export const metadata: Metadata = { title: "Failures" };

export default async function FailuresPage({ searchParams }: PageProps<"/failures">) {
  await requirePageRead("/failures");
  const query = failureListQuerySchema.parse(await searchParams);
  const failures = await listFailures(query);
  return (
    <>
      <h1>Failures</h1>
      <FailureTable envelope={failures} basePath="/failures" />
    </>
  );
}
