import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/auth/access";

export const metadata: Metadata = { title: "Admin" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  await requirePageRole("admin", "/admin");
  return (
    <>
      <h1>Admin</h1>
      <ul className="admin-links">
        <li>
          <Link href="/admin/users">Users and invitations</Link>
        </li>
        <li>
          <Link href="/admin/tokens">Upload tokens</Link>
        </li>
        <li>
          <Link href="/admin/audit">Audit log</Link>
        </li>
        <li>
          <Link href="/admin/storage">Storage and retention</Link>
        </li>
      </ul>
    </>
  );
}
