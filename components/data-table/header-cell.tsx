// A column header: a plain title, or a sort link when the list's URL can sort by it.
import Link from "next/link";

export interface SortLink {
  href: string;
  /** "asc" or "desc" when the list is sorted by this column now. */
  active: "asc" | "desc" | null;
}

function SortHeader({ label, link }: { label: string; link: SortLink | undefined }) {
  if (!link) return <>{label}</>;
  const arrow = link.active === "asc" ? " ▲" : link.active === "desc" ? " ▼" : "";
  return (
    <Link href={link.href} className="sort-link">
      {label}
      <span aria-hidden="true">{arrow}</span>
    </Link>
  );
}

/** aria-sort belongs on the header cell (axe aria-allowed-attr), not on the link inside it. */
export function HeaderCell({ id, text, link }: { id: string; text: string; link: SortLink | undefined }) {
  return (
    <th scope="col" aria-sort={link?.active ? `${link.active}ending` : undefined}>
      {text ? (
        <SortHeader label={text} link={link} />
      ) : (
        // No empty header cells: a column without a visible title still has a name.
        <span className="visually-hidden">{id}</span>
      )}
    </th>
  );
}
