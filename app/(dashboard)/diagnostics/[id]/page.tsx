import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pager } from "@/components/data-table/pager";
import { requirePageRead } from "@/lib/auth/access";
import { parsePositiveId } from "@/lib/http/ids";
import { getDiagnostic, listDiagnosticBuilds } from "@/lib/queries/diagnostic-builds";
import { DiagnosticSearchTooBroad, diagnosticParams } from "@/lib/queries/diagnostics";
import { type DiagnosticQuery, diagnosticQuerySchema } from "@/lib/queries/diagnostics-filters";
import { firstValues } from "@/lib/queries/failure-list-page";
import { DiagnosticBuildsTable } from "./builds-table";

export const metadata: Metadata = { title: "Diagnostic" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function DiagnosticPage({ params, searchParams }: Props) {
  const raw = (await params).id;
  const user = await requirePageRead(`/diagnostics/${raw}`);
  const id = parsePositiveId(raw);
  const diagnostic = id === null ? null : await getDiagnostic(id);
  if (id === null || !diagnostic) notFound();
  const values = firstValues(await searchParams);
  const parsed = diagnosticQuerySchema.safeParse(values);
  return (
    <>
      <h1 className="title" data-testid="diagnostic-text">
        {diagnostic.text}
      </h1>
      <p className="muted">
        {diagnostic.kind}
        {diagnostic.flag && (
          <>
            {" · "}
            <Link href={`/diagnostics?flag=${encodeURIComponent(diagnostic.flag)}`}>
              <code>{diagnostic.flag}</code>
            </Link>
          </>
        )}
        {" · "}as printed: <code>{diagnostic.example}</code> ·{" "}
        <Link href="/diagnostics">all diagnostics</Link>
      </p>
      {parsed.success ? (
        <Builds
          id={id}
          values={values}
          query={parsed.data}
          myEmails={user ? [user.email.toLowerCase()] : []}
        />
      ) : (
        <p className="error" role="alert">
          {parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}
        </p>
      )}
    </>
  );
}

async function Builds(props: {
  id: number;
  values: Record<string, string>;
  query: DiagnosticQuery;
  myEmails: string[];
}) {
  const { id, values, query, myEmails } = props;
  try {
    const list = await listDiagnosticBuilds(id, query, { myEmails });
    const filters = diagnosticParams(query).toString();
    return (
      <>
        {filters && <p className="small muted">Builds matching {filters.replaceAll("&", " ")}.</p>}
        <DiagnosticBuildsTable rows={list.rows} />
        <Pager
          basePath={`/diagnostics/${id}`}
          params={values}
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          totalExact={list.totalExact}
          rowCount={list.rows.length}
          noun="builds"
        />
      </>
    );
  } catch (error) {
    if (!(error instanceof DiagnosticSearchTooBroad)) throw error;
    return (
      <p className="error" role="alert">
        {error.message}
      </p>
    );
  }
}
