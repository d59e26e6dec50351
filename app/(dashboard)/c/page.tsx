import type { Metadata } from "next";
import { CategoryTable } from "@/components/lists/category-table";
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
      <CategoryTable rows={categories.value} />
    </>
  );
}
