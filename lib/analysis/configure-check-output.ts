// Round 51c: a compiler's or linker's message printed by an autoconf check whose output was not sent to config.log
// (a hand-written check in configure.ac running the compiler without `>&5`, slibtool's rlibtool printing its one-line
// compile of `conftest.c`): the message comes on the lines right under `checking for pthread_setname_np... ` or names
// the probe in the include chain above it (`In file included from …/readline.h:36,` / `from conftest.c:51:`), and no
// word of the message itself says so (`/usr/include/readline/rltypedefs.h:65:28: error: unknown type name 'FILE'`,
// `error: call to undeclared function 'pthread_setname_np'; …`). The check failed, not the package's code: configure
// (LABELLING.md "Kind"; round 39 read a message naming `conftest.c` itself, round 41 one glued to its `checking`
// line, round 49a one under config.log's check command). Read only when such a message is recorded (a rule of kind
// compile or link hit): the few lines above it, from the analyzer's ring of the lines it saw, or from the feeder's
// bytes where StreamingLog's byte gate skipped them. The `checking` lines themselves never pass the line gate
// (round 41: a third of the mixed bench block's throughput).
import * as linesModule from "./lines";
import { startsCompileStep, startsLinkStep } from "./weak-phase";

const { cleanLine } = linesModule;

/** How many lines above the message are read: a header's include chain, a glued or pending `checking …` line. */
export const CHECK_OUTPUT_REACH = 6;

/**
 * autoconf's AC_MSG_CHECKING line with its result still pending (the probe's output comes before it). A check that
 * printed its result (`checking for X... no`) is over: a message under it is not read so (round 41's near miss); one
 * glued to it names the check on its own line (round 41) or names conftest (below).
 */
const CHECK_LINE = /^checking [^\n]{1,300}?\.\.\.\s*$/;

/** A configure probe's own source named on a line (an include chain's `from conftest.c:51:`, rlibtool's command). */
const CONFTEST_NAMED = /(?:^|[\s/'"`(])conftest\w{0,20}\.(?:c|cc|cpp|cxx|C|m|f|F|f90)\b/;

/**
 * True when the lines right above a compiler's or linker's message (`above`, nearest last, at most
 * CHECK_OUTPUT_REACH) say an autoconf check printed it: a pending `checking …... ` line or a line naming the probe's
 * `conftest.c`, reached before any line that starts compiling or linking a file of the package (a build step: the
 * message is that step's) and before config.log's own lines (`configure:N: …`: weak-phase.ts reads its check command
 * and its `$? = N` end, round 49a).
 */
export function printedByConfigureCheck(above: readonly string[]): boolean {
  const from = Math.max(0, above.length - CHECK_OUTPUT_REACH);
  // The nearest sign first, by substring (most messages have none above them: no regex runs then).
  let sign = -1;
  for (let index = above.length - 1; index >= from && sign < 0; index--) {
    const raw = above[index];
    if (!raw.includes("checking ") && !raw.includes("conftest")) continue;
    const text = cleanLine(raw);
    const words = text.trimStart();
    if ((words.startsWith("checking ") && CHECK_LINE.test(words)) || CONFTEST_NAMED.test(text)) sign = index;
  }
  if (sign < 0) return false;
  // Then no build step between it and the message, nor config.log's own lines.
  for (let index = above.length - 1; index > sign; index--) {
    const text = cleanLine(above[index]);
    if (text.trimStart().startsWith("configure:") || startsCompileStep(text) || startsLinkStep(text))
      return false;
  }
  return true;
}
