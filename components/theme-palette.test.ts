// Every text colour of both themes reads (WCAG AA, 4.5:1) on the backgrounds it
// is drawn on: the page palette in app/globals.css, and the log highlighter's
// colours (lib/highlight) on the log viewer's surfaces, light and dark.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { ANSI_PALETTE } from "@/lib/highlight/ansi";
import { contrastRatio } from "@/lib/highlight/contrast";
import { DARK_LOG_BACKGROUNDS, darkColour } from "@/lib/highlight/dark-colours";
import { LOG_COLOURS } from "@/lib/highlight/kindling-theme";

const css = readFileSync(path.resolve(__dirname, "..", "app", "globals.css"), "utf8");
const THEMES = ["light", "dark"] as const;

/** --name: light-dark(#light, #dark) from globals.css. */
function variable(name: string): { light: string; dark: string } {
  const match = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\);`, "i").exec(css);
  if (!match) throw new Error(`globals.css has no --${name}: light-dark(#..., #...)`);
  return { light: match[1], dark: match[2] };
}

const PAIRS: [string, string[]][] = [
  ["fg", ["bg", "surface", "surface-2", "selected-bg", "match-current-bg"]],
  ["muted", ["bg", "surface", "surface-2"]],
  ["link", ["bg", "surface", "surface-2", "accent-bg"]],
  ["error", ["bg", "surface", "error-bg"]],
  ["warning", ["bg", "surface", "warning-bg"]],
  ["success", ["bg", "surface", "success-bg"]],
];

for (const [text, backgrounds] of PAIRS)
  for (const background of backgrounds)
    for (const theme of THEMES)
      test(`--${text} on --${background} (${theme}) >= 4.5:1`, () => {
        const ratio = contrastRatio(variable(text)[theme], variable(background)[theme]);
        expect(ratio).toBeGreaterThanOrEqual(4.5);
      });

test("focus ring and strong borders >= 3:1 on the page (both themes)", () => {
  for (const theme of THEMES)
    for (const line of ["focus", "border-strong", "input-border"])
      expect(
        contrastRatio(variable(line)[theme], variable("bg")[theme]),
        `${line} ${theme}`,
      ).toBeGreaterThanOrEqual(3);
});

const LOG_BACKGROUNDS = ["surface", "error-bg", "match-bg", "selected-bg"];

test("the highlighter's dark backgrounds are globals.css's", () => {
  expect(DARK_LOG_BACKGROUNDS).toEqual([variable("surface").dark, variable("error-bg").dark]);
});

test("every log colour, theme and ANSI, reads on every log background in both themes", () => {
  const unreadable: string[] = [];
  for (const [lightColour, darkValue] of [...Object.values(LOG_COLOURS), ...ANSI_PALETTE])
    for (const background of LOG_BACKGROUNDS) {
      const { light, dark } = variable(background);
      if (contrastRatio(lightColour, light) < 4.5) unreadable.push(`${lightColour} on --${background} light`);
      if (contrastRatio(darkValue, dark) < 4.5) unreadable.push(`${darkValue} on --${background} dark`);
    }
  expect(unreadable).toEqual([]);
});

test("errors and warnings stand out as much in dark as in light (within 15%)", () => {
  for (const role of ["error", "warning"] as const) {
    const [lightColour, darkValue] = LOG_COLOURS[role];
    const light = contrastRatio(lightColour, variable("surface").light);
    const dark = contrastRatio(darkValue, variable("surface").dark);
    expect(dark, role).toBeGreaterThanOrEqual(light * 0.85);
  }
});

test("an unknown escape colour is lifted until it reads on the dark log backgrounds", () => {
  const navy = darkColour("#000080");
  for (const background of DARK_LOG_BACKGROUNDS)
    expect(contrastRatio(navy, background)).toBeGreaterThanOrEqual(4.5);
  expect(darkColour("#B3261E")).toBe(LOG_COLOURS.error[1]);
  expect(darkColour("rgb(1,2,3)")).toBe("rgb(1,2,3)");
});
