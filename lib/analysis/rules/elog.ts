// Portage's elog file format (the `save` module's files under /var/log/portage/elog, and the summaries
// pasted from them): the messages of one phase and type are headed `TYPE: phase` (elog/__init__.py,
// `"%s: %s" % (msgtype, phase)`), and the elog lines that follow lose their ` * ` bullet.
import { type LineRule, TIER_ECHO } from "./rule";

const ELOG_PHASES =
  "setup|unpack|prepare|configure|compile|test|install|instprep|preinst|postinst|prerm|postrm|config|info|pretend|nofetch|fetch|depend|other";

export const NOISE_ELOG_HEADING: LineRule = {
  id: "noise-elog-heading",
  note:
    "`ERROR: install` heads the eerror lines of src_install; it is no error of its own, and reads like an " +
    "Automake test's `ERROR: name` (test-automake-fail)",
  needles: ["\nERROR: "],
  pattern: new RegExp(`^ERROR: (?:${ELOG_PHASES})\\s*$`),
  example: "ERROR: install",
  role: "noise",
  tier: TIER_ECHO,
  kind: null,
  severity: "error",
};

export const ELOG_RULES: readonly LineRule[] = [NOISE_ELOG_HEADING];
