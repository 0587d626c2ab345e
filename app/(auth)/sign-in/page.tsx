import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { signInWithSsoAction } from "@/lib/auth/actions";
import { currentActor } from "@/lib/auth/current-actor";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInAnswerMessage, signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { singleSignOnName } from "@/lib/auth/single-sign-on";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const returnPath = safeReturnPath(query.callbackUrl);
  if (await currentActor()) redirect(returnPath ?? "/");
  const error = signInErrorMessage(query.error);
  const answer = signInAnswerMessage(query);
  const sso = singleSignOnName();
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">Sign in to Tokenbook</h1>
      {error && <Notice tone="error">{error}</Notice>}
      {answer && <Notice tone={answer.tone}>{answer.message}</Notice>}
      <Card className="space-y-6">
        <p className="text-sm text-slate-700">
          Enter the email address you were invited with. We&apos;ll email you a link that signs you in.
        </p>
        <SignInForm returnPath={returnPath} />
        {sso && (
          <form action={signInWithSsoAction} className="border-t border-slate-200 pt-6">
            {returnPath && <input type="hidden" name="callbackUrl" value={returnPath} />}
            <Button type="submit" variant="secondary" className="w-full">
              Sign in with {sso}
            </Button>
          </form>
        )}
      </Card>
      <p className="text-sm text-slate-600">Only people invited by an admin can sign in.</p>
    </div>
  );
}
