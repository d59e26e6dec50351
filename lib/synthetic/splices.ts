// Logs the corpus has no case for (ICE, disk full, QA notice), made by splicing a written
// error block into a real log. The blocks follow gcc's and Portage's own wording.

const POPT_ERROR_START = "poptconfig.c: In function ‘configAppMatch’:\n";
const POPT_ERROR_END = "cc1: some warnings being treated as errors\n";

/** Replaces popt's compiler errors with a gcc ICE as Gentoo's gcc prints it (bugs.gentoo.org URL). */
export function spliceIce(log: string): string {
  return replaceBlock(
    log,
    POPT_ERROR_START,
    POPT_ERROR_END,
    [
      POPT_ERROR_START.trimEnd(),
      "poptconfig.c:214:14: internal compiler error: @ICE@",
      "  214 |         rc = fnmatch(s, con->appName, flags);",
      "      |              ^~~~~~~",
      "0x1d6b2f7 internal_error(char const*, ...)",
      "\t???:0",
      "0x8a53c1 crash_signal(int)",
      "\t???:0",
      "0xa1f0e42 c_parser_postfix_expression(c_parser*)",
      "\t???:0",
      "Please submit a full bug report, with preprocessed source (by using -freport-bug).",
      "Please include the complete backtrace with any bug report.",
      "See <https://bugs.gentoo.org/> for instructions.",
      "",
    ].join("\n"),
  );
}

/** Replaces popt's compiler errors with cc1 failing to write its assembler output. */
export function spliceDiskFull(log: string): string {
  return replaceBlock(
    log,
    POPT_ERROR_START,
    POPT_ERROR_END,
    [
      "cc1: fatal error: error writing to /var/tmp/portage/dev-libs/popt-1.19/temp/cc@TMP@.s: No space left on device",
      "compilation terminated.",
      "",
    ].join("\n"),
  );
}

/** Adds `@QA@` (a QA Notice block) where Portage prints install-time QA checks. */
export function spliceQaNotice(log: string): string {
  const marker = ">>> Completed installing";
  const at = log.indexOf(marker);
  if (at < 0) throw new Error("success log has no '>>> Completed installing' line");
  return `${log.slice(0, at)}@QA@\n${log.slice(at)}`;
}

function replaceBlock(log: string, start: string, end: string, replacement: string): string {
  const from = log.indexOf(start);
  const to = log.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`template block not found: ${start.trim()}`);
  return log.slice(0, from) + replacement + log.slice(to + end.length);
}
