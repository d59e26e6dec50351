// Assembles one upload-ready result: rendered log, attachments, ResultMeta.
import { roleForFileName } from "../ingest/file-roles";
import type { ResultMeta } from "../ingest/result-meta";
import { emergeHistory, emergeInfo, qlistInfo } from "./attachments";
import type { SyntheticPackage } from "./catalogue";
import type { Problem } from "./plan";
import { Rng } from "./prng";
import { renderTemplate } from "./render";
import { type LogIdentity, logStamp } from "./substitute";
import type { LogTemplate } from "./template-types";
import type { SyntheticTinderbox } from "./tinderboxes";
import type { SyntheticFile, SyntheticResult } from "./types";

export interface ResultInput {
  seed: number;
  index: number;
  rng: Rng;
  pkg: SyntheticPackage;
  pvr: string;
  tinderbox: SyntheticTinderbox;
  template: LogTemplate;
  problem?: Problem;
  finishedAt: Date;
  corpusDir?: string;
}

export function assembleResult(input: ResultInput): SyntheticResult {
  const { pkg, rng, template } = input;
  const target: LogIdentity = { category: pkg.category, pn: pkg.name, pvr: input.pvr, sourceDir: "" };
  const other = input.problem?.other ?? { category: pkg.category, pn: pkg.name, pvr: input.pvr };
  // A problem's details come from its own seed: every sighting reads the same.
  const detailRng = input.problem ? new Rng(input.problem.detailSeed) : rng.fork();
  const rendered = renderTemplate({
    template,
    target,
    detail: template.drawDetail(detailRng, { target, other }),
    finishedAt: input.finishedAt,
    maintainers: pkg.maintainers.map((maintainer) => maintainer.email),
    corpusDir: input.corpusDir,
  });
  const atom = `${pkg.category}/${pkg.name}-${input.pvr}`;
  const failed = template.kind !== "none" && template.kind !== "qa";
  const logName = rng.chance(0.85)
    ? `${pkg.category}:${pkg.name}-${input.pvr}:${logStamp(input.finishedAt)}.log`
    : "build.log";
  const useFlags = headerUseFlags(rendered.log);
  const files: SyntheticFile[] = [
    { name: logName, content: Buffer.from(rendered.log) },
    ...rendered.attachments.map((file) => ({ name: file.name, content: Buffer.from(file.content) })),
  ];
  // toralf's issue dir: every reported failure carries emerge --info, most the qlist/qlop output.
  if (failed) files.push(...issueDirFiles(input, atom, useFlags, rng));
  const meta = resultMeta(input, { atom, failed, useFlags, title: rendered.title, files });
  return { tinderbox: input.tinderbox, meta, files };
}

interface MetaParts {
  atom: string;
  failed: boolean;
  useFlags: string[];
  title: string;
  files: SyntheticFile[];
}

function resultMeta(input: ResultInput, parts: MetaParts): ResultMeta {
  return {
    idempotencyKey: `synthetic-${input.seed}-${input.index}`,
    atom: parts.atom,
    repository: "gentoo",
    status: parts.failed ? "failed" : "succeeded",
    startedAt: new Date(
      input.finishedAt.getTime() - durationSec(input.rng, input.template) * 1000,
    ).toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    useFlags: parts.useFlags,
    profile: input.tinderbox.profile,
    ...(parts.title ? { title: parts.title } : {}),
    maintainers: input.pkg.maintainers.map((maintainer) => ({ ...maintainer })),
    files: parts.files.map((file) => ({ name: file.name, role: roleForFileName(file.name) })),
    tinderbox: tinderboxMeta(input.tinderbox),
  };
}

function issueDirFiles(input: ResultInput, atom: string, useFlags: string[], rng: Rng): SyntheticFile[] {
  const files: SyntheticFile[] = [
    {
      name: "emerge-info.txt",
      content: Buffer.from(emergeInfo(input.tinderbox, input.finishedAt, input.corpusDir)),
    },
  ];
  if (rng.chance(0.8)) {
    files.push({ name: "qlist-info.txt", content: Buffer.from(qlistInfo(atom, useFlags, input.corpusDir)) });
    files.push({
      name: "emerge-history.txt",
      content: Buffer.from(emergeHistory(input.finishedAt, input.corpusDir)),
    });
  }
  return files;
}

/** The USE flags the log's header prints (fetch and dependency logs have no header). */
export function headerUseFlags(log: string): string[] {
  const line = /^ \* USE:\s+(.*)$/m.exec(log);
  return line ? line[1].trim().split(/\s+/) : [];
}

/** Failures before compiling are quick; a full build with tests takes longest. */
function durationSec(rng: Rng, template: LogTemplate): number {
  if (template.kind === "fetch" || template.kind === "dependency") return rng.int(2, 60);
  if (template.kind === "configure") return rng.int(10, 240);
  return rng.int(30, 5400);
}

function tinderboxMeta(tinderbox: SyntheticTinderbox): NonNullable<ResultMeta["tinderbox"]> {
  return {
    description: tinderbox.description,
    profile: tinderbox.profile,
    arch: tinderbox.arch,
    keywords: tinderbox.keywords,
    toolchainTags: [...tinderbox.toolchainTags],
  };
}
