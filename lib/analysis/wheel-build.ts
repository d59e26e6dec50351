// A Python wheel build through its PEP 517 backend (round 40). gpep517 (distutils-r1's build) and pip or pypa/build
// call the backend's hooks in a subprocess; an exception there (a setup.py importing a module that is not
// installed) ends a traceback whose frames name the hook, and pypa/build sums it up below:
//
//   File "…/pyproject_hooks/_in_process/_in_process.py", line 117, in get_requires_for_build_wheel   <- a sign
//   File "…/setuptools/build_meta.py", line 154, in get_requires_for_build_wheel                     <- a sign
//   …
// ModuleNotFoundError: No module named 'bug'                                                          <- the primary
// ERROR Backend subprocess exited when trying to invoke get_requires_for_build_wheel                  <- a sign
//
// pypa/build's own code failing before any hook (its check for pip, `File "…/site-packages/build/env.py"` with
// `find_spec` below) is the same build. The wheel is what src_compile makes: an exception under such a sign is the
// compile step's when nothing else tells the phase (result.ts). Pure and bounded: the last sign lines only.

/** The hooks that build a wheel (an sdist is no Gentoo build's product; `build_sdist` is left out). */
const WHEEL_HOOK = "(?:get_requires_for_build_wheel|prepare_metadata_for_build_wheel|build_wheel)";
/** A traceback's frame inside a wheel hook (the hook runner's or the backend's own function). */
const HOOK_FRAME = new RegExp(String.raw`\bFile "[^"\n]{1,400}", line \d{1,7}, in ${WHEEL_HOOK}\s*$`);
/** pypa/build's verdict (`subproccess` in build 0.5-0.7's spelling). */
const BACKEND_EXITED = new RegExp(
  String.raw`\bERROR Backend subproc?cess exited when trying to invoke ${WHEEL_HOOK}\b`,
);
/** A frame of pypa/build's own modules (its environment setup, its command line). */
const BUILD_OWN_FRAME =
  /\bFile "[^"\n]{0,400}\/(?:site|dist)-packages\/build\/(?:env|__main__|_builder)\.py", line \d/;

/** Needles every sign line holds (the analyzer's line gate lets them through). */
export const WHEEL_BUILD_NEEDLES: readonly string[] = [
  ", in get_requires_for_build_wheel",
  ", in prepare_metadata_for_build_wheel",
  ", in build_wheel",
  "exited when trying to invoke ",
  "-packages/build/",
];

/** A traceback's frames above its exception: a hook's frame this far above still names the exception's build. */
const REACH_ABOVE = 120;
/** pypa/build's verdict comes after its `* Getting dependencies for wheel...` lines under the exception. */
const REACH_BELOW = 16;
const MAX_SIGNS = 64;

export class WheelBuildSigns {
  private readonly lines: number[] = [];

  /**
   * Reads a line past the gate; remembers it when it is a sign of a wheel build. `holdsNeedle`: whether it holds
   * one of WHEEL_BUILD_NEEDLES (the analyzer knows from its needle pass, rules/gate.ts WHEEL_TAG).
   */
  observe(
    text: string,
    line: number,
    holdsNeedle = WHEEL_BUILD_NEEDLES.some((needle) => text.includes(needle)),
  ): void {
    if (!holdsNeedle) return;
    if (!HOOK_FRAME.test(text) && !BACKEND_EXITED.test(text) && !BUILD_OWN_FRAME.test(text)) return;
    if (this.lines.length === MAX_SIGNS) this.lines.shift();
    this.lines.push(line);
  }

  /** Whether a line at `line` (an exception's) sits in a wheel build's traceback or above pypa/build's verdict. */
  near(line: number): boolean {
    return this.lines.some((sign) => sign >= line - REACH_ABOVE && sign <= line + REACH_BELOW);
  }
}

/** The regexes run on untrusted lines here, for the ReDoS test (testing/untrusted-regexes.ts). */
export const WHEEL_BUILD_REGEXES = { HOOK_FRAME, BACKEND_EXITED, BUILD_OWN_FRAME };
