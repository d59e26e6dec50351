import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/access";
import { parsePositiveId } from "@/lib/http/ids";
import { uploadsForToken } from "@/lib/queries/admin";

export const metadata: Metadata = { title: "Uploads per token" };
export const dynamic = "force-dynamic";

export default async function TokenUploadsPage({ params }: PageProps<"/admin/tokens/[id]">) {
  const { id } = await params;
  await requirePageRole("admin", `/admin/tokens/${encodeURIComponent(id)}`);
  const tokenId = parsePositiveId(id);
  const found = tokenId === null ? null : await uploadsForToken(tokenId);
  if (!found) notFound();
  const { token, builds } = found;
  return (
    <>
      <h1>
        Uploads with <span className="mono">{token.prefix}…</span> ({token.tinderbox.name})
      </h1>
      <p>
        {token._count.builds} uploads{token.revokedAt ? `; revoked ${token.revokedAt.toISOString()}` : ""}.
        Newest {builds.length} shown.
      </p>
      <ul>
        {builds.map((build) => (
          <li key={build.id}>
            <Link href={`/builds/${build.id}`}>{build.atom}</Link> {build.status} {build.title}{" "}
            <span className="muted">{build.createdAt.toISOString().slice(0, 16)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
