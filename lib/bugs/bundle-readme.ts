// The README member of the bundle: what each member is, whole or excerpt, its
// size in the tar and the original's, and the permanent link to the full file.
import { BUGZILLA_ATTACHMENT_LIMIT } from "./bundle-limits";

export type MemberKind = "whole" | "xz" | "excerpt";

export interface ReadmeEntry {
  tarName: string;
  kind: MemberKind;
  size: number;
  originalName: string;
  originalSize: number;
  fullFileUrl: string;
}

const KIND_TEXT: Record<MemberKind, string> = {
  whole: "whole file",
  xz: "whole file, xz-compressed",
  excerpt: "EXCERPT (head, lines around the errors, tail), xz-compressed",
};

export function readmeText(title: string, buildUrl: string, entries: readonly ReadmeEntry[]): string {
  const lines = [
    `Attachments of ${title}`,
    `Failure on Kindling: ${buildUrl}`,
    "",
    `Every member is at most ${BUGZILLA_ATTACHMENT_LIMIT / 1024} KB, Gentoo Bugzilla's attachment limit.`,
    "A file too big even xz-compressed is an excerpt; its full file is at the link given.",
    "",
  ];
  for (const entry of entries) {
    lines.push(
      `${entry.tarName}`,
      `  ${KIND_TEXT[entry.kind]}; ${kib(entry.size)} here, ${kib(entry.originalSize)} original`,
      `  full file: ${entry.fullFileUrl}`,
      "",
    );
  }
  return lines.join("\n");
}

function kib(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KiB`;
}
