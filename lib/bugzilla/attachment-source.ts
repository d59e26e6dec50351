// The one place filing gets its attachments from: lib/bugs/bundle-cache.ts's
// bugzillaAttachment (each ≤ 1000 KB: the file, its xz, or an xz excerpt whose
// summary links the whole file; compressed once and kept in BundleMember).
export { BundleBusy, bugzillaAttachment } from "../bugs/bundle-cache";
