// The part of a file page that depends on what the file is: a summary of
// emerge --info, a package table, the merge history, the config.log verdict.
// The full text always follows in the log viewer.
import { parseEmergeHistory } from "@/lib/files/emerge-history";
import { readSmallText } from "@/lib/files/file-text";
import type { PackageTableState } from "@/lib/files/package-table";
import { parseEmergeInfo } from "@/lib/gentoo/emerge-info";
import { parseInstalledPackages } from "@/lib/gentoo/installed-packages";
import type { FileView } from "@/lib/queries/files";
import { EmergeInfoView } from "./emerge-info-summary";
import { HistoryTable } from "./history-table";
import { PackageTable } from "./package-table";

const PARSED_ROLES = new Set(["emerge-info", "qlist-info", "installed-packages", "emerge-history"]);

export async function RoleView({ file, tableState }: { file: FileView; tableState: PackageTableState }) {
  if (file.role === "config-log") return <ConfigLogJump file={file} />;
  if (!PARSED_ROLES.has(file.role)) return null;
  const text = await readSmallText(file.blobSha256);
  if (text === null) return null;
  if (file.role === "emerge-info") return <EmergeInfoView info={parseEmergeInfo(text)} />;
  if (file.role === "emerge-history") return <HistoryTable rows={parseEmergeHistory(text)} />;
  return (
    <PackageTable rows={parseInstalledPackages(text)} state={tableState} basePath={`/files/${file.id}`} />
  );
}

// The analysis marks the failing check's compiler error ("config-log-probe")
// and the "configure: error:" verdict; a triager wants the former first.
function ConfigLogJump({ file }: { file: FileView }) {
  const probe = file.findings.find((f) => f.ruleId === "config-log-probe" && f.lineNumber !== null);
  const verdict = file.findings.find((f) => f.ruleId === "config-log-error" && f.lineNumber !== null);
  if (!probe && !verdict) return null;
  return (
    <p className="role-view" data-testid="config-log-jump">
      {probe && <a href={`#L${probe.lineNumber}`}>Jump to the failing check (line {probe.lineNumber})</a>}
      {probe && verdict && " · "}
      {verdict && <a href={`#L${verdict.lineNumber}`}>the verdict (line {verdict.lineNumber})</a>}
    </p>
  );
}
