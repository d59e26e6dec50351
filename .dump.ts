import { createHash } from "node:crypto";
import { HELDOUT_SETS, loadHeldoutSets, scoreHeldoutCase } from "@/lib/analysis/testing/heldout";
function main() {
  const only = process.env.ONLY ? new Set(process.env.ONLY.split(",").map((s) => `heldout${s}`)) : null;
  const min = Number(process.env.MIN ?? 0);
  const sets = HELDOUT_SETS.filter((s) => {
    const n = Number(s.name.replace("heldout", "") || 1);
    return (only ? only.has(s.name) : true) && n >= min;
  });
  for (const set of loadHeldoutSets(sets)) {
    for (const c of set.cases) {
      const r = scoreHeldoutCase(c);
      const flags = ["primary", "kind", "status", "infra"].map((m) => (r.ok[m as "kind"] ? "." : m[0].toUpperCase())).join("");
      const name = process.env.ANON ? createHash("sha1").update(set.name + c.name).digest("hex").slice(0, 8) : c.name;
      console.log(`${set.name}/${name} ${flags} ${r.actual.status} ${r.actual.kind}/${c.expected.kind} ${r.actual.primary?.line ?? "-"}/${c.expected.primary?.line ?? "-"} ${r.actual.infra?.reason ?? "-"}`);
    }
  }
}
main();
