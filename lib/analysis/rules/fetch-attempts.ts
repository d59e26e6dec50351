// Which distfile a download attempt is for (issue 10, round 15). Portage fetches a file from each
// mirror and SRC_URI in turn, and with parallel-fetch the output of other files' downloads runs
// between them: a mirror's `ERROR 404: Not Found.` is routine while another URI of the same file may
// still work, and says nothing once that file is `saved`. The analyzer (candidates.ts) drops the
// reasons of earlier attempts only for the file a new attempt or a save is about; these read the file
// from the lines that name it. String scans, no regex: linear whatever the line holds.

/** The needles of the lines below besides Portage's own `>>> Downloading` (the analyzer's line gate). */
export const FETCH_PROGRESS_NEEDLES: readonly string[] = [
  "--  http",
  "--  ftp",
  " saved [",
  "awaiting response... ",
];

/**
 * Round 30c: a server's refusal of a download, anywhere in the line: wget's `HTTP request sent, awaiting
 * response... 404 Not Found`, or its `ERROR 404: Not Found.` glued after it where a paste condensed wget's lines
 * into one. The builder's resolver and network worked (infra.ts: a name that fails after it is no network failure).
 */
export const SERVER_REFUSAL = /awaiting response\.\.\. [45]\d\d\b|\bERROR [45]\d\d: /;

export function serverRefused(text: string): boolean {
  return SERVER_REFUSAL.test(text);
}

/** The last path segment of a URL or a path, without a query or a fragment; null when empty. */
function fileOf(location: string): string | null {
  let end = location.length;
  for (const stop of ["?", "#"]) {
    const at = location.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  const name = location.slice(location.lastIndexOf("/", end - 1) + 1, end);
  return name.length > 0 ? name : null;
}

/** Portage: `>>> Downloading 'https://mirror/distfiles/foo-1.2.tar.xz'`. */
export function downloadingDistfile(text: string): string | null {
  const prefix = ">>> Downloading '";
  if (!text.startsWith(prefix)) return null;
  const end = text.indexOf("'", prefix.length);
  return fileOf(text.slice(prefix.length, end < 0 ? text.length : end));
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * wget starting a request: `--2020-08-09 13:04:13--  https://mirror/…/foo-1.2.tar.xz` (wget before 1.10
 * prints the time alone: `--13:04:13--  …`).
 */
export function wgetRequestDistfile(text: string): string | null {
  if (!text.startsWith("--") || text.length < 14 || !isDigit(text.charCodeAt(2))) return null;
  const close = text.indexOf("--  ", 2);
  // The date and time between the dashes: at most `2020-08-09 13:04:13`.
  if (close < 0 || close > 24) return null;
  const rest = text.slice(close + 4);
  if (!/^(?:https?|ftp):\/\//.test(rest)) return null;
  const space = rest.indexOf(" ");
  return fileOf(space < 0 ? rest : rest.slice(0, space));
}

/** Opening quotes wget puts around the file name it saved (its locale's, or ASCII). */
const OPENING_QUOTES = ["\u2018", "'", '"', "`", "\u201c", "\u00ab"];

/**
 * wget having written a file: `2020-08-09 13:04:15 (1.2 MB/s) - ‘/var/cache/distfiles/foo.tar.xz’ saved
 * [1234/1234]` (quotes by locale; older wgets `` `foo' saved [1234/1234] ``).
 */
export function wgetSavedDistfile(text: string): string | null {
  const saved = text.indexOf(" saved [");
  if (saved < 2) return null;
  const close = saved - 1;
  let open = -1;
  for (const quote of OPENING_QUOTES) open = Math.max(open, text.lastIndexOf(quote, close - 1));
  if (open < 0) return null;
  return fileOf(text.slice(open + 1, close));
}

/** Portage giving up on a file: `!!! Couldn't download 'foo-1.2.tar.xz'. Aborting.` (round 27). */
export function couldNotDownloadDistfile(text: string): string | null {
  const prefix = "!!! Couldn't download '";
  if (!text.startsWith(prefix)) return null;
  const end = text.indexOf("'", prefix.length);
  return end < 0 ? null : fileOf(text.slice(prefix.length, end));
}
