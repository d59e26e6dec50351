// The Portage text around a wrapped held-out case (heldout-wrap.ts): emerge's line, the ebuild header, the phase
// banners, real configure and compile output from the generated corpus, and the die banner, in the shapes Portage
// prints them and the generated corpus holds (fixtures/corpus/generated/README.md says where they were read).
import { compileBlockLines } from "./bench-blocks";
import { type GeneratedCase, generatedCases } from "./corpus";

/** The phases Portage runs under a `>>>` banner of their own, in the order it runs them. */
export const WRAPPED_PHASES = ["configure", "compile", "test", "install"] as const;
export type WrappedPhase = (typeof WRAPPED_PHASES)[number];

/** The package the wrapped log builds: the case's atom when it is a plain `cat/pkg-ver`, else a fixed one. */
export interface WrapAtom {
  category: string;
  /** `pkg-ver-rN`, the build directory's name. */
  pf: string;
  /** `pkg-ver`, the source directory's name. */
  p: string;
}

const PLAIN_ATOM = /^([a-z0-9][\w+.-]*)\/([A-Za-z0-9][\w+-]*?-\d[\w.]*?)(-r\d+)?$/;
const FIXED_ATOM: WrapAtom = { category: "app-misc", pf: "wrapped-1.0", p: "wrapped-1.0" };

export function wrapAtom(atom: string | null): WrapAtom {
  const bare = (atom ?? "")
    .replace(/^[=~<>]+/, "")
    .replace(/::.*$/, "")
    .replace(/:.*$/, "");
  const match = PLAIN_ATOM.exec(bare);
  if (!match) return FIXED_ATOM;
  return { category: match[1], pf: match[2] + (match[3] ?? ""), p: match[2] };
}

const cpf = (atom: WrapAtom) => `${atom.category}/${atom.pf}`;
const buildDir = (atom: WrapAtom) => `/var/tmp/portage/${cpf(atom)}`;
const sourceDir = (atom: WrapAtom) => `${buildDir(atom)}/work/${atom.p}`;

/** A generated case's lines between its `start` and `end` banners: none when it has no `end` (the phase failed). */
function sectionOf(c: GeneratedCase, start: string, end: string): string[] {
  const lines = c.logText.split("\n");
  const from = lines.findIndex((line) => line.startsWith(start));
  const to = lines.findIndex((line, i) => i > from && line.startsWith(end));
  return from === -1 || to === -1 ? [] : lines.slice(from + 1, to);
}

/** Compile lines the preamble holds: about what a small autotools package prints. */
export const COMPILE_LINES = 300;

interface PreambleSources {
  configure: string[];
  compile: string[];
}

let sources: PreambleSources | null = null;

/**
 * The longest configure section of a generated build that got past configure (GNU hello's: ~300 lines of
 * autoconf and gnulib checks), and COMPILE_LINES of compile output from builds whose compile phase ended well
 * (compileBlockLines of those alone: a failed build's compile section holds its error).
 */
function preambleSources(): PreambleSources {
  if (sources) return sources;
  const cases = generatedCases();
  const configured = cases.map((c) => sectionOf(c, ">>> Configuring source in ", ">>> Source configured."));
  const configure = configured.reduce((longest, section) =>
    section.length > longest.length ? section : longest,
  );
  const compiled = cases.filter((c) => c.logText.includes("\n>>> Source compiled.\n"));
  sources = { configure, compile: compileBlockLines(compiled).slice(0, COMPILE_LINES) };
  return sources;
}

/** emerge's line, the ebuild header, unpack and prepare, as Portage prints them (EbuildPhase.py, phase-functions.sh). */
function headLines(atom: WrapAtom, phase: WrappedPhase): string[] {
  const test = phase === "test" ? " test" : "";
  return [
    `>>> Emerging (1 of 1) ${cpf(atom)}::gentoo`,
    ` * Package:    ${cpf(atom)}:0`,
    " * Repository: gentoo",
    " * Maintainer: maintainer-needed@gentoo.org",
    ` * USE:        abi_x86_64 amd64 elibc_glibc kernel_linux${test}`,
    ` * FEATURES:   network-sandbox preserve-libs sandbox${test} userpriv usersandbox`,
    ">>> Unpacking source...",
    `>>> Unpacking '${atom.p}.tar.gz' to ${buildDir(atom)}/work`,
    `>>> Source unpacked in ${buildDir(atom)}/work`,
    `>>> Preparing source in ${sourceDir(atom)} ...`,
    ">>> Source prepared.",
  ];
}

/** Everything above the excerpt: the phases before `phase` ran and ended well, then `phase`'s banner. */
export function preambleLines(atom: WrapAtom, phase: WrappedPhase): string[] {
  const { configure, compile } = preambleSources();
  const lines = [...headLines(atom, phase), `>>> Configuring source in ${sourceDir(atom)} ...`, ...configure];
  if (phase === "configure") return lines;
  lines.push(">>> Source configured.", `>>> Compiling source in ${sourceDir(atom)} ...`, ...compile);
  if (phase === "compile") return lines;
  lines.push(">>> Source compiled.");
  if (phase === "test") lines.push(`>>> Test phase: ${cpf(atom)}`);
  else lines.push(`>>> Install ${cpf(atom)} into ${buildDir(atom)}/image`);
  return lines;
}

/** The die's message and call stack, per phase, in the shapes of the generated corpus' dies (tmux, popt, libyaml, libogg). */
const DIE_BODY: Record<WrappedPhase, string[]> = {
  configure: [
    " *   econf failed",
    " * ",
    " * Call stack:",
    " *     ebuild.sh, line  143:  Called src_configure",
    " *   environment, line 2371:  Called econf",
    " *   environment, line 1463:  Called __helpers_die 'econf failed'",
    " *   environment, line  930:  Called die",
    " * The specific snippet of code:",
    ' *           die "$@";',
    " * ",
  ],
  compile: [" *   emake failed", " * "],
  test: [
    " *   Make check failed. See above for details.",
    " * ",
    " * Call stack:",
    " *            ebuild.sh, line  143:  Called src_test",
    " *          environment, line 1904:  Called default",
    " *   phase-functions.sh, line 1012:  Called default_src_test",
    " *   phase-functions.sh, line 1073:  Called __eapi0_src_test",
    " *          environment, line 1131:  Called die",
    " * The specific snippet of code:",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the ebuild's own shell snippet, as Portage prints it.
    ' *           ${emake_cmd} ${internal_opts} check || die "Make check failed. See above for details.";',
    " * ",
  ],
  install: [" *   emake failed", " * "],
};

/** Portage's die banner for `phase` (isolated-functions.sh die), down to the working directory lines. */
export function dieLines(atom: WrapAtom, phase: WrappedPhase): string[] {
  const id = `${cpf(atom)}::gentoo`;
  return [
    ` * ERROR: ${id} failed (${phase} phase):`,
    ...DIE_BODY[phase],
    ` * If you need support, post the output of \`emerge --info '=${id}'\`,`,
    ` * the complete build log and the output of \`emerge -pqv '=${id}'\`.`,
    ` * The complete build log is located at '/var/log/portage/${atom.category}:${atom.pf}:20261128-044417.log'.`,
    ` * For convenience, a symlink to the build log is located at '${buildDir(atom)}/temp/build.log'.`,
    ` * The ebuild environment file is located at '${buildDir(atom)}/temp/environment'.`,
    ` * Working directory: '${sourceDir(atom)}'`,
    ` * S: '${sourceDir(atom)}'`,
  ];
}
