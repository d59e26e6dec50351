// The issue-directory attachments toralf's job.sh files with each bug (emerge-info.txt,
// qlist-info.txt, emerge-history.txt), templated from the corpus issue-dir for one tinderbox.
import { caseText, corpusCase } from "./corpus";
import type { SyntheticTinderbox } from "./tinderboxes";

const ISSUE_DIR_CASE = "compile-c-implicit-decl-popt";
const CORPUS_PROFILE = "default/linux/amd64/23.0/desktop/systemd";

function issueFile(relativePath: string, corpusDir?: string): string {
  const text = caseText(corpusCase(ISSUE_DIR_CASE, corpusDir), relativePath);
  if (text === undefined) throw new Error(`${ISSUE_DIR_CASE} has no ${relativePath}`);
  return text;
}

/** emerge --info as the image would print it: its profile, keywords, libc and repository timestamp. */
export function emergeInfo(tinderbox: SyntheticTinderbox, at: Date, corpusDir?: string): string {
  const synced = new Date(at.getTime() - 3_600_000).toUTCString().replace("GMT", "+0000");
  let text = issueFile("issue-dir/emerge-info.txt", corpusDir)
    .replaceAll(CORPUS_PROFILE, tinderbox.profile)
    .replace(/^ACCEPT_KEYWORDS=".*"$/m, `ACCEPT_KEYWORDS="${tinderbox.keywords}"`)
    .replace(/^(Timestamp of repository gentoo: ).*$/m, `$1${synced}`);
  if (tinderbox.toolchainTags.includes("musl")) {
    text = text
      .replace("glibc-2.40-r8", "musl-1.2.5-r3")
      .replace(/^sys-libs\/glibc: .*$/m, "sys-libs/musl:             1.2.5-r3::gentoo");
  }
  return text;
}

/** qlist-info.txt: the image's installed toolchain plus the package being built. */
export function qlistInfo(atom: string, useFlags: readonly string[], corpusDir?: string): string {
  return `${issueFile("issue-dir/files/qlist-info.txt", corpusDir).trimEnd()}\n${atom} (${useFlags.join(" ")}) [0]\n`;
}

/** emerge-history.txt (qlop output), moved to the day before the build. */
export function emergeHistory(at: Date, corpusDir?: string): string {
  const day = new Date(at.getTime() - 86_400_000).toISOString().slice(0, 10);
  return issueFile("issue-dir/files/emerge-history.txt", corpusDir).replace(/\b2025-06-14T/g, `${day}T`);
}
