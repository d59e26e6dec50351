// Where to send a browser after sign-in. The target comes from the query string
// (`/signin?callbackUrl=...`) or from next-auth's callbackUrl cookie, so it is
// attacker-chosen: a prefix check ("starts with / but not //") is not enough,
// because browsers drop tabs and newlines and read `\` as `/` before they
// resolve a URL, so `/\t/other.host` or `/\other.host` leave the site. The
// value is therefore parsed the way a browser would, with the characters it
// would silently rewrite refused outright. Pure.

/** Stands in for the site's origin where only the path matters (the sign-in page). */
const PLACEHOLDER_ORIGIN = "http://kindling.invalid";
const MAX_LENGTH = 2048;

/** C0 controls and DEL (browsers strip tab/CR/LF inside URLs) and backslashes (read as `/`). */
function hasRewrittenCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}

/**
 * A same-origin path (path, query and fragment) to redirect to, or `/` for
 * anything else: another origin, a `javascript:` URL, control characters,
 * backslashes, a non-string. Never starts with `//`.
 */
export function safeCallbackPath(value: unknown, origin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof value !== "string" || value === "" || value.length > MAX_LENGTH) return "/";
  if (hasRewrittenCharacters(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  // `/.//other.host` resolves to the path `//other.host`, which a browser would read as a host.
  return `${url.pathname}${url.search}${url.hash}`.replace(/^\/+/, "/");
}

/** For next-auth's redirect callback: an absolute URL on `baseUrl`'s origin. */
export function safeCallbackUrl(value: unknown, baseUrl: string): string {
  return new URL(safeCallbackPath(value, baseUrl), baseUrl).href;
}
