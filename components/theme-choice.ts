// The theme a browser chose: "light", "dark", or nothing (follow the system).
// Kept in a cookie, not localStorage, so the server renders <html data-theme>
// itself and the first paint is already in the right theme, with no inline script.
export const THEME_COOKIE = "theme";
export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
/** One year: a preference, not a session. */
export const THEME_COOKIE_MAX_AGE = 365 * 24 * 3600;

/** The pinned theme a cookie value names, or undefined (system) for anything else. */
export function pinnedTheme(cookieValue: string | undefined): "light" | "dark" | undefined {
  return cookieValue === "light" || cookieValue === "dark" ? cookieValue : undefined;
}
