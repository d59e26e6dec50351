// GCC's link-time optimizer checking the whole program (lto1, run by lto-wrapper under collect2): its
// diagnostics carry a source location like a compiler's, but the error happened at the link.
import { type LineRule, TIER_ROOT } from "./rule";

export const LTO_LINK_ERROR: LineRule = {
  id: "lto-link-error",
  note:
    "gcc/lto/lto-symtab.c (`type of %qD does not match original declaration`, `size of %qD differ from the " +
    "size of original declaration`, `%qD violates the C++ One Definition Rule`) and gcc/ipa-devirt.c (`type %qT violates the C++ One Definition Rule`, `virtual table of type " +
    "%qD violates one definition rule`), made errors by -Werror ([-Werror=lto-type-mismatch], [-Werror=odr]). " +
    "Listed before cc-error, whose kind is compile",
  // GCC prints these as warnings (OPT_Wlto_type_mismatch, OPT_Wodr); only -Werror's tag makes them fail.
  needles: ["-Werror=lto-type-mismatch]", "-Werror=odr]"],
  // `file:line:col: error:` as a compiler prints it (lto1 keeps the declaration's location), or lto1's own.
  pattern:
    /^(?:[^\s:][^:]*:\d+(?::\d+)?|(?:[\w.+-]*-)?lto1): (?:fatal )?error: .*\[-Werror=(?:lto-type-mismatch|odr)\]/,
  example:
    "src/parser.c:12:13: error: type of 'yylval' does not match original declaration [-Werror=lto-type-mismatch]",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const LTO_RULES: readonly LineRule[] = [LTO_LINK_ERROR];
