// Public entry of the analysis library: pure functions, no I/O.
export {
  analyzeLogText,
  createLogAnalyzer,
  type LogAnalyzer,
  type LogAnalyzerOptions,
  MAX_ERROR_LINES,
} from "./analyzer";
export { type AttachmentContext, analyzeAttachment } from "./attachments";
export { causeMessage, findMissingCause } from "./cause";
export { coarseMessage } from "./coarse";
export { withDetail } from "./detail";
export { cleanLine, LineSplitter, MAX_LINE_CHARS, splitLogText, visibleText } from "./lines";
export { maskMessage, titleMessage } from "./normalize";
export { attachmentRoleFor } from "./portage-patterns";
export {
  ALGORITHM_VERSION,
  buildTitle,
  capTitle,
  type HeadlineInput,
  headlineFor,
  UNKNOWN_ATOM,
} from "./result";
export { LINE_RULES, matchLineRule } from "./rules";
export { computeSignature, SIGNATURE_VERSION, signatureHash } from "./signature";
export { StreamingLog } from "./streaming-log";
export type * from "./types";
