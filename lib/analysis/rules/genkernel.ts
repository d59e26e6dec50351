// Round 52f: genkernel (Gentoo's kernel and initramfs builder) giving up, and kbuild's sign-file under it.
// genkernel runs make with its output sent to /var/log/genkernel.log, so what a user pastes is genkernel's own
// `* `-prefixed lines: its `gen_die` verdict (`* ERROR: …`, column 0, unlike eerror's ` * `), then the log it points
// at. That verdict names the make target that failed and nothing more; whatever the log shows above or below it
// (a compiler's error, ld's, depmod's, sign-file's reason) says why. So the verdict is conclusive (genkernel exits 1)
// but sums up (LineRule.sumsUp): any stronger line of the excerpt is the primary. The target decides the kind.
import { type LineRule, TIER_DETAIL, TIER_ECHO } from "./rule";

/**
 * genkernel 3.x's `Failed to compile the "bzImage" target...`, 4.x's `compile_kernel(): compile_generic() failed to
 * compile the "bzImage" target!` (gen_compile.sh; the function stack varies), up to the target's name.
 */
const TARGET_FAILED = String.raw`^\* ERROR: (?:Failed to compile the|(?:[\w-]{1,60}\(\): ){0,8}compile_generic\(\) failed to compile the) "`;

/** Targets that build the kernel or its modules: the compile step (an image's name varies by arch). */
const COMPILE_TARGETS = String.raw`(?:bzImage|zImage|uImage|Image(?:\.\w{1,8})?|vmlinux|vmlinuz|kernel|modules|prepare|modules_prepare)`;
/** Targets that copy the built kernel, its modules or firmware into place. */
const INSTALL_TARGETS = "(?:modules_install|install|firmware_install|headers_install|dtbs_install)";

const NEEDLES = ["* ERROR: "];

export const GENKERNEL_COMPILE_FAILED: LineRule = {
  id: "genkernel-compile-failed",
  note: "genkernel's verdict on a kernel or modules target (`bzImage`, `modules`, `prepare`): the compile step",
  needles: NEEDLES,
  pattern: new RegExp(`${TARGET_FAILED}${COMPILE_TARGETS}" target`),
  example: '* ERROR: Failed to compile the "bzImage" target...',
  role: "error",
  tier: TIER_ECHO,
  kind: "compile",
  severity: "error",
  conclusive: true,
  sumsUp: true,
};

export const GENKERNEL_INSTALL_FAILED: LineRule = {
  id: "genkernel-install-failed",
  note: "genkernel's verdict on an install target (`modules_install`, `install`): installing what was built",
  needles: NEEDLES,
  pattern: new RegExp(`${TARGET_FAILED}${INSTALL_TARGETS}" target`),
  example:
    '* ERROR: kernel_main(): compile_modules(): compile_generic() failed to compile the "modules_install" target!',
  role: "error",
  tier: TIER_ECHO,
  kind: "install",
  severity: "error",
  conclusive: true,
  sumsUp: true,
};

/**
 * genkernel's other verdicts: an initramfs step (4.x's `append_busybox() failed!`, gen_initramfs.sh), a helper
 * program's build for the initramfs (3.x's compile_generic on busybox's or LVM's own targets) and the run's summary.
 * None is a step the kind names, so kind unknown unless a stronger line (a compiler's) says otherwise.
 */
export const GENKERNEL_ERROR: LineRule = {
  id: "genkernel-error",
  note: "genkernel's `gen_die` verdict on an initramfs step or helper build: no step kind of its own",
  needles: NEEDLES,
  pattern:
    /^\* ERROR: (?:(?:[\w-]{1,60}\(\): ){0,8}[\w-]{1,60}\(\) failed!$|Failed to compile the "[^"\n]{0,200}" target|genkernel \([^)\s]{1,40}\) failed!)/,
  example: "* ERROR: create_initramfs(): append_data(): append_busybox() failed!",
  role: "error",
  tier: TIER_ECHO,
  kind: null,
  kindWithoutPhase: "unknown",
  severity: "error",
  conclusive: true,
  sumsUp: true,
};

/**
 * kbuild's sign-file failing to sign a module at modules_install (`At main.c:171:`, then OpenSSL's reason `- SSL
 * error:1E08010C:DECODER routines::unsupported: …`, then `sign-file: ./`): the reason genkernel's or make's verdict
 * below it only sums up. A detail: older kernels go on after it, so it fails an excerpt only when nothing else does.
 */
export const SIGN_FILE_SSL_ERROR: LineRule = {
  id: "sign-file-ssl-error",
  note: "OpenSSL's reason for kbuild's sign-file refusing to sign a module: the install step's",
  needles: ["- SSL error:"],
  pattern: /^- SSL error:[0-9A-F]{8}:/,
  example:
    "- SSL error:1E08010C:DECODER routines::unsupported: ../openssl-3.0.13/crypto/encode_decode/decoder_lib.c:101",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "install",
  severity: "error",
};

// The target rules before the catch-all (rules match in order: a kernel target is no helper build).
export const GENKERNEL_RULES: readonly LineRule[] = [
  GENKERNEL_COMPILE_FAILED,
  GENKERNEL_INSTALL_FAILED,
  GENKERNEL_ERROR,
  SIGN_FILE_SSL_ERROR,
];
