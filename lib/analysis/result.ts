// Turns the analyzer's bounded state into a LogAnalysis: primary error, status,
// phase, kind, title and signatures.
import { splitAtom } from "../gentoo/atom";
import type { AnalyzerState } from "./analyzer";
import type { Candidate, CandidateBook } from "./candidates";
import { causeMessage, findMissingCause } from "./cause";
import { coarseMessage } from "./coarse";
import { brokenManifestPackage, withDetail } from "./detail";
import { bareErrorKind, kindNamedBy } from "./last-resort";
import { maskMessage, titleMessage } from "./normalize";
import { BUILD_DIR_ATOM, EAPI_REFUSED_DIE } from "./portage-patterns";
import { matchLineRule, TIER_ROOT } from "./rules";
import {
  CMAKE_DOWNLOAD_STEP_FAILED,
  CMAKE_ERROR,
  CMAKE_INCOMPLETE,
  CMAKE_INSTALL_ERROR,
  cmakeDownloadStepPhase,
  MAKE_NO_RULE,
  MESON_ERROR,
} from "./rules/build-tools";
import { CALL_STACK_DIE_FRAME, COMPILER_ASSERTION, SANDBOX_UNAVAILABLE } from "./rules/environment";
import { BINHOST_INDEX_FAILED, MANIFEST_DIGEST_WARNING } from "./rules/fetch";
import { DISK_IO_RULE_IDS, KERNEL_DISK_ERROR_LINE } from "./rules/host";
import { GRADLE_PROJECT_PROBLEM, GRADLE_PROJECT_REASON } from "./rules/languages";
import { GENERIC_TOOL_ERROR } from "./rules/other-tools";
import { isFatalQaNotice, qaNoticeAborted } from "./rules/qa";
import { TIER_DETAIL, TIER_DIE, TIER_PORTAGE } from "./rules/rule";
import { VERIFY_SIG_DIE_MESSAGE } from "./rules/signatures";
import { CC_DRIVER_ERROR } from "./rules/toolchain";
import { computeSignature, EMPTY_SIGNATURE, signatureScope } from "./signature";
import type { ErrorLine, FailureKind, LogAnalysis, PrimaryError } from "./types";
import { noRuleGoalPhase } from "./weak-phase";

// v3 (session 10): the last resort (last-resort.ts) fails short excerpts v2 read as successes, and the kind
// a line names replaces `unknown`; a plain `npm run reanalyze` moves stored builds (only outdated ones).
// v4 (session 11): round 18's rules (waf's failed task, Node's heap, LLVM's backend, GHC's testsuite, lit's
// summary, emerge --depclean) and titles without a diff or waf's task dump.
// v5 (session 11): round 19 (tool wordings, phase-less kinds, die-message kinds, decoration, build-dir atoms).
// v6 (session 12): rounds 21-24 and the labelling conventions (fixtures/corpus/LABELLING.md).
// v7 (session 13): rounds 25-28 (bannerless kinds, googletest's assertion, restated dies, one-URI fetches).
// v8 (session 14): rounds 29-30 and the infra reasons disk-io and emulation (rules/host.ts).
// v9 (session 15): rounds 31-33 (wrapped compiler and linker messages, pkg-testing-tool's summary, libtool, cargo
// test's failure header, make's install/check target as the step) and the prefix grammar's numbered mail quotes.
// v10 (session 16): rounds 34-35 (landed after v9 in session 15: test-driver verdicts, bison, RUNPATH notices,
// configure complaints, gettext tools, swallowed crashes, Catch2) and 36-38 (configure's `not found` chatter, test
// harness signs, Solaris' loader, ld's warning over make's echo, autotools' bootstrap, libtool's install errors,
// ninja's output paths, localised missing headers, depmod, patch hunks outside Portage).
// v11 (session 17): rounds 39-43 (configure probes' compiler errors, automake's check run, TAP's `not ok`, GHC 7's
// message line, PEP 517 wheel hooks, pytest's FAILURES header, unittest's traceback rows, Ruby's LoadError, JUnit 4
// and Surefire test rows, R's anticonf message, happy's errors, wget's broken TLS handshake as the network).
// v12 (session 18): rounds 44a-c (D, Nim, sbt, Kotlin, TypeScript, Erlang, Elixir, protoc and MSBuild errors, cargo's
// echoes; Qt Test, Boost.Test, ant's JUnit, sage doctests, DejaGnu, test-unit, Cabal and HUnit failures; npm's network
// lines, ld killed, ninja's link jobs, GN, E2BIG), 45 (clang crashes as ice, rustc's linker, dracut's fatal lines,
// LLVM's pass registration) and 46 (a test run read from tracebacks, commands and scripts; BSD make).
// v13 (session 19): LABELLING convention 18 (a compiler's error while building test code is kind compile) and rounds
// 47a-e (Check, testthat, tasty, doctest, hspec, Gradle and ExUnit failures; esbuild, rollup, webpack, node-gyp, pnpm,
// yarn, vite, SCons and ant lines; clang killed as OOM, ld's PIE refusal, config.log's link checks; pip's box, pytest's
// INTERNALERROR, maturin, sphinx -W; a tool's complaint above make's echo or under ninja's FAILED in a full log, GNU sed).
// v14 (session 20): signatures sig-v3 (a compiler's or linker's error scoped by its kind, a cause by nothing) and
// rounds 48a-c (plain and Sphinx doctest, Jest, eunit, common_test, tox, Julia; ant's javadoc under BUILD SUCCESSFUL,
// yarn berry, configure steps run from src_compile, configure: error: over its probes; pod2man, perl, git and awk
// complaints, clang's lone linker line, a collision list without its header).
// v15 (session 21): rounds 51a-d (the kernel's disk errors in a captured build, lcov's [fail] rows, a linker refusing
// an option in a configure probe; mocha's and rebar3's failure lists, flex; a compiler message an autoconf check
// printed, kbuild modpost, sphinx's missing extension; pkgcore's and Portage's own failures as portage-crash, git's
// reason under CMake's download steps).
// v16 (session 22): rounds 52a-g (unittest's late verdict, ocamltest, cmp, pytest running nothing; an install script's
// Python exception, npm's ENOENT message; gas's bare fatal error, SCons reading its SConstruct, `<command-line>:` errors
// always compile; no infra for a metadata lookup's traceback under a depend-phase die; minitest 4 and RSpec's failure
// lists; old kbuild's FATAL: modpost, genkernel's verdicts, sign-file's reason; Rust 1.73's panic message below its
// header, multilib-build's header check) and LABELLING conventions 18 (one relabel) and 19.
export const ALGORITHM_VERSION = "analysis-v16";
const MAX_TITLE_CHARS = 170;
/** What a title names when the log never says its package (ingest puts the upload's atom there). */
export const UNKNOWN_ATOM = "unknown";

interface PrimaryChoice {
  primary: PrimaryError;
  kind: FailureKind | null;
  phase: string | null;
  kindWithoutPhase?: FailureKind;
  /** Detail lines under the primary line (candidates.ts), for the headline. */
  continuation?: readonly string[];
}

export function assembleAnalysis(state: AnalyzerState): LogAnalysis {
  const { structure } = state;
  const choice = choosePrimary(state);
  const atom = splitAtom(
    structure.die?.atom ??
      structure.header.package ??
      manifestAtom(choice, structure.otherAtom) ??
      buildDirAtom(choice, state.errorLines) ??
      "",
  );
  const base = {
    algorithmVersion: ALGORITHM_VERSION,
    atom: atom?.atom ?? null,
    category: atom?.category ?? null,
    packageName: atom?.packageName ?? null,
    version: atom?.version ?? null,
    repository: structure.die?.repository ?? structure.header.repository ?? null,
    // Under a banner the stack is the die's (Portage framing), not an error line of its own.
    errorLines: structure.die
      ? state.errorLines.filter((e) => e.ruleId !== CALL_STACK_DIE_FRAME.id)
      : state.errorLines,
    qaNotices: state.qaNotices,
    failedTests: state.failedTests,
    header: structure.header,
    sections: structure.sections,
    die: structure.die,
    attachmentHints: structure.hints,
    lineCount: state.lineCount,
    // Filled in by the infra classifier (below) and the cause extractor.
    infra: null,
    cause: null,
    linePrefix: state.linePrefix,
  };
  if (!choice) {
    return {
      ...base,
      status: "succeeded",
      phase: null,
      kind: "none",
      primary: null,
      title: null,
      signature: EMPTY_SIGNATURE,
    };
  }
  const phaseSeen = phaseOf(state, choice);
  // Nothing tells the phase and the line's rule names no kind (a generic `error: …`, a shell or coreutils
  // complaint): the kind the line's own words name (last-resort.ts), not `unknown`.
  const named =
    phaseSeen === null && choice.kind === null && !choice.kindWithoutPhase
      ? (kindNamedBy(choice.primary.text) ?? bareToolErrorKind(choice))
      : null;
  // A build system's own configure step (configureStepLine): configure, also run from src_compile. Round 49a: and a
  // compiler's or linker's line under config.log's check command (configLogProbe); round 52c: any line while SCons
  // reads its SConstruct (weak-phase.ts readingBuildDescriptionAt).
  const configureStep =
    configureStepLine(choice.primary, state.errorLines) ||
    configLogProbe(state, choice) ||
    structure.weakPhase.readingBuildDescriptionAt(choice.primary.line);
  // Weakest of all (round 25): the step make's failed target below the line names (`[Makefile:210: obj_xref.h]`).
  const makeTarget = choice.kind === null ? structure.weakPhase.makeTargetPhaseAt(choice.primary.line) : null;
  // Round 29b: make's own `No rule to make target` is the step of the goal make was making (`check`, qmake's
  // `sub-tests-auto-check`, CMake's `tests/CMakeFiles/check.dir/all`), before its phase-less guess (compile).
  const makeGoal =
    choice.primary.ruleId === MAKE_NO_RULE.id ? (noRuleGoalPhase(choice.primary.text) ?? makeTarget) : null;
  // Round 33: an install or test target (`install-zenmap`, `install-data-am`, `check-am`) names its step more
  // surely than a rule's phase-less guess (a Python exception's compile: setup.py run by `make install`).
  const makeStep = makeTarget === "install" || makeTarget === "test" ? makeTarget : null;
  // Round 38: a rule whose own step has no kind (kindWithoutPhase unknown: patch's hunks, autotools' bootstrap)
  // says more than make's failed target (`[apply_patches]`, read as compile): a driver tree's make applying patches.
  const stepless = choice.kindWithoutPhase === "unknown";
  // Round 40: an exception in a PEP 517 wheel hook's traceback, or above pypa/build's verdict (wheel-build.ts):
  // the wheel is src_compile's product, more surely so than the rule's phase-less guess.
  const wheelBuild =
    choice.kind === null && choice.kindWithoutPhase !== "test" && state.wheelBuild.near(choice.primary.line)
      ? "compile"
      : null;
  const phase =
    phaseSeen ??
    makeGoal ??
    makeStep ??
    (configureStep ? "configure" : phaseForKind(wheelBuild ?? choice.kindWithoutPhase ?? named)) ??
    (stepless ? null : makeTarget);
  const toolKind = driverLinkKind(state, choice) ?? choice.kind;
  const ruleKind =
    named ?? (phaseDecidesKind(toolKind, phase) ? kindForPhase(phase) : (toolKind ?? kindForPhase(phase)));
  const dieKind = dieMessageKind(ruleKind, structure.die?.message, phase);
  const kind = configureStep && PROBE_STEP_KINDS.has(dieKind) ? "configure" : dieKind;
  const headline = headlineFor({
    atom: atom?.atom ?? null,
    phase,
    kind,
    primaryText: choice.primary.text,
    continuation: choice.continuation,
    collisionOwner: structure.collisionOwner,
  });
  const infra = state.infra.classify(
    choice.primary,
    kind,
    phase,
    Boolean(structure.die) && structure.callStack.packageManagerOnly,
  );
  return { ...base, status: "failed", phase, kind, primary: choice.primary, ...headline, infra };
}

/**
 * The package whose build directory the primary line, its detail or the other error lines name
 * (BUILD_DIR_ATOM), for an excerpt that names it nowhere else; null when none does.
 */
/** Rules whose line names the tool's own build directory, not the package's (buildDirAtom). */
const TOOL_OWN_PATH_RULES: ReadonlySet<string> = new Set([COMPILER_ASSERTION.id, SANDBOX_UNAVAILABLE.id]);

function buildDirAtom(choice: PrimaryChoice | null, errorLines: readonly ErrorLine[]): string | null {
  if (!choice) return null;
  // A compiler's assertion names its own source file (`rustc: /var/tmp/portage/sys-devel/llvm-…/Casting.h:…`):
  // where that tool was built, not what was building; so does libsandbox's report (`/var/tmp/portage/sys-apps/
  // sandbox-2.13/work/…/trace.c:…`, round 25).
  const lines = [choice.primary, ...errorLines].filter((e) => !TOOL_OWN_PATH_RULES.has(e.ruleId));
  for (const text of [...lines.map((e) => e.text), ...(choice.continuation ?? [])]) {
    if (!text.includes("/portage/")) continue;
    const found = BUILD_DIR_ATOM.exec(text)?.[1];
    if (found && splitAtom(found)) return found;
  }
  return null;
}

/**
 * A Manifest failure of a repository file names its package in the path; the resolver's
 * first row (otherAtom) is only the first package emerge was about to merge. The row (with
 * the version being merged) is kept when it is the same package.
 */
function manifestAtom(choice: PrimaryChoice | null, otherAtom: string | null): string | null {
  const id = choice?.primary.ruleId;
  if (!choice || (id !== "manifest-digest-failed" && id !== "manifest-digest-warning")) return otherAtom;
  const broken = brokenManifestPackage(choice.continuation);
  if (!broken) return otherAtom;
  const row = splitAtom(otherAtom ?? "");
  return row && `${row.category}/${row.packageName}` === broken ? otherAtom : broken;
}

export interface HeadlineInput {
  /** cat/pf, or null when the log does not name the package. */
  atom: string | null;
  phase: string | null;
  kind: FailureKind;
  primaryText: string;
  /** Lines printed right after the primary line (CMake's detail paragraph), when known. */
  continuation?: readonly string[];
  collisionOwner?: string | null;
}

/**
 * Title and signatures of a failure from its primary error line. Also used when a
 * person corrects the primary line (lib/actions), so both follow the same rules.
 */
export function headlineFor(input: HeadlineInput): Pick<LogAnalysis, "title" | "signature" | "cause"> {
  const atom = input.atom ? splitAtom(input.atom) : null;
  const primaryText = withDetail(input.primaryText, input.continuation);
  const message = failureMessage(input.kind, primaryText, input.collisionOwner ?? null);
  const packageKey = atom ? `${atom.category}/${atom.packageName}` : null;
  const cause = findMissingCause(input.primaryText, input.continuation);
  const coarse = cause
    ? causeMessage(cause)
    : coarseMessage(maskMessage(signatureMessage(input.kind, message)), packageKey);
  return {
    title: buildTitle(atom?.atom ?? UNKNOWN_ATOM, input.phase, input.kind, message),
    signature: computeSignature(packageKey, signatureScope(input.phase, input.kind, cause !== null), coarse),
    cause,
  };
}

/**
 * Round 51a: a tool's own disk error (`tar: x: Cannot write: Input/output error`, tier environment) under the kernel's
 * report of the same disk failing (rules/host.ts kernel-disk-error, a root tier): the kernel's line came first and
 * says why.
 */
function kernelDiskErrorAbove(best: Candidate | null, conclusive: Candidate | null): Candidate | null {
  if (!best || conclusive?.rule !== KERNEL_DISK_ERROR_LINE || conclusive.line > best.line) return best;
  return DISK_IO_RULE_IDS.has(best.rule.id) ? conclusive : best;
}

/** null when the build did not fail. */
function choosePrimary(state: AnalyzerState): PrimaryChoice | null {
  const { structure, candidates } = state;
  const die = structure.die;
  if (!die) {
    // The resolver's words in a skipped-update notice a merge went on after (weak-phase.ts, round 21b): no failure.
    const found = kernelDiskErrorAbove(candidates.bestOverall(), candidates.firstConclusive());
    const best =
      found?.rule.kind === "dependency" && structure.weakPhase.inSkippedUpdate(found.line) ? null : found;
    const tolerated = best?.rule.kind === "collision" && structure.collisionTolerated;
    const failed =
      best !== null &&
      !tolerated &&
      (best.rule.tier >= TIER_PORTAGE || (best.rule.tier >= TIER_ROOT && !structure.succeeded));
    if (failed)
      return fromCandidate(
        sandboxSummaryOver(best, candidates.firstConclusive()) ??
          digestBehind(candidates, best) ??
          binhostBehind(candidates, best) ??
          best,
      );
    // A violation summary fails the build on its own (nothing stronger was found), unless
    // the log goes on to merge (a test run whose failures the ebuild tolerates). A collision
    // comes after ">>> Completed installing", at the merge: only Portage's "merged despite" excuses it.
    const conclusive = candidates.firstConclusive();
    // Round 51a: the kernel's disk errors are never excused: the capture was cut by the panic or emerge stopped.
    const excused =
      conclusive?.rule.kind === "collision"
        ? structure.collisionTolerated
        : conclusive?.rule !== KERNEL_DISK_ERROR_LINE && structure.succeeded;
    if (conclusive && !excused)
      return (
        stackMessageOver(state, conclusive) ??
        looseStackFrameOver(state, conclusive) ??
        fromCandidate(detailOver(conclusive, best) ?? conclusive)
      );
    // A QA notice Portage dies on, in an excerpt cut before the banner (the check runs after
    // ">>> Completed installing", so that marker does not make it a success). Round 34: insecure RUNPATHs only
    // when Portage's `Aborting due to serious QA concerns` line follows (it mostly only warns).
    const fatalQa = state.qaNotices.find((n) => qaNoticeAborted(n, state.qaAbortLine));
    if (fatalQa) return { primary: fatalQa, kind: "qa", phase: "install" };
    // Portage's own traceback with no other failure: emerge crashed (infra.ts).
    const crash = state.infra.portageCrash;
    if (crash) return { primary: { ...crash, ruleId: "portage-crash" }, kind: null, phase: null };
    // An excerpt whose only error is a detail line (a Python exception, a pytest `E   ` line): nothing
    // else was pasted, so that line is the failure, unless the log goes on to merge.
    const detail = best !== null && !tolerated && best.rule.tier >= TIER_DETAIL && !structure.succeeded;
    if (detail) return fromCandidate(best);
    // Emerge said it failed and no line says why (an excerpt cut above the error): its verdict is the line to
    // read from, not a success (round 22, the lead).
    // Round 30c: while a package was being downloaded (a binary package's background fetch), the download failed.
    const verdict = structure.failedToEmerge;
    const kind = structure.verdictWhileFetching ? "fetch" : null;
    return verdict
      ? { primary: { ...verdict, ruleId: "portage-failed-to-emerge" }, kind, phase: null }
      : null;
  }
  const inBannerSegment =
    state.bannerSegment === null
      ? null
      : kernelDiskErrorAbove(candidates.bestIn(state.bannerSegment), candidates.firstConclusive());
  const options = [
    inBannerSegment,
    die.phase ? candidates.bestInPhase(die.phase) : null,
    candidates.bestAfterBanner(),
  ];
  // A depend-phase die (an eclass inherit() could not find) explains the resolver's
  // later "masked by: corruption": those dependency lines are its consequence. Nor do
  // sandbox denials around it explain it, unless the die is the sandbox's own verdict.
  const consequence = (c: Candidate): boolean =>
    die.phase === "depend" &&
    die.message !== null &&
    ((c.rule.kind === "dependency" && c.line > die.line) ||
      (c.rule.kind === "sandbox" && !/sandbox/i.test(die.message)));
  // eselect's complaint (rule.yieldsToDieMessage) explains only a die that says nothing more itself.
  const yields = (c: Candidate): boolean =>
    die.message !== null && c.rule.yieldsToDieMessage?.(c.text, die.message) === true;
  const found = options.filter((c): c is Candidate => c !== null && !consequence(c) && !yields(c));
  // Portage refusing a helper the ebuild's EAPI banned, or one called wrongly (round 21b): the ebuild's own
  // mistake, whatever a tool complained of above it in the phase.
  if (die.message && structure.dieMessageLine !== null && EAPI_REFUSED_DIE.test(die.message)) {
    const primary = { line: structure.dieMessageLine, text: die.message, ruleId: "eapi-banned-helper" };
    return { primary, kind: null, phase: die.phase };
  }
  const strong = found.find((c) => c.rule.tier >= TIER_ROOT);
  const summary = sandboxSummaryOver(strong, candidates.bestAfterBanner());
  if (summary) return fromCandidate(summary);
  if (strong) return fromCandidate(dieEcho(state, strong) ?? snippetToolError(state, strong) ?? strong);
  // A tool's complaint above a die that only restates the failure (restated-die.ts, round 26).
  if (state.complaintAboveDie) return fromCandidate(state.complaintAboveDie);
  const qaNotice = state.bannerSegment === null ? undefined : state.qaBySegment.get(state.bannerSegment);
  if (qaNotice) {
    // The notice Portage dies on, not an earlier warning-only one of the same segment.
    const fatal = state.qaNotices.find(
      (n) => n.line >= qaNotice.line && n.line < die.line && isFatalQaNotice(n.text),
    );
    return { primary: fatal ?? qaNotice, kind: "qa", phase: die.phase };
  }
  // A die message that is itself a known error (linux-info's `Kernel not configured; no .config found in
  // …`) says more than the eerror advice above it (`Could not find a usable .config …`).
  const known = die.message && structure.dieMessageLine !== null ? matchLineRule(die.message) : null;
  if (known && known.role === "error" && known.tier >= TIER_ROOT && structure.dieMessageLine !== null) {
    const primary = { line: structure.dieMessageLine, text: die.message ?? "", ruleId: known.id };
    // Its kind is the die's, as for any die message (the phase's), unless the die is a QA check's verdict
    // (distutils-r1's `Package installs 'test' package which is forbidden`): the check names the failure, as
    // libsandbox's own report does (`…/libsandbox/trace.c:_do_ptrace():75: failure (…):`, round 25: convention 5).
    const toolKind = known.kind === "qa" || known.kind === "sandbox" ? known.kind : null;
    return { primary, kind: toolKind, phase: die.phase };
  }
  // The eerror paragraph right above the banner says what the die (often without a message) meant.
  const elog = state.elogBeforeBanner;
  if (elog) {
    const primary = { line: elog.line, text: elog.text, ruleId: "portage-eerror" };
    return { primary, kind: null, phase: die.phase, continuation: elog.continuation };
  }
  // A tier-0 line (ninja's `build stopped`) says no more than a die message, nor than the most specific frame
  // of a message-less die's call stack (LABELLING.md conventions 2 and 3, session 12): only a die with
  // neither takes it.
  const stackless = !die.message && structure.callStack.mostSpecific === null;
  const weak = found
    .filter((c) => c.rule.tier > TIER_DIE || stackless)
    .sort((a, b) => b.rule.tier - a.rule.tier || a.line - b.line)[0];
  // The `Called die` of an earlier stack whose banner was cut (metadata regeneration prints one per ebuild):
  // its message above it, as without any banner.
  if (weak) return stackMessageOver(state, weak) ?? looseStackFrameOver(state, weak) ?? fromCandidate(weak);
  if (die.message && structure.dieMessageLine !== null) {
    return {
      primary: { line: structure.dieMessageLine, text: die.message, ruleId: "portage-die-message" },
      // Round 28: Portage's QA checks dying (`Aborting due to QA concerns: …`) name the failure, notice or not.
      kind: QA_ABORT_DIE.test(die.message) ? "qa" : null,
      phase: die.phase,
    };
  }
  // die without a message: the most specific frame of its call stack (call-stack.ts). In pkg_preinst or
  // pkg_postinst too the kind is the phase's (unknown): round 7 called it install, but every labelled log of
  // that shape says unknown (heldout6, heldout23; session 11): the package was built and installed, an
  // eclass helper run while merging it failed.
  const frame = structure.callStack.mostSpecific;
  if (frame) return { primary: { ...frame, ruleId: "portage-die-call-stack" }, kind: null, phase: die.phase };
  return {
    primary: { line: die.line, text: `ERROR: ${die.atom} failed`, ruleId: "portage-die-banner" },
    kind: null,
    phase: die.phase,
  };
}

/**
 * An eclass's eerror line that says what its die then says (autotools.eclass: `eerror "Failed Running
 * $1 !"` … `die "Failed Running $1 !"`) beats an earlier line of the same tier in the banner's segment.
 */
function dieEcho(state: AnalyzerState, strong: Candidate): Candidate | null {
  const message = state.structure.die?.message;
  if (!message || strong.segment !== state.bannerSegment) return null;
  const echo = state.candidates.latestEchoing(strong.segment, strong.rule.tier, message.trim());
  return echo && echo.line !== strong.line ? echo : null;
}

/**
 * Two errors of one tier before the banner, and the die's snippet names the
 * command (`sed -i … || die`): that command's own message is the one the build
 * died of; the earlier one came from a command nobody checked.
 */
function snippetToolError(state: AnalyzerState, strong: Candidate): Candidate | null {
  const tool = state.structure.dieSnippetTool;
  if (!tool || strong.segment !== state.bannerSegment) return null;
  return state.candidates.latestByTool(strong.segment, strong.rule.tier, tool);
}

/**
 * A call stack pasted without its banner fails on its `Called die` frame (call-stack-die-frame); the die
 * message printed above ` * Call stack:` (` *   elisp: EAPI 5 not supported`, eerror.ts stackMessage)
 * says what failed, as it does under a banner.
 */
function stackMessageOver(state: AnalyzerState, chosen: Candidate): PrimaryChoice | null {
  const message = state.elog.stackMessage;
  if (chosen.rule.id !== CALL_STACK_DIE_FRAME.id || !message || message.line > chosen.line) return null;
  const text = message.text.replace(/^\s*\*\s*/, "");
  if (text === "(no error message)") return null;
  return {
    primary: { line: message.line, text, ruleId: "portage-die-message" },
    kind: null,
    phase: null,
    continuation: message.continuation,
  };
}

/**
 * Round 30b: a call stack pasted without its banner and without a message above it fails on its `Called die`
 * frame; as under a banner (LABELLING.md convention 3), the frame of the function that called die says more
 * (`environment, line 672:  Called esetup.py 'build'`, also with the stack cut at the top and the ` * ` gone),
 * unless that function is a phase function or the die ran in a sourced file's global scope (call-stack.ts).
 */
function looseStackFrameOver(state: AnalyzerState, chosen: Candidate): PrimaryChoice | null {
  const loose = state.structure.looseDie;
  if (chosen.rule.id !== CALL_STACK_DIE_FRAME.id || loose?.dieLine !== chosen.line) return null;
  if (loose.frame.line === chosen.line) return null;
  return { primary: { ...loose.frame, ruleId: CALL_STACK_FRAME_ID }, kind: null, phase: null };
}

/** The primary's rule id when a bannerless stack's most specific frame stands for its `Called die` (above). */
export const CALL_STACK_FRAME_ID = "call-stack-frame";

/** The quoted atom of a resolver line: `All ebuilds that could satisfy ">=dev-foo/bar-1:0[x]" have been masked.` */
const QUOTED_ATOM = /"[<>=~!]*([^"\s[]+)/;

/**
 * doebuild's ` * Digest verification failed:` (manifest-digest-warning) for an ebuild of the very package
 * the resolver then could not use (`All ebuilds that could satisfy "dev-foo/bar" have been masked.`,
 * `masked by: corruption`): the resolver's verdict is its consequence. For another package's ebuild (a
 * stale overlay Manifest) the resolver's verdict stands.
 */
function digestBehind(candidates: CandidateBook, best: Candidate): Candidate | null {
  if (best.rule.kind !== "dependency") return null;
  const digest = candidates.firstOfRule(MANIFEST_DIGEST_WARNING.id);
  if (!digest || digest.line > best.line) return null;
  const broken = brokenManifestPackage(digest.continuation);
  const quoted = QUOTED_ATOM.exec(best.text)?.[1];
  if (broken === null || quoted === undefined) return null;
  // Round 30c: emerge quotes the argument as typed, a short name too (`satisfy "wine-staging"`).
  if (!quoted.includes("/")) return broken.endsWith(`/${quoted.replace(/:.*$/, "")}`) ? digest : null;
  const wanted = splitAtom(quoted);
  return wanted !== null && `${wanted.category}/${wanted.packageName}` === broken ? digest : null;
}

/** emerge's verdict when only binary packages may be used (`--usepkgonly`, `-K`). */
const NO_BINARY_PACKAGES = /^emerge: there are no binary packages to satisfy /;

/**
 * `emerge -K` (binary packages only) that could not read a binhost's package index (`!!! Error fetching
 * binhost package info from …`, an HTTP 404) finds no binary package for anything: the resolver's `there are
 * no binary packages to satisfy` is the consequence, the index fetch the failure (round 19).
 */
function binhostBehind(candidates: CandidateBook, best: Candidate): Candidate | null {
  if (best.rule.kind !== "dependency" || !NO_BINARY_PACKAGES.test(best.text)) return null;
  const index = candidates.firstOfRule(BINHOST_INDEX_FAILED.id);
  return index && index.line < best.line ? index : null;
}

/**
 * A conclusive total (Test::More's `Failed 1/3 test programs`) proves the failure; a line of the same
 * kind above it and of a higher tier (`#   Failed test 'name'`) says which, and is the primary. Under a verdict
 * that only sums up (LineRule.sumsUp), any stronger line says which.
 */
function detailOver(conclusive: Candidate, best: Candidate | null): Candidate | null {
  if (!best || best.rule.tier <= conclusive.rule.tier) return null;
  if (conclusive.rule.sumsUp) return best;
  const kindOf = (c: Candidate) => c.rule.kind ?? c.rule.kindWithoutPhase ?? null;
  return kindOf(best) !== null && kindOf(best) === kindOf(conclusive) ? best : null;
}

/**
 * CMake's install step failing to write (`CMake Error at cmake_install.cmake:36 (file): file INSTALL
 * cannot copy file … to "/usr/…"`) is what the program saw of the sandbox denying the write: with
 * the sandbox's violation summary in the log (its records name `cmake -P cmake_install.cmake`), the
 * summary is the failure, though printed later and weaker in tier (rules/environment.ts).
 */
function sandboxSummaryOver(chosen: Candidate | null | undefined, other: Candidate | null): Candidate | null {
  if (chosen?.rule.id !== CMAKE_INSTALL_ERROR.id || other?.rule.kind !== "sandbox") return null;
  return other;
}

// econf's own die messages (phase-helpers.sh): the configure step failed, even when
// an ebuild called econf from pkg_setup (the QA notice then names the mistake).
const ECONF_DIE = /^(?:econf failed|no configure script found|configure is not executable)/;

/**
 * qmake-utils' `eqmake5 failed` (also when the ebuild runs it from src_compile): qmake is the configure step,
 * as rules/build-tools.ts reads qmake's own errors (round 19).
 */
const EQMAKE_DIE = /^eqmake\d* failed\b/;
/**
 * A build system's own configure step failing, also when the ebuild runs it from src_compile (round 21b):
 * Gradle evaluating the build scripts (`A problem occurred evaluating|configuring project ':app'.` or, round 30a,
 * the `> ` line under it that gives its reason; the plugin's `… requires at least Gradle 7.0` / `Minimum supported
 * Gradle version is 7.0`), waf's `ConfigurationError`, SCons' `OSError: 'pkg-config …' exited 1` from a
 * `ParseConfig` (numpy.distutils' `NotFoundError` is its own rule, rules/languages.ts). A compile step's failure
 * is not one; without a phase told the phase is configure.
 */
export const CONFIGURE_STEP_WORDS =
  /^(?:.{0,200}\brequires (?:at least )?Gradle (?:version )?\d|Minimum supported Gradle version is \d|(?:waflib\.Errors\.)?ConfigurationError: |OSError: '?pkg-config )/;

/**
 * Round 48b: CMake's or meson's configure step run by a wheel backend from src_compile (scikit-build-core's `***
 * Configuring CMake...`, py-build-cmake, meson-python's `+ meson setup …`), by make or ninja regenerating the build
 * files, or by a build script (LABELLING.md convention 7: configure, the phase stays compile). meson's
 * `meson.build:N:M: ERROR:` comes only from its interpreter, so from a configure step; a `CMake Error` is one when
 * CMake's `-- Configuring incomplete, errors occurred!` follows it (a `cmake -P` script's error prints none).
 */
function cmakeOrMesonConfigure(primary: PrimaryError, errorLines: readonly ErrorLine[]): boolean {
  if (primary.ruleId === MESON_ERROR.id) return true;
  if (primary.ruleId !== CMAKE_ERROR.id) return false;
  return errorLines.some((entry) => entry.ruleId === CMAKE_INCOMPLETE.id && entry.line > primary.line);
}

/**
 * The kinds a configure step's line turns into configure: a compile-kind or phase-less line, and (round 49a) a
 * linker's line under config.log's check command (round 47c gave it configure only without a banner).
 */
const PROBE_STEP_KINDS: ReadonlySet<FailureKind> = new Set(["compile", "unknown", "link"]);

/**
 * Round 49a: a compiler's or linker's line under config.log's check command (`configure:12350: clang -c … conftest.c
 * >&5`), up to its `configure:12350: $? = 1` (weak-phase.ts configLogProbeAt): the check's, also when it names no
 * conftest file (`./lib/compat.h:42:3: error: …`, included by the probe) or a banner names another phase.
 */
function configLogProbe(state: AnalyzerState, choice: PrimaryChoice): boolean {
  const kind = choice.kind ?? choice.kindWithoutPhase;
  if (kind !== "compile" && kind !== "link") return false;
  return state.structure.weakPhase.configLogProbeAt(choice.primary.line);
}

/**
 * Round 39: a compiler's error located in a configure probe's own source: autoconf's and mkmf's `conftest.c:3:10:
 * fatal error: yaml.h: …` (SCons' `.sconf_temp/conftest_0.c`), CMake's try_compile in `CMakeFiles/CMakeTmp/` or
 * `CMakeFiles/CMakeScratch/TryCompile-x/`, meson's `meson-private/tmpx/testfile.c`, waf's `.conf_check_x/test.c`.
 * The check failed, not the package's code: configure (LABELLING.md), whatever step ran the probe. A header the probe
 * includes (`In file included from conftest.cpp:2:`, then the header's error) is not the probe's line.
 */
export const CONFIGURE_PROBE_SOURCE =
  /^(?:\S*\/)?(?:conftest\w*\.(?:c|cc|cpp|cxx|C|m|f|F|f90)|CMakeFiles\/(?:CMakeTmp|CMakeScratch\/TryCompile-\w+)\/[\w.-]+|meson-private\/tmp\w+\/testfile\.\w+|\.conf_check_\w+\/test\.\w+)[:(]\d/;

function configureStepLine(primary: PrimaryError, errorLines: readonly ErrorLine[]): boolean {
  const text = primary.text.trim();
  return (
    primary.ruleId === GRADLE_PROJECT_REASON.id ||
    cmakeOrMesonConfigure(primary, errorLines) ||
    GRADLE_PROJECT_PROBLEM.test(text) ||
    CONFIGURE_STEP_WORDS.test(text) ||
    CONFIGURE_PROBE_SOURCE.test(text)
  );
}

/**
 * The VCS eclasses' dies in src_unpack (git-r3's `Unable to fetch from any of EGIT_REPO_URI`, git-2's
 * `git-2_update_repo: can't update …`, `subversion_fetch: …`, `mercurial_fetch: …`, the bzr and cvs ones):
 * the sources could not be fetched, whatever failed underneath (round 19; a cut message keeps its prefix).
 */
const VCS_FETCH_DIE =
  /^(?:Unable to fetch from any of EGIT_REPO_URI|(?:git-[r2]|subversion|mercurial|bzr|cvs|darcs)(?:_\w+|\.eclass)?: |git(?:_\w+|\.eclass): )/;
/** Primaries that are the die's own lines: no tool's line and no eerror paragraph said more. */
export const DIE_LINE_RULES: ReadonlySet<string> = new Set([
  "portage-die-message",
  "portage-die-call-stack",
  "portage-die-banner",
]);

/**
 * The kind a die message decides over the one the rule or phase gave: econf's own dies (configure, also
 * from pkg_setup), eqmake's (configure), verify-sig's and, where sources are fetched (not an eclass's
 * global-scope refusal: `mercurial: EAPI 5 not supported`), the VCS eclasses' (fetch). Portage catching the
 * ebuild's own code (`USE Flag 'foo' not in IUSE`, `ver_test: invalid version`) keeps the phase's kind: round 19
 * made it unknown, session 12's labelling convention 6 (fixtures/corpus/LABELLING.md, 15 labels to 8) says
 * the kind names the step that failed.
 */
function dieMessageKind(
  kind: FailureKind,
  message: string | null | undefined,
  phase: string | null,
): FailureKind {
  if (message == null) return kind;
  if ((kind === "unknown" || kind === "qa") && ECONF_DIE.test(message)) return "configure";
  if ((kind === "unknown" || kind === "compile") && EQMAKE_DIE.test(message)) return "configure";
  if (kind !== "unknown") return kind;
  if (VERIFY_SIG_DIE_MESSAGE.test(message)) return "fetch";
  const fetching = phase === null || phase === "unpack" || phase === "fetch";
  return fetching && VCS_FETCH_DIE.test(message) ? "fetch" : kind;
}

/**
 * Round 22: a bare `error: …` line (tool-error) whose words name no kind, with no phase in the log: compile.
 * Compilers (a wrapped `file:L:C:` location), rustc, setuptools and b2 print it while building; a phase the
 * log does name still decides (phaseSeen), and the words' own kind (kindNamedBy) comes first. Not
 * automake's never-defined conditional nor crossdev's wrapper line (last-resort.ts).
 */
function bareToolErrorKind(choice: PrimaryChoice): FailureKind | null {
  return choice.primary.ruleId === GENERIC_TOOL_ERROR.id ? bareErrorKind(choice.primary.text.trim()) : null;
}

/** install-qa-check.d's and misc-functions.sh's dies: `Aborting due to (serious) QA concerns…`. */
const QA_ABORT_DIE = /^Aborting due to (?:serious )?QA concerns\b/;

/** clang's own verdict on a failed link (`clang: error: linker command failed with exit code 1 …`). */
const LINKER_COMMAND_FAILED = /: error: linker command failed\b/;

/**
 * Round 25: a compiler driver's complaint (cc-driver-error) while it links: clang's `linker command failed`, or
 * any after a link step's command (`libtool: link: clang … -nodefaultrpaths`, then `clang: error: unknown
 * argument: '-nodefaultrpaths'`; weak-phase.ts). The link failed, not a compile step.
 */
function driverLinkKind(state: AnalyzerState, choice: PrimaryChoice): FailureKind | null {
  if (choice.primary.ruleId !== CC_DRIVER_ERROR.id) return null;
  const linking =
    LINKER_COMMAND_FAILED.test(choice.primary.text) ||
    state.structure.weakPhase.linkStepAt(choice.primary.line);
  return linking ? "link" : null;
}

function fromCandidate(candidate: Candidate): PrimaryChoice {
  return {
    primary: { line: candidate.line, text: candidate.text, ruleId: candidate.rule.id },
    kind: candidate.rule.kind,
    kindWithoutPhase: candidate.rule.kindWithoutPhase,
    phase: candidate.rule.phaseIn?.(candidate.text) ?? candidate.phase,
    continuation: candidate.continuation,
  };
}

// The banner's phase wins; Portage's non-ebuild failures name their own step.
function phaseOf(state: AnalyzerState, choice: PrimaryChoice): string | null {
  if (state.structure.die?.phase) return state.structure.die.phase;
  if (choice.kind === "collision") return "merge";
  if (choice.kind === "fetch")
    return buildPhaseReachingOut(state, choice) ?? cmakeStepReachingOut(state, choice) ?? "fetch";
  if (choice.kind === "dependency") return "depend";
  // An excerpt without banner: the phase its call stack names (`Called src_test`) beats the tool's guess.
  // Weaker still: what ran after `>>> Source compiled.`, a make install into the image (weak-phase.ts).
  // Round 39: a configure probe's own source (CONFIGURE_PROBE_SOURCE) names its step over a compile command above it.
  return (
    choice.phase ??
    state.structure.looseStackPhase ??
    (CONFIGURE_PROBE_SOURCE.test(choice.primary.text.trim()) || compilerInConfigureCheck(choice)
      ? "configure"
      : null) ??
    state.structure.weakPhase.phaseAt(choice.primary.line) ??
    phaseForKind(choice.kind)
  );
}

/** autoconf's check with the compiler's message glued after it (`checking if strftime is GNU... /tmp/x.c:16:8: error:`). */
const CONFIGURE_CHECK_GLUED = /^checking [^\n]{1,300}?\.\.\. \S/;

/**
 * Round 41: a compiler's or linker's message glued after an autoconf check (the probe's stderr not redirected). The
 * probe failed, not the package: configure (LABELLING.md). The same message on the line right under the check is not
 * read so: it would need every `checking …` line past the line gate, which cost a third of the mixed bench block's
 * throughput (docs/analysis.md, round 41).
 */
function compilerInConfigureCheck(choice: PrimaryChoice): boolean {
  const kind = choice.kind ?? choice.kindWithoutPhase;
  if (kind !== "compile" && kind !== "link") return false;
  return CONFIGURE_CHECK_GLUED.test(choice.primary.text);
}

/**
 * Round 48b: a compiler's or linker's line a configure script's probe printed (its source is `conftest.c`, it is glued
 * to its `checking …` line, or it came while configure ran: the configure section, config.log's check command).
 * Under autoconf's `configure: error: foo is required` such a line is the check that led to it, not the failure: the
 * `configure: error:` line names what is missing (analyzer.ts recordHit drops them when it comes).
 */
export function isConfigureProbeLine(
  candidate: Pick<Candidate, "text" | "rule" | "phase">,
  weakPhase: string | null,
): boolean {
  const kind = candidate.rule.kind ?? candidate.rule.kindWithoutPhase;
  if (kind !== "compile" && kind !== "link") return false;
  const text = candidate.text.trim();
  return (
    candidate.phase === "configure" ||
    weakPhase === "configure" ||
    CONFIGURE_PROBE_SOURCE.test(text) ||
    CONFIGURE_CHECK_GLUED.test(text)
  );
}

/** A build step's phase (configure to install) that BUILD_PHASES holds. */
const BUILD_PHASES: ReadonlySet<string | null> = new Set(["configure", "compile", "test", "install"]);

/**
 * Round 28: a download failing where an excerpt's own signs (a call stack, `>>> Compiling source in`) say a
 * build step ran: the build reaching out (a cargo registry, a CMake FetchContent clone), so that step's phase.
 */
function buildPhaseReachingOut(state: AnalyzerState, choice: PrimaryChoice): string | null {
  const phase =
    choice.phase ?? state.structure.looseStackPhase ?? state.structure.weakPhase.phaseAt(choice.primary.line);
  return BUILD_PHASES.has(phase) ? phase : null;
}

/** How far from a download's reason line CMake's step script may report it (cmakeStepReachingOut). */
const CMAKE_STEP_REACH = 40;

/**
 * Round 51d: git's reason line under CMake's download step (ExternalProject's `-gitclone.cmake`, FetchContent's
 * sub-build; build-tools.ts CMAKE_DOWNLOAD_STEP_FAILED) within CMAKE_STEP_REACH lines: the build reaching out, in the
 * step the script names (compile for ExternalProject's steps run by make or ninja, configure for FetchContent's).
 */
function cmakeStepReachingOut(state: AnalyzerState, choice: PrimaryChoice): string | null {
  const at = choice.primary.line;
  const step = state.errorLines.find(
    (entry) =>
      entry.ruleId === CMAKE_DOWNLOAD_STEP_FAILED.id && Math.abs(entry.line - at) <= CMAKE_STEP_REACH,
  );
  return step ? cmakeDownloadStepPhase(step.text) : null;
}

/**
 * A compiler or linker error in the configure phase is a configure test failing
 * (qmake's "cannot find -lpcre16"): the phase names the failure, not the tool.
 */
function phaseDecidesKind(kind: FailureKind | null, phase: string | null): boolean {
  // Not in src_test (round 47c, LABELLING.md convention 18): a compiler's or linker's error while `make check`, a
  // test command or a test phase builds the test programs names that step (compile, link), as convention 7 does.
  if (phase === "configure" && (kind === "link" || kind === "compile")) return true;
  // Round 28: a download in a build step is the package reaching for the network (Portage's network-sandbox
  // forbids it): the step's failure, not a fetch; src_fetch and git-r3's src_unpack keep `fetch`.
  return kind === "fetch" && BUILD_PHASES.has(phase);
}

function phaseForKind(kind: FailureKind | null): string | null {
  if (kind === "compile" || kind === "link" || kind === "oom" || kind === "ice") return "compile";
  // wget's `ERROR 404: Not Found.` or curl's `(22) … error: 404` pasted alone: a download failed.
  if (kind === "fetch") return "fetch";
  if (kind === "configure" || kind === "test" || kind === "install") return kind;
  return null;
}

function kindForPhase(phase: string | null): FailureKind {
  if (phase === "configure" || phase === "compile" || phase === "test" || phase === "install") return phase;
  if (phase === "fetch") return "fetch";
  // A die in the depend or setup phase (an eclass refusing USE flags, a missing
  // kernel option) is the ebuild's error, not the resolver's: resolver failures
  // get "dependency" from their rules (rules/resolver.ts).
  return "unknown";
}

export function failureMessage(
  kind: FailureKind,
  primaryText: string,
  collisionOwner: string | null,
): string {
  if (kind === "collision")
    return collisionOwner ? `file collision with ${collisionOwner}` : "file collision";
  return titleMessage(primaryText);
}

const DIGEST_TITLE = /^Digest verification failed: \S+( \([^)]*\))?$/;

// Signatures must not carry the other package's version, nor sandbox paths' locale dirs.
export function signatureMessage(kind: FailureKind, message: string): string {
  if (kind === "collision") {
    const owner = splitAtom(message.replace(/^file collision with /, ""));
    return owner ? `file collision with ${owner.category}/${owner.packageName}` : message;
  }
  if (kind === "sandbox") return `sandbox issue ${message}`;
  // A stale Manifest is one breakage whatever file it names (detail.ts puts the file in the title).
  const digest = DIGEST_TITLE.exec(message);
  if (digest) return `Digest verification failed${digest[1] ?? ""}`;
  return message;
}

/**
 * toralf's title forms (docs/domain.md, "Gentoo bug conventions for build failures"), cut to
 * Bugzilla's 170 characters.
 */
export function buildTitle(atom: string, phase: string | null, kind: FailureKind, message: string): string {
  let title: string;
  if (kind === "sandbox") title = `${atom} - sandbox issue`;
  else if (phase === "test") title = `${atom} fails test - ${message}`;
  else title = `${atom} - ${message}`;
  return capTitle(title);
}

/** Bugzilla's 170 characters, the cut marked. */
export function capTitle(title: string): string {
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1)}…` : title;
}
