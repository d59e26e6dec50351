// Ruby's own errors. A LoadError names the file `require` could not find: the root cause of
// whatever the eclass says after it (ruby-fakegem's `Unable to generate gemspec file.`).
import { rule } from "./languages";
import { type LineRule, TIER_ROOT } from "./rule";

export const RUBY_LOAD_ERROR = rule({
  id: "ruby-load-error",
  note:
    "ruby >= 1.9 `cannot load such file -- x`, 1.8 `no such file to load -- x`; the frame before it may be " +
    "a path or `<internal:…kernel_require.rb>`, the quote a backtick (ruby < 3.4) or not",
  needles: ["(LoadError)"],
  pattern: /(?:cannot load such file|no such file to load) -- [^\s()]+ \(LoadError\)$/,
  example: "/usr/lib64/ruby/3.1.0/rubygems.rb:17:in 'require': cannot load such file -- rubygems (LoadError)",
  tier: TIER_ROOT,
  kind: null,
});

export const RUBY_RULES: readonly LineRule[] = [RUBY_LOAD_ERROR];
