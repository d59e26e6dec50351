// `npm run bench:heldout`: the analyzer's score on the held-out corpora of real logs
// (fixtures/corpus/heldout/ and fixtures/corpus/heldout2/), each set's numbers and
// misses, then both combined. Cheap: no lock needed.
import { printHeldoutReport } from "@/lib/analysis/testing/heldout";

printHeldoutReport();
