// npm run --silent import-cycles: prints each folder cycle in lib/ with one
// importing file per edge, so a cycle can be cut where it is cheapest. Exits 1
// when there is any (scripts/import-cycles.test.ts allows the known ones).
import path from "node:path";
import { cycleName, folderCycles, libFolderEdges } from "./lib/import-graph";

const root = path.resolve(__dirname, "..");
const cycles = folderCycles(libFolderEdges(root));
for (const cycle of cycles) {
  console.log(cycleName(cycle));
  for (const edge of cycle.edges) console.log(`  ${edge.from} -> ${edge.to}  (${edge.example})`);
}
console.log(cycles.length === 0 ? "no folder cycles in lib/" : `${cycles.length} folder cycle(s) in lib/`);
process.exitCode = cycles.length === 0 ? 0 : 1;
