// Marks the search terms in a piece of text by splitting it into spans: no HTML
// is ever built from strings, so log lines cannot inject markup.
import { searchTerms } from "@/lib/queries/search-terms";

function termPattern(terms: string[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = terms.map((term) =>
    // As in the SQL: any quote matches any quote (GCC prints ‘foo’ for 'foo').
    term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['‘’`"“”]/g, "['‘’`\"“”]"),
  );
  return new RegExp(`(${alternatives.join("|")})`, "gi");
}

export function Highlight({ text, query }: { text: string; query: string | undefined }) {
  const pattern = query ? termPattern(searchTerms(query)) : null;
  if (!pattern) return <>{text}</>;
  // split() with one capture group puts the matches at the odd indexes.
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never reorder
        index % 2 === 1 ? <mark key={index}>{part}</mark> : <span key={index}>{part}</span>,
      )}
    </>
  );
}
