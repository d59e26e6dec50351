import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/user-menu";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kindling", template: "%s · Kindling" },
  description: "Build failures from Gentoo tinderboxes, readable by everyone who has to fix them.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Kindling
          </Link>
          <nav>
            <Link href="/failures">Failures</Link>
            <Link href="/signatures">Signatures</Link>
            <Link href="/causes">Causes</Link>
            <Link href="/c">Categories</Link>
          </nav>
          <UserMenu />
        </header>
        <main className="site-main">{children}</main>
      </body>
    </html>
  );
}
