// `npm run bench:heldout`: the analyzer's score on the held-out corpora of real logs
// (fixtures/corpus/heldout/ and fixtures/corpus/heldout2/ on), each set's numbers and
// misses, then both combined, then the same cases read inside a full build.log
// (heldout-wrap-score.ts: counts only unless HELDOUT_SHOW_MISSES names a set). Cheap: no lock needed.
import { printHeldoutReport } from "@/lib/analysis/testing/heldout";
import { printWrappedReport } from "@/lib/analysis/testing/heldout-wrap-score";

printHeldoutReport();
printWrappedReport();
