// `npm run bench:heldout`: the analyzer's score on the held-out corpus of real logs
// (fixtures/corpus/heldout/), with one line per miss. Cheap: no lock needed.
import { printHeldoutReport } from "@/lib/analysis/testing/heldout";

printHeldoutReport();
