// Every log template, and which ones fit a package.
import type { BuildSystem } from "./package-names";
import type { LogTemplate, SyntheticKind } from "./template-types";
import { BUILD_TEMPLATES } from "./templates-build";
import { ENV_TEMPLATES, SUCCESS_TEMPLATE } from "./templates-env";

export { SUCCESS_TEMPLATE };

export const ALL_TEMPLATES: readonly LogTemplate[] = [...BUILD_TEMPLATES, ...ENV_TEMPLATES];

export const QA_TEMPLATE: LogTemplate = requireTemplate("qa-notice");

export function templatesFor(kind: SyntheticKind, buildSystem: BuildSystem): LogTemplate[] {
  return ALL_TEMPLATES.filter(
    (template) =>
      template.kind === kind &&
      (template.buildSystems === null || template.buildSystems.includes(buildSystem)),
  );
}

function requireTemplate(id: string): LogTemplate {
  const found = ALL_TEMPLATES.find((template) => template.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}
