import type { Metadata } from "next";
import { SetupForm } from "@/components/setup/setup-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { setupLinkIsUsable } from "@/lib/people/first-admin";

export const metadata: Metadata = { title: "Set up Tokenbook" };

export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await setupLinkIsUsable(token));
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">Set up Tokenbook</h1>
      {usable ? (
        <Card className="space-y-4">
          <p className="text-sm text-slate-700">
            You are the first person here. Create your admin account; you can then invite everyone else.
          </p>
          <SetupForm token={token} />
        </Card>
      ) : (
        <Notice tone="warning">
          This setup link has expired or was already used. If nobody has set Tokenbook up yet, restart it to print a new
          link in the log, or set ADMIN_EMAIL.
        </Notice>
      )}
    </div>
  );
}
