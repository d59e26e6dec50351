// The dark-theme counterpart of every colour the highlighter writes: the
// theme's and the ANSI palette's by table, any other (256-colour, truecolor
// escapes) lifted toward white until it reads on the dark backgrounds.
import { ANSI_PALETTE } from "./ansi";
import { liftToContrast } from "./contrast";
import { LOG_COLOURS } from "./kindling-theme";

/** Dark values of app/globals.css's --surface and --error-bg: where log text is drawn. */
export const DARK_LOG_BACKGROUNDS = ["#1b1e22", "#3b1f1d"] as const;

const TABLE = new Map<string, string>(
  [...Object.values(LOG_COLOURS), ...ANSI_PALETTE].map(([lightColour, darkColour]) => [
    lightColour.toLowerCase(),
    darkColour,
  ]),
);
const lifted = new Map<string, string>();

/** The colour to draw `lightColour` ("#rrggbb") with on a dark page. */
export function darkColour(lightColour: string): string {
  const key = lightColour.toLowerCase();
  const known = TABLE.get(key) ?? lifted.get(key);
  if (known) return known;
  if (!/^#[0-9a-f]{6}$/.test(key)) return lightColour;
  const made = liftToContrast(key, DARK_LOG_BACKGROUNDS, 4.5);
  // Bounded: at most 256 + (truecolors seen); a hostile log could vary truecolors, so cap it.
  if (lifted.size < 4096) lifted.set(key, made);
  return made;
}

/** CSS colour value that follows the page's color-scheme. */
export function themedColour(lightColour: string): string {
  return `light-dark(${lightColour},${darkColour(lightColour)})`;
}
