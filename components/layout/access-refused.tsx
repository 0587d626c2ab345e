import Link from "next/link";
import { Notice } from "@/components/ui/notice";

type Props = { what: string; who?: string };

export function AccessRefused({ what, who = "Only admins can open this page." }: Props) {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">You don&apos;t have access to {what}</h1>
      <Notice tone="warning">{who} If you need something here, ask one of your Tokenbook admins.</Notice>
      <Link href="/" className="text-brand-700 underline">
        Back to the home page
      </Link>
    </div>
  );
}
