import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { pinnedTheme, THEME_COOKIE } from "@/components/theme-choice";
import { ThemeToggle } from "@/components/theme-toggle";
import { UserMenu } from "@/components/user-menu";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kindling", template: "%s · Kindling" },
  description: "Build failures from Gentoo tinderboxes, readable by everyone who has to fix them.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Pages are rendered per request already (nonce CSP, session), so reading the cookie costs nothing.
  const theme = pinnedTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme}>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Kindling
          </Link>
          <nav aria-label="Main" className="site-nav">
            <Link href="/failures">Failures</Link>
            <Link href="/signatures">Signatures</Link>
            <Link href="/causes">Causes</Link>
            <Link href="/diagnostics">Diagnostics</Link>
            <Link href="/grep">Grep</Link>
            <Link href="/c">Categories</Link>
          </nav>
          <div className="header-end">
            <ThemeToggle initial={theme ?? "system"} />
            <UserMenu />
          </div>
        </header>
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
