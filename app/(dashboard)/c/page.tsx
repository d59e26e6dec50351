import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRead } from "@/lib/auth/access";
import { listCategories } from "@/lib/queries/categories";

export const metadata: Metadata = { title: "Categories" };
export const dynamic = "force-dynamic";

export default async function CategoriesPage() {
  await requirePageRead("/c");
  const categories = await listCategories();
  return (
    <>
      <h1>Categories</h1>
      <p className="muted small">
        Counts as of {categories.computedAt.toISOString().slice(11, 16)} UTC (refreshed every 5 minutes).
      </p>
      <table className="list" data-testid="category-table">
        <thead>
          <tr>
            <th>Category</th>
            <th>Packages</th>
            <th>Failures</th>
          </tr>
        </thead>
        <tbody>
          {categories.value.map((c) => (
            <tr key={c.category}>
              <td>
                <Link href={`/c/${c.category}`}>{c.category}</Link>
              </td>
              <td>{c.packages}</td>
              <td>{c.failures}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
