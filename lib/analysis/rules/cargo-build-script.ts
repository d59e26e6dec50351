// A crate's build script (build.rs) failing under cargo: cargo says which crate's script failed
// (`error: failed to run custom build command for `clang-sys v1.7.0``) and then replays the
// script's output, indented by two blanks, under `--- stdout` and `--- stderr`. The script's own
// words say why; cargo's line is the echo (other-tools.ts has cargo's other lines).
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ROOT } from "./rule";

export const CARGO_BUILD_SCRIPT_FAILED: LineRule = {
  id: "cargo-build-script-failed",
  note: "tier 1: the script's stderr below it says why; alone (the stderr cut off) it is still the failure",
  needles: ["error: failed to run custom build command for "],
  pattern: /^error: failed to run custom build command for /,
  example: "error: failed to run custom build command for `clang-sys v1.7.0`",
  role: "error",
  tier: TIER_ECHO,
  // Round 44a: cargo prints it only when the script failed, so alone (stderr cut off) it fails the excerpt.
  conclusive: true,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const BINDGEN_LIBCLANG_MISSING: LineRule = {
  id: "bindgen-libclang-missing",
  note:
    "clang-sys (bindgen's loader) found no libclang: `Unable to find libclang: \"couldn't find any valid shared " +
    'libraries matching: …"`, on its own line under the panic (Rust >= 1.73) or inside it (`panicked at ' +
    "'Unable to find libclang: …'`). A missing build dependency (llvm/clang): kind compile",
  needles: ["Unable to find libclang: "],
  pattern: /^\s*(?:thread '[^']*' panicked at ')?Unable to find libclang: /,
  example:
    "  Unable to find libclang: \"couldn't find any valid shared libraries matching: ['libclang.so', 'libclang-*.so'], set the `LIBCLANG_PATH` environment variable to a path where one of these files can be found (invalid: [])\"",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

/**
 * Rust 1.73 moved a panic's message below its header (`thread 'main' panicked at src/x.rs:10:5:`, then the message
 * on a line of its own; before, `panicked at 'message', src/x.rs:10:5`). The header is then only a location, the
 * message the cause (LABELLING.md convention 1, a message wrapped after its location): it takes the header's place,
 * its tier and kind. Blank lines may come between (rustbuild's `must_have` pads its message with two). Not Rust's
 * backtrace hint or header, nor bindgen's libclang line, which its own rule reads.
 */
export const RUST_PANIC_MESSAGE: LineRule = {
  id: "rust-panic-message",
  needles: [],
  pattern: /^\s*(?!note: run with |stack backtrace:|Unable to find libclang: )\S/,
  example: '  couldn\'t find required command: "cc"',
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
  reasonFor: (above) => PANIC_HEADER_ALONE.test(above),
  passesOver: /^\s*$/,
};

/** The header of Rust >= 1.73: the location ends the line, with a colon. */
const PANIC_HEADER_ALONE = /' panicked at [^']*:\d+:\d+:\s*$/;

export const RUST_PANIC: LineRule = {
  id: "rust-panic",
  note:
    "a Rust program's panic (`thread 'main' panicked at src/main.rs:10:5:`): a build script's, under cargo's " +
    "echo, when nothing more specific is there. Tier 2, so a failed test's own line (test-rust-failed) wins",
  needles: ["' panicked at "],
  pattern: /^\s*thread '[^']{1,200}' panicked at /,
  example:
    "  thread 'main' panicked at /var/tmp/portage/dev-foo/bar-1.0/homedir/.cargo/registry/src/index.crates.io-6f17d22bba15001f/bindgen-0.69.4/lib.rs:622:31:",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
  nextLine: RUST_PANIC_MESSAGE,
};

export const CARGO_BUILD_SCRIPT_RULES: readonly LineRule[] = [
  CARGO_BUILD_SCRIPT_FAILED,
  BINDGEN_LIBCLANG_MISSING,
  RUST_PANIC,
];
