// The synthetic data generator: demo results (generateDemoResults, corpusResults) and the
// building blocks the benchmark loader (scripts/seed-synthetic.ts) shares with it.
export { bulkCatalogue, demoCatalogue, type SyntheticMaintainer, type SyntheticPackage } from "./catalogue";
export { gentooCategories, MODERN_CATEGORIES } from "./categories";
export { defaultCorpusDir } from "./corpus";
export { CORPUS_TINDERBOX, corpusResults } from "./corpus-results";
export { generateDemoResults, planDemoWorld } from "./demo-results";
export { mulberry32, Rng, ZipfSampler } from "./prng";
export { FAILURE_KINDS, type SyntheticKind } from "./template-types";
export { imageName, type SyntheticTinderbox, syntheticTinderboxes } from "./tinderboxes";
export type { DemoOptions, SyntheticFile, SyntheticResult } from "./types";
