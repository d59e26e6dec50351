// Which grammar shows a file: the build-log grammar knows Portage, compilers,
// make/ninja/cmake/meson, configure and test-suite lines, so it serves every
// log-like file; environment files are shell, CMakeConfigureLog.yaml is YAML.
export const LOG_LANGUAGES = ["buildlog", "shellscript", "yaml"] as const;
export type LogLanguage = (typeof LOG_LANGUAGES)[number];

export function languageFor(role: string, name: string): LogLanguage {
  if (role === "environment") return "shellscript";
  if (/\.ya?ml(\.(gz|bz2|xz))?$/i.test(name)) return "yaml";
  return "buildlog";
}
