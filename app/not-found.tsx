// Shown with status 404 for any missing page or record (notFound() anywhere
// under app/, and unknown URLs). Inside the root layout, so it looks like the app.
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <section data-testid="not-found">
      <h1>Not found</h1>
      <p>
        There is nothing here: the failure, file, signature or package may never have existed, or its link has
        a typo.
      </p>
      <p>
        <Link href="/failures">Back to the failures</Link>
      </p>
    </section>
  );
}
