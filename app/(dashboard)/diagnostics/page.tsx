import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/data-table/pager";
import { formatNumber } from "@/components/format-count";
import { requirePageRead } from "@/lib/auth/access";
import { DiagnosticSearchTooBroad, diagnosticParams, searchDiagnostics } from "@/lib/queries/diagnostics";
import { type DiagnosticQuery, diagnosticQuerySchema } from "@/lib/queries/diagnostics-filters";
import { firstValues } from "@/lib/queries/failure-list-page";
import { DiagnosticForm } from "./diagnostic-form";
import { DiagnosticsTable } from "./diagnostics-table";

export const metadata: Metadata = { title: "Diagnostics" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DiagnosticsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageRead("/diagnostics");
  const params = firstValues(await searchParams);
  const parsed = diagnosticQuerySchema.safeParse(params);
  return (
    <>
      <h1>Diagnostics</h1>
      <p className="muted">
        Every compiler and linker warning and error, QA notice, sandbox and collision message, failed and
        skipped test of every build, failed or not, grouped by its text with paths and numbers taken out.
      </p>
      <DiagnosticForm params={params} />
      {parsed.success ? (
        <Results query={parsed.data} params={params} myEmails={user ? [user.email.toLowerCase()] : []} />
      ) : (
        <p className="error" role="alert" data-testid="diagnostic-query-error">
          {parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}
        </p>
      )}
    </>
  );
}

async function Results({
  query,
  params,
  myEmails,
}: {
  query: DiagnosticQuery;
  params: Record<string, string>;
  myEmails: string[];
}) {
  let list: Awaited<ReturnType<typeof searchDiagnostics>>;
  try {
    list = await searchDiagnostics(query, { myEmails });
  } catch (error) {
    if (!(error instanceof DiagnosticSearchTooBroad)) throw error;
    return (
      <p className="error" role="alert">
        {error.message}
      </p>
    );
  }
  const search = diagnosticParams(query).toString();
  return (
    <>
      <p className="small muted" data-testid="diagnostic-summary">
        {list.window !== null
          ? `Counts over the ${formatNumber(list.window)} matching builds stored last: a narrower text, flag or kind counts them all.`
          : "Counts over every matching build."}{" "}
        <Link href={`/api/v1/diagnostics${search ? `?${search}` : ""}`}>JSON</Link> ·{" "}
        <Link href={`/feeds/diagnostics.atom${search ? `?${search}` : ""}`}>Atom feed</Link>
      </p>
      <DiagnosticsTable rows={list.rows} />
      <Pager
        basePath="/diagnostics"
        params={params}
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        totalExact={list.window === null}
        rowCount={list.rows.length}
        noun="diagnostics"
      />
    </>
  );
}
