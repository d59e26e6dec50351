// Ruby's own errors. A LoadError names the file `require` could not find: the root cause of
// whatever the eclass says after it (ruby-fakegem's `Unable to generate gemspec file.`).
import { rule } from "./languages";
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ROOT } from "./rule";

export const RUBY_LOAD_ERROR = rule({
  id: "ruby-load-error",
  note:
    "ruby >= 1.9 `cannot load such file -- x`, 1.8 `no such file to load -- x`; the frame before it may be " +
    "a path or `<internal:…kernel_require.rb>`, the quote a backtick (ruby < 3.4) or not. Round 40: also an " +
    "extension's `.so` that dlopen refused (`…: libruby.so.1.9: cannot open shared object file: No such file or " +
    "directory - …/ffi_c.so (LoadError)`, ruby 1.8 without the `in 'require'` frame): the program failed to " +
    "start, no linker ran (the `.so.N: ` read as the linker's otherwise); kind the phase's, unknown without one",
  needles: ["(LoadError)"],
  pattern:
    /(?:(?:cannot load such file|no such file to load) -- [^\s()]+|^(?:\S+\.rb:\d+:in [`'][^`'\n]{1,80}': |\S+\.so: )\S+: cannot open shared object file: [^()]{1,400}) \(LoadError\)$/,
  example: "/usr/lib64/ruby/3.1.0/rubygems.rb:17:in 'require': cannot load such file -- rubygems (LoadError)",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "unknown",
});

export const RUBY_EXTCONF_FAILED = rule({
  id: "ruby-extconf-failed",
  note:
    "mkmf's verdict when extconf.rb could not write the Makefile of a C extension (a missing header or " +
    "library; the `checking for …… no` above it and mkmf.log say which); ruby-ng runs it in each_ruby_configure",
  needles: ["*** extconf.rb failed ***"],
  pattern: /^\*\*\* extconf\.rb failed \*\*\*$/,
  example: "*** extconf.rb failed ***",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "configure",
  conclusive: true,
});

/** The line under `rake aborted!`: the exception or `Command failed with status (1): […]` that stopped rake. */
export const RAKE_ABORT_REASON = rule({
  id: "rake-aborted-reason",
  needles: [],
  pattern: /^\S/,
  example: "NameError: uninitialized constant Foo",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "compile",
  // rake printed it only because it aborted: alone it fails an excerpt
  conclusive: true,
});

export const RAKE_ABORTED = rule({
  id: "rake-aborted",
  note:
    "rake's header for the exception that stopped it; the reason is the next line (a failed test run's " +
    "`Command failed with status (1)` is only detail under the test failures above it)",
  needles: ["rake aborted!"],
  pattern: /^rake aborted!$/,
  example: "rake aborted!",
  tier: TIER_ECHO,
  kind: null,
  kindWithoutPhase: "compile",
  nextLine: RAKE_ABORT_REASON,
});

export const BUNDLER_INSTALL_FAILED = rule({
  id: "bundler-install-failed",
  note:
    "round 30b: Bundler's verdict on the gem it could not install (`An error occurred while installing rugged " +
    "(0.24.0b13), and Bundler cannot continue.`, then its `gem install` advice): the " +
    "ebuild's `bundle install … || die \"bundler failed\"` only restates it. A gem's own build error above it " +
    "(mkmf's `*** extconf.rb failed ***`, a compiler's) is earlier and stays the primary; kind the step's",
  needles: ["and Bundler cannot continue"],
  pattern: /^An error occurred while installing \S+ \([^()\s]*\), and Bundler cannot continue\.?$/,
  example: "An error occurred while installing rugged (0.24.0b13), and Bundler cannot continue.",
  tier: TIER_ROOT,
  kind: null,
});

export const RUBY_RULES: readonly LineRule[] = [
  RUBY_LOAD_ERROR,
  RUBY_EXTCONF_FAILED,
  RAKE_ABORTED,
  BUNDLER_INSTALL_FAILED,
];
