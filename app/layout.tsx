import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppFooter } from "@/components/layout/app-footer";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tokenbook", template: "%s · Tokenbook" },
  description: "One place for your company's API tokens: who owns them, when they expire, how to replace them.",
};

// The header lives in each group's layout: the signed-in one carries the app's client code (the
// "Who owns…?" search, the phone menu); the sign-in pages get a plain one and none of that script.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {children}
        <AppFooter />
      </body>
    </html>
  );
}
