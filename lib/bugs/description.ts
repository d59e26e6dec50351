// The bug's first comment: what toralf's comment0 says, plus permanent links,
// because the tinderbox deletes the image (and its files) within weeks.
import type { EmergeInfo } from "../gentoo/emerge-info";
import { CORE_TOOLCHAIN_PACKAGES } from "../gentoo/toolchain";
import { orderedAttachments } from "./attachment-order";
import type { BugReportInput } from "./bug-report";
import { buildPageUrl, bundleUrl, filePageUrl } from "./links";

const TOOLCHAIN_VARIABLES = ["CC", "CXX", "CFLAGS", "CXXFLAGS", "LDFLAGS", "MAKEOPTS", "GNUMAKEFLAGS"];

export function bugDescription(input: BugReportInput): string {
  return [
    headline(input),
    errorSection(input),
    environmentSection(input),
    toolchainSection(input.emergeInfo),
    linksSection(input),
  ]
    .filter((section) => section.length > 0)
    .join("\n\n");
}

function headline({ build }: BugReportInput): string {
  const where = build.phase ? ` in the ${build.phase} phase` : "";
  return `${build.atom}::${build.repository} failed${where} on a Gentoo tinderbox (build bot).`;
}

function errorSection({ build, excerpt }: BugReportInput): string {
  if (excerpt.length === 0 && !build.primaryText) return "";
  const heading = build.primaryLine ? `Error (line ${build.primaryLine} of the build log):` : "Error:";
  const lines = excerpt.length > 0 ? excerpt : [build.primaryText ?? ""];
  return [heading, "", ...lines.map((line) => `  ${line}`)].join("\n");
}

function environmentSection({ build, tinderbox }: BugReportInput): string {
  const rows = [`Tinderbox image: ${tinderbox.name}`];
  if (tinderbox.description) rows.push(`  ${tinderbox.description}`);
  if (build.profile) rows.push(`Profile: ${build.profile}`);
  if (build.useFlags.length > 0) rows.push(`USE: ${build.useFlags.join(" ")}`);
  return rows.join("\n");
}

export function toolchainSection(info: EmergeInfo | null): string {
  if (!info) return "";
  const rows: string[] = [];
  const line = info.portageLine;
  if (line)
    rows.push(
      `Portage ${line.portage} (${line.python}, ${line.profile}, ${line.compiler}, ${line.libc}, ${line.kernel} ${line.arch})`,
    );
  for (const name of CORE_TOOLCHAIN_PACKAGES) {
    const version = info.packages.get(name);
    if (version) rows.push(`${name}: ${version}`);
  }
  for (const name of TOOLCHAIN_VARIABLES) {
    const value = info.vars.get(name);
    if (value !== undefined) rows.push(`${name}="${value}"`);
  }
  for (const [repository, commit] of info.repositoryHeads) rows.push(`HEAD of ::${repository}: ${commit}`);
  if (rows.length === 0) return "";
  return ["Toolchain (from emerge --info):", ...rows.map((row) => `  ${row}`)].join("\n");
}

function linksSection({ build, files, baseUrl }: BugReportInput): string {
  const rows = [
    "The full log, its analysis and every file stay on Kindling after the image is gone:",
    `  ${buildPageUrl(baseUrl, build.id)}`,
  ];
  if (files.length > 0) {
    rows.push("", "Files:");
    for (const file of orderedAttachments(files))
      rows.push(`  ${file.name}: ${filePageUrl(baseUrl, file.id)}`);
    rows.push(
      "",
      "All files as one tar (emerge-info.txt first, files over 1000 KB xz-compressed):",
      `  ${bundleUrl(baseUrl, build.id)}`,
    );
  }
  return rows.join("\n");
}
