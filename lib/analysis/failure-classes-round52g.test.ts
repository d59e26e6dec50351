import { describe, expect, test } from "vitest";
import {
  analyzeLines,
  callStack,
  dieBanner,
  expectStreamedAlike,
  phaseLog,
  phaseLogLine,
  readingOf,
  realRow,
} from "./testing/failure-class";

// Round 52g (helper rules52g): shapes named by the lead (held-out logs not read). Real rows 1200 (cargo's build-script
// failure, clang-sys's panic message below Rust 1.73's header), 1201 (rustbuild's sanity check, its message padded
// by blank lines), 1202 and 1203 (multilib-build's header check); the other lines are made up in the tools' own
// formats (cargo, Rust's panic hook, multilib-build.eclass's eerror and die).
const CLANGQL = "compile-cargo-build-script-panic-message-below-header-clang-sys-libclang-clangql";
const X_PY = "compile-rustbuild-x-py-sanity-panic-couldnt-find-required-command-rust";
const LIBHEIF = "install-multilib-check-headers-changed-between-abis-checksum-mismatch-libheif";
const LIBRESSL = "install-multilib-headers-changed-elog-summary-failed-to-emerge-libressl";

const BACKTRACE_NOTE = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace";

describe("1. Rust >= 1.73's panic: the message on the line below its header is the primary", () => {
  test("row 1200: clang-sys's build script under cargo's `failed to run custom build command`: the message", () => {
    expect(readingOf(realRow(CLANGQL))).toMatchObject({
      status: "failed",
      line: 7,
      ruleId: "rust-panic-message",
      kind: "compile",
    });
  });

  test("row 1201: x.py's sanity check, two blank lines between header and message: the message", () => {
    expect(readingOf(realRow(X_PY))).toMatchObject({
      status: "failed",
      line: 8,
      ruleId: "rust-panic-message",
      kind: "compile",
    });
  });

  test("a build script's panic under src_compile's banner and cargo's die (a full log): the message, compile", () => {
    const lines = phaseLog(
      [
        "error: failed to run custom build command for `clang-sys v1.7.0`",
        "",
        "Caused by:",
        "  process didn't exit successfully: `/var/tmp/portage/dev-foo/bar-1.0/work/target/release/build/clang-sys-abc/build-script-build` (exit status: 101)",
        "  --- stderr",
        "  thread 'main' panicked at /var/tmp/portage/dev-foo/bar-1.0/homedir/.cargo/registry/src/index.crates.io-6f17d22bba15001f/clang-sys-1.7.0/build/dynamic.rs:225:45:",
        "  called `Result::unwrap()` on an `Err` value: \"couldn't find any valid shared libraries matching: ['libclang.so', 'libclang-*.so'], set the `LIBCLANG_PATH` environment variable to a path where one of these files can be found (invalid: [])\"",
        `  ${BACKTRACE_NOTE}`,
        "warning: build failed, waiting for other jobs to finish...",
      ],
      "compile",
      "cargo build failed",
    );
    expect(expectStreamedAlike(lines)).toMatchObject({
      line: phaseLogLine(6),
      ruleId: "rust-panic-message",
      kind: "compile",
      phase: "compile",
    });
  });

  test("rustbuild's padded message under src_compile's banner (a full log): the message", () => {
    const lines = phaseLog(
      [
        "thread 'main' panicked at src/bootstrap/sanity.rs:60:13:",
        "",
        "",
        'couldn\'t find required command: "cc"',
        "",
        "",
        BACKTRACE_NOTE,
        "Build completed unsuccessfully in 0:00:00",
      ],
      "compile",
      "(no error message)",
    );
    expect(expectStreamedAlike(lines)).toMatchObject({
      line: phaseLogLine(3),
      ruleId: "rust-panic-message",
      kind: "compile",
    });
  });

  test("near miss: Rust < 1.73's one-line panic stays the panic's own line", () => {
    const result = analyzeLines([
      "thread 'main' panicked at 'couldn't find required command: \"cc\"', src/bootstrap/sanity.rs:60:13",
      "Build completed unsuccessfully in 0:00:00",
      BACKTRACE_NOTE,
    ]);
    expect(readingOf(result)).toMatchObject({ line: 1, ruleId: "rust-panic", kind: "compile" });
  });

  test("near miss: a header with only Rust's backtrace lines below it stays the header", () => {
    const result = analyzeLines([
      "thread 'main' panicked at src/main.rs:10:5:",
      "",
      "stack backtrace:",
      "   0: rust_begin_unwind",
    ]);
    expect(readingOf(result)).toMatchObject({ line: 1, ruleId: "rust-panic" });
  });

  test("near miss: bindgen's libclang line below the header keeps its own rule", () => {
    const result = analyzeLines([
      "  thread 'main' panicked at /root/.cargo/registry/src/index.crates.io-6f17d22bba15001f/bindgen-0.69.4/lib.rs:622:31:",
      "  Unable to find libclang: \"couldn't find any valid shared libraries matching: ['libclang.so'], set the `LIBCLANG_PATH` environment variable to a path where one of these files can be found (invalid: [])\"",
    ]);
    expect(readingOf(result)).toMatchObject({ line: 2, ruleId: "bindgen-libclang-missing", kind: "compile" });
  });

  test("near miss: a panic inside a failed cargo test stays a test failure, the test named once", () => {
    const lines = [
      "running 2 tests",
      "test tests::parses ... FAILED",
      "",
      "failures:",
      "",
      "---- tests::parses stdout ----",
      "thread 'tests::parses' panicked at src/lib.rs:40:9:",
      "assertion `left == right` failed",
      "  left: 1",
      " right: 2",
      ...dieBanner("test", "cargo test failed"),
      ...callStack("test"),
    ];
    expect(expectStreamedAlike(lines)).toMatchObject({
      line: 2,
      kind: "test",
      failedTests: ["tests::parses"],
    });
  });
});

/** multilib-build.eclass's multilib_check_headers: eerror's line, the checksums' diff, then the die. */
const HEADERS_CHANGED = [
  " * Header files have changed between ABIs.",
  " * --- /var/tmp/portage/dev-foo/bar-1.0/temp/.multilib_header_cksum\t2024-07-18 20:38:19.813305015 +0200",
  " * +++ /var/tmp/portage/dev-foo/bar-1.0/temp/.multilib_header_cksum.new\t2024-07-18 20:38:20.092302969 +0200",
  " * @@ -1,2 +1,2 @@",
  " * -2566319610 1205 /var/tmp/portage/dev-foo/bar-1.0/image/usr/include/bar/config.h",
  " * +1378867688 1207 /var/tmp/portage/dev-foo/bar-1.0/image/usr/include/bar/config.h",
  " *  251763405 39574 /var/tmp/portage/dev-foo/bar-1.0/image/usr/include/bar/bar.h",
];

describe("2. multilib-build's header check: its first eerror line is the primary, kind install", () => {
  test("row 1202: libheif's eerror paragraph (the blank before the first star lost) over the die: install", () => {
    expect(readingOf(realRow(LIBHEIF))).toMatchObject({
      status: "failed",
      line: 1,
      ruleId: "multilib-headers-changed",
      kind: "install",
      phase: "install",
    });
  });

  test("row 1203: the paragraph in emerge's elog summary, no banner: install", () => {
    expect(readingOf(realRow(LIBRESSL))).toMatchObject({
      status: "failed",
      line: 7,
      ruleId: "multilib-headers-changed",
      kind: "install",
    });
  });

  test("under src_install's banner, over the die and its stack (a full log): the eerror line, install", () => {
    const lines = [
      ...phaseLog(HEADERS_CHANGED, "install"),
      ...dieBanner("install", "Header checksum mismatch, aborting."),
      ...callStack(
        "install",
        "multilib-minimal_src_install",
        "multilib_foreach_abi",
        "multilib_check_headers",
      ),
    ];
    expect(expectStreamedAlike(lines)).toMatchObject({
      status: "failed",
      line: phaseLogLine(0),
      ruleId: "multilib-headers-changed",
      kind: "install",
      phase: "install",
    });
  });

  test("a paste indented by four: the eerror line, install", () => {
    const result = analyzeLines(
      [...HEADERS_CHANGED, ...dieBanner("install", "Header checksum mismatch, aborting.")].map(
        (line) => `    ${line}`,
      ),
    );
    expect(readingOf(result)).toMatchObject({ line: 1, ruleId: "multilib-headers-changed", kind: "install" });
  });

  test("the paragraph alone (the paste cut before the die): failed, the eerror line, install", () => {
    expect(readingOf(analyzeLines(HEADERS_CHANGED))).toMatchObject({
      status: "failed",
      line: 1,
      ruleId: "multilib-headers-changed",
      kind: "install",
    });
  });

  test("the paragraph indented by two under the install banner at the margin: the eerror line", () => {
    const result = analyzeLines([
      ">>> Install dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
      ...HEADERS_CHANGED.map((line) => `  ${line}`),
    ]);
    expect(readingOf(result)).toMatchObject({ line: 2, ruleId: "multilib-headers-changed", kind: "install" });
  });

  test("near miss: the die alone (the eerror paragraph cut) stays the die's message", () => {
    const result = analyzeLines(dieBanner("install", "Header checksum mismatch, aborting."));
    expect(readingOf(result)).toMatchObject({ line: 2, ruleId: "portage-die-message", kind: "install" });
  });

  test("near miss: the words inside a sentence are no failure", () => {
    const result = analyzeLines([
      " * Note: no header files have changed between ABIs in this release.",
      ">>> Completed installing dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
    ]);
    expect(result.status).toBe("succeeded");
  });
});
