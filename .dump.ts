// One line per held-out case: set/name FLAGS status kind got/want primary got/want infra got/want
import { createHash } from "node:crypto";
import { HELDOUT_SETS, loadHeldoutCases, scoreHeldoutCase } from "@/lib/analysis/testing/heldout";
function main() {
  const only = process.env.ONLY?.split(",").map((s) => `heldout${s}`);
  const min = Number(process.env.MIN ?? 0);
  for (const set of HELDOUT_SETS) {
    const n = set.name === "heldout" ? 1 : Number(set.name.slice(7));
    if (only && !only.includes(set.name)) continue;
    if (n < min) continue;
    for (const c of loadHeldoutCases(set.dir, set.name)) {
      const r = scoreHeldoutCase(c);
      const f = `${r.ok.primary ? "." : "P"}${r.ok.kind ? "." : "K"}${r.ok.status ? "." : "S"}${r.ok.infra ? "." : "I"}`;
      const name = process.env.ANON ? createHash("sha1").update(c.name).digest("hex").slice(0, 10) : c.name;
      console.log(
        `${set.name}/${name} ${f} ${r.actual.status}/${r.expected.status} ${r.actual.kind}/${r.expected.kind} ${r.actual.primary?.line ?? "-"}/${r.expected.primary?.line ?? "-"} ${r.actual.infra?.reason ?? "-"}/${r.expected.infra ?? "-"}`,
      );
    }
  }
}
main();
