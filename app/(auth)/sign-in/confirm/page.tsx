import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { safeReturnPath } from "@/lib/auth/return-path";

export const metadata: Metadata = { title: "Confirm sign-in" };

type Search = { token?: string; email?: string; callbackUrl?: string };

export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { token, email, callbackUrl: asked } = await searchParams;
  const callbackUrl = safeReturnPath(asked);
  if (typeof token !== "string" || typeof email !== "string") {
    return (
      <Card className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-semibold">This sign-in link is incomplete</h1>
        <p className="text-slate-700">Copy the whole link from the email, or ask for a new one.</p>
        {/* A plain link: next/link's script would be this page's only client code besides the button. */}
        <a href="/sign-in" className="text-brand-700 underline">
          Ask for a new sign-in link
        </a>
      </Card>
    );
  }
  return (
    <Card className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">Sign in to Tokenbook</h1>
      <p className="text-slate-700">
        You are signing in as <strong>{email}</strong>.
      </p>
      <form method="post" action="/api/sign-in/confirm">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
        <Button type="submit" className="w-full">
          Continue to Tokenbook
        </Button>
      </form>
      <p className="text-sm text-slate-600">Not you? Close this page: nothing happens until you press the button.</p>
    </Card>
  );
}
