import type { Metadata } from "next";
import { AdminActionForm } from "@/components/admin-action-form";
import { formatBytes } from "@/components/format-bytes";
import { UsageTable } from "@/components/lists/usage-table";
import { removePolicyAction, savePolicyAction } from "@/lib/actions/admin-retention";
import { requirePageRole } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { listRetentionPolicies, type RetentionPolicyRow } from "@/lib/retention/policy";
import { storageUsage, type UsageRow } from "@/lib/retention/storage-usage";

export const metadata: Metadata = { title: "Storage and retention" };
export const dynamic = "force-dynamic";

const MiB = 1024 * 1024;

export default async function StoragePage() {
  await requirePageRole("admin", "/admin/storage");
  const [usage, policies, tinderboxes] = await Promise.all([
    storageUsage(),
    listRetentionPolicies(),
    db.tinderbox.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const defaultPolicy = policies.find((policy) => policy.tinderboxId === null);
  const own = policies.filter((policy) => policy.tinderboxId !== null);
  const withoutPolicy = tinderboxes.filter((tb) => !own.some((policy) => policy.tinderboxId === tb.id));
  return (
    <>
      <h1>Storage and retention</h1>
      <p className="muted">
        Counted {usage.computedAt.toISOString().slice(0, 16).replace("T", " ")} UTC (kept 5 minutes). Bytes
        are as uploaded; the same content is stored once, gzip-compressed:
        {usage.value.stored.map((store) => (
          <span key={store.store}>
            {" "}
            {store.store} store {formatBytes(store.storedBytes)} in {store.blobs} blob(s).
          </span>
        ))}
      </p>
      <UsageSection title="By tinderbox" rows={usage.value.byTinderbox} testId="usage-tinderbox" />
      <UsageSection title="By file role" rows={usage.value.byRole} testId="usage-role" />
      <UsageSection title="By age (since upload)" rows={usage.value.byAge} testId="usage-age" />
      <h2>Retention policies</h2>
      <p className="muted">
        Days after upload; empty keeps forever. A tinderbox&apos;s own policy replaces the default as a whole.
        A removed file keeps its build, analysis, findings and links; its page says it was removed. Runs daily
        with <code>KINDLING_RETENTION=1</code>, or <code>npm run retention -- --dry-run</code> to see what
        would go.
      </p>
      <h3>Default (every tinderbox without its own)</h3>
      <PolicyForm policy={defaultPolicy} tinderboxId={null} />
      {own.map((policy) => (
        <section key={policy.id} data-testid={`policy-${policy.tinderboxName}`}>
          <h3>{policy.tinderboxName}</h3>
          <PolicyForm policy={policy} tinderboxId={policy.tinderboxId} />
          <AdminActionForm action={removePolicyAction} submitLabel="Use the default instead" inline>
            <input type="hidden" name="tinderboxId" value={policy.tinderboxId ?? ""} />
          </AdminActionForm>
        </section>
      ))}
      {withoutPolicy.length > 0 && (
        <>
          <h3>A policy for one tinderbox</h3>
          <AdminActionForm action={savePolicyAction} submitLabel="Save policy">
            <label>
              Tinderbox
              <select name="tinderboxId" required>
                {withoutPolicy.map((tb) => (
                  <option key={tb.id} value={tb.id}>
                    {tb.name}
                  </option>
                ))}
              </select>
            </label>
            <PolicyFields />
          </AdminActionForm>
        </>
      )}
    </>
  );
}

function UsageSection({ title, rows, testId }: { title: string; rows: UsageRow[]; testId: string }) {
  return (
    <>
      <h2>{title}</h2>
      <UsageTable
        keyHeader={title.replace(/^By /, "")}
        label={`Storage ${title.toLowerCase()}`}
        rows={rows}
        testId={testId}
      />
    </>
  );
}

function PolicyForm({ policy, tinderboxId }: { policy?: RetentionPolicyRow; tinderboxId: number | null }) {
  return (
    <AdminActionForm action={savePolicyAction} submitLabel="Save policy">
      <input type="hidden" name="tinderboxId" value={tinderboxId ?? "default"} />
      <PolicyFields policy={policy} />
    </AdminActionForm>
  );
}

function PolicyFields({ policy }: { policy?: RetentionPolicyRow }) {
  const days = (value: number | null | undefined) =>
    value === null || value === undefined ? "" : String(value);
  const mib =
    policy?.archiveMinBytes === null || policy?.archiveMinBytes === undefined
      ? ""
      : String(Number(policy.archiveMinBytes) / MiB);
  return (
    <>
      <label>
        Failed builds&apos; files, days
        <input name="failureFileDays" type="number" min={0} defaultValue={days(policy?.failureFileDays)} />
      </label>
      <label>
        Successful builds&apos; files, days
        <input name="successFileDays" type="number" min={0} defaultValue={days(policy?.successFileDays)} />
      </label>
      <label>
        Archives larger than (MiB)
        <input name="archiveMinMiB" type="number" min={0} step="any" defaultValue={mib} />
      </label>
      <label>
        Those archives, days
        <input name="archiveDays" type="number" min={0} defaultValue={days(policy?.archiveDays)} />
      </label>
    </>
  );
}
