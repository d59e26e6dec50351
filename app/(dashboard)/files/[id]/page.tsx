import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FileHeader } from "@/components/file-views/file-header";
import { MemberTree } from "@/components/file-views/member-tree";
import { MemberViewer } from "@/components/file-views/member-viewer";
import { RemovedNotice } from "@/components/file-views/removed-notice";
import { RoleView } from "@/components/file-views/role-view";
import { LogViewer } from "@/components/log-viewer/log-viewer";
import { requirePageRead } from "@/lib/auth/access";
import { readPackageTableState } from "@/lib/files/package-table";
import { viewerMarks } from "@/lib/files/viewer-marks";
import { parsePositiveId } from "@/lib/http/ids";
import { getFileView, listArchiveMembers } from "@/lib/queries/files";

type Props = PageProps<"/files/[id]">;

/** Cached per request (keyed by the raw id): generateMetadata and the page share one load. */
const loadFileById = cache(async (raw: string) => {
  await requirePageRead(`/files/${raw}`);
  const id = parsePositiveId(raw);
  if (id === null) notFound();
  const file = await getFileView(id);
  if (!file) notFound();
  return file;
});

async function loadFile(params: Props["params"]) {
  return loadFileById((await params).id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const file = await loadFile(params);
  return { title: `${file.name} · ${file.build.atom}` };
}

export default async function FilePage({ params, searchParams }: Props) {
  const file = await loadFile(params);
  const query = await searchParams;
  const member = typeof query.member === "string" && query.member !== "" ? query.member : undefined;
  if (file.purgedAt)
    return (
      <>
        <FileHeader file={file} />
        <RemovedNotice purgedAt={file.purgedAt} />
      </>
    );
  if (file.role === "archive") {
    const members = await listArchiveMembers(file.id);
    return (
      <>
        <FileHeader file={file} />
        <div className="archive-layout">
          <MemberTree fileId={file.id} members={members} selected={member} total={file._count.members} />
          <div className="archive-member">
            {member === undefined ? (
              <p className="muted">Choose a member to open it in the viewer.</p>
            ) : (
              <MemberViewer file={file} path={member} />
            )}
          </div>
        </div>
      </>
    );
  }
  const marks = viewerMarks(file);
  return (
    <>
      <FileHeader file={file} />
      <RoleView file={file} tableState={readPackageTableState(query)} />
      <LogViewer
        fileId={file.id}
        lineCount={Number(file.lineCount ?? 0)}
        initialLine={marks.initialLine}
        errorLines={marks.errorLines}
        sections={file.sections}
        fileName={file.name}
      />
    </>
  );
}
