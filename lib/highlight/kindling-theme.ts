// The build-log theme: errors must jump out, the noise (make directories,
// progress counters, configure checks) recedes, and Portage's own voice
// (phases, einfo) is recognisable at a glance. Each colour has a light value
// (>= 4.5:1 on white and on the error-line tint) and a dark one (the same on
// the dark surface); theme-contrast.test.ts checks both against app/globals.css.
// Shiki tokenizes once with the light theme; spans.ts writes each colour as
// light-dark(light, dark), so the page's color-scheme picks without a second pass.
import type { ThemeRegistration } from "shiki/core";

export const KINDLING_THEME = "kindling-log";

/** [light, dark] per role. */
export const LOG_COLOURS = {
  text: ["#1d1f21", "#e4e6e9"],
  error: ["#b3261e", "#ff9a90"],
  warning: ["#8a5300", "#f0c05a"],
  note: ["#0b5cad", "#86bdf5"],
  qa: ["#a34700", "#ffab6b"],
  phase: ["#6b2f96", "#d2b0f5"],
  pass: ["#1e7b34", "#80d89b"],
  einfo: ["#1e6b34", "#95dba6"],
  file: ["#005a80", "#72cdf0"],
  comment: ["#646a70", "#a9afb6"],
} as const satisfies Record<string, readonly [string, string]>;

const light = (role: keyof typeof LOG_COLOURS) => LOG_COLOURS[role][0];

export const kindlingTheme: ThemeRegistration = {
  name: KINDLING_THEME,
  type: "light",
  colors: { "editor.background": "#ffffff", "editor.foreground": light("text") },
  fg: light("text"),
  bg: "#ffffff",
  settings: [
    { settings: { foreground: light("text"), background: "#ffffff" } },
    { scope: "invalid", settings: { foreground: light("error"), fontStyle: "bold" } },
    { scope: "markup.warning", settings: { foreground: light("warning") } },
    { scope: "markup.note", settings: { foreground: light("note") } },
    { scope: "markup.qa", settings: { foreground: light("qa"), fontStyle: "bold" } },
    { scope: "markup.heading.phase", settings: { foreground: light("phase"), fontStyle: "bold" } },
    { scope: "markup.pass", settings: { foreground: light("pass") } },
    { scope: "string.einfo", settings: { foreground: light("einfo") } },
    { scope: "entity.name.file", settings: { foreground: light("file") } },
    { scope: "constant.numeric.line", settings: { foreground: light("file") } },
    { scope: "comment", settings: { foreground: light("comment") } },
    // Bundled grammars used for environment and YAML files.
    { scope: ["keyword", "storage"], settings: { foreground: light("phase") } },
    { scope: ["string", "string.quoted"], settings: { foreground: light("einfo") } },
    { scope: ["variable", "entity.name.tag"], settings: { foreground: light("file") } },
    { scope: ["constant", "support"], settings: { foreground: light("warning") } },
  ],
};
