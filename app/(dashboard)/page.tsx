import { FailureTable } from "@/components/failure-table";
import { requirePageRead } from "@/lib/auth/access";
import { failureListQuerySchema, listFailures } from "@/lib/queries/failures";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  await requirePageRead("/");
  const failures = await listFailures(failureListQuerySchema.parse({ pageSize: 25 }));
  return (
    <>
      <h1>Recent failures</h1>
      <FailureTable envelope={failures} basePath="/failures" />
    </>
  );
}
