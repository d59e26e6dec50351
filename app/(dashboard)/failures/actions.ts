"use server";
// The failure lists' bulk triage: the session's maintainer and the selection go
// to the validated, role-checked write in lib/actions/bulk-triage.ts.
import { type BulkResult, bulkTriage } from "@/lib/actions/bulk-triage";
import { validatedByWrite, withRole } from "@/lib/actions/with-role";

export async function bulkTriageAction(input: unknown): Promise<BulkResult> {
  return withRole("maintainer", validatedByWrite, input, bulkTriage);
}
