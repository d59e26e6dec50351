// Renders one log template for one package: the corpus text with the error details,
// the package's spellings, the maintainers and the time swapped in.
import { type CorpusCase, caseText, corpusCase } from "./corpus";
import {
  identityOfLog,
  identityReplacements,
  type LogIdentity,
  type Replacement,
  replaceAll,
  retime,
  setMaintainerHeader,
} from "./substitute";
import type { LogTemplate } from "./template-types";

export interface RenderedLog {
  log: string;
  title: string;
  attachments: Array<{ name: string; content: string }>;
}

export interface RenderInput {
  template: LogTemplate;
  target: LogIdentity;
  detail: readonly Replacement[];
  finishedAt: Date;
  maintainers: readonly string[];
  corpusDir?: string;
}

export function renderTemplate(input: RenderInput): RenderedLog {
  const source = corpusCase(input.template.caseName, input.corpusDir);
  const pairs = [...input.detail, ...identityReplacements(sourceIdentity(source), input.target)];
  const raw = input.template.rewrite ? input.template.rewrite(source.buildLog) : source.buildLog;
  const log = retime(setMaintainerHeader(replaceAll(raw, pairs), input.maintainers), input.finishedAt);
  const title = replaceAll(input.template.title ?? source.expected.title, pairs);
  const attachments = input.template.attachments.map(([relativePath, name]) => {
    const text = caseText(source, relativePath);
    if (text === undefined) throw new Error(`${source.name} has no ${relativePath}`);
    return { name, content: retime(replaceAll(text, pairs), input.finishedAt) };
  });
  return { log, title, attachments };
}

const identities = new WeakMap<CorpusCase, LogIdentity>();

function sourceIdentity(source: CorpusCase): LogIdentity {
  let identity = identities.get(source);
  if (!identity) {
    identity = identityOfLog(source.expected.atom, source.buildLog);
    identities.set(source, identity);
  }
  return identity;
}
