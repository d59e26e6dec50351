// Ranking Bugzilla's answers with Kindling's own suggestions needs one measure:
// pg_trgm's similarity() (what lib/queries/bug-suggestions.ts uses), computed
// here for bugs that exist only in Bugzilla. And the draft's key terms: the
// words of the error worth a Bugzilla search, without the atom and boilerplate.

/** pg_trgm's trigrams: lower-cased alphanumeric words, padded with two blanks before and one after. */
export function trigrams(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) result.add(padded.slice(i, i + 3));
  }
  return result;
}

/** Shared trigrams over all distinct trigrams, as pg_trgm's similarity(). */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

/** Words every failure title has, and Bugzilla summaries too: useless as search terms. */
const BOILERPLATE = new Set(
  "fails failed failure compile compiling build building error errors warning test tests testing install merge configure with from that this into when undefined reference function declaration implicit file files directory".split(
    " ",
  ),
);

/** Up to `max` distinctive words of a failure title: identifiers first, then the longest words. */
export function keyTerms(title: string, atom: string, max = 3): string[] {
  const withoutAtom = title
    .split(atom)
    .join(" ")
    .replace(/\b[\w+.-]+\/[\w+.-]+/g, " ");
  const words = withoutAtom.match(/[A-Za-z_][A-Za-z0-9_.+-]{3,}/g) ?? [];
  const unique = [...new Set(words.map((w) => w.replace(/[.+-]+$/, "")))].filter(
    (w) => w.length >= 4 && !BOILERPLATE.has(w.toLowerCase()),
  );
  const score = (w: string) => (/[_0-9]|[a-z][A-Z]/.test(w) ? 100 : 0) + w.length;
  return unique.sort((a, b) => score(b) - score(a)).slice(0, max);
}
