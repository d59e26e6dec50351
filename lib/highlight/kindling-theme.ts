// A light theme for build logs: errors must jump out, the noise (make
// directories, progress counters, configure checks) recedes, and Portage's own
// voice (phases, einfo) is recognisable at a glance. Contrast on #ffffff >= 4.5:1.
import type { ThemeRegistration } from "shiki/core";

export const KINDLING_THEME = "kindling-log";

export const kindlingTheme: ThemeRegistration = {
  name: KINDLING_THEME,
  type: "light",
  colors: { "editor.background": "#ffffff", "editor.foreground": "#1d1f21" },
  fg: "#1d1f21",
  bg: "#ffffff",
  settings: [
    { settings: { foreground: "#1d1f21", background: "#ffffff" } },
    { scope: "invalid", settings: { foreground: "#b3261e", fontStyle: "bold" } },
    { scope: "markup.warning", settings: { foreground: "#8a5300" } },
    { scope: "markup.note", settings: { foreground: "#0b5cad" } },
    { scope: "markup.qa", settings: { foreground: "#a34700", fontStyle: "bold" } },
    { scope: "markup.heading.phase", settings: { foreground: "#6b2f96", fontStyle: "bold" } },
    { scope: "markup.pass", settings: { foreground: "#1e7b34" } },
    { scope: "string.einfo", settings: { foreground: "#1e6b34" } },
    { scope: "entity.name.file", settings: { foreground: "#005a80" } },
    { scope: "constant.numeric.line", settings: { foreground: "#005a80" } },
    { scope: "comment", settings: { foreground: "#646a70" } },
    // Bundled grammars used for environment and YAML files.
    { scope: ["keyword", "storage"], settings: { foreground: "#6b2f96" } },
    { scope: ["string", "string.quoted"], settings: { foreground: "#1e6b34" } },
    { scope: ["variable", "entity.name.tag"], settings: { foreground: "#005a80" } },
    { scope: ["constant", "support"], settings: { foreground: "#8a5300" } },
  ],
};
