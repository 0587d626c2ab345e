import type { Metadata } from "next";
import Link from "next/link";
import { ApiOperation } from "@/components/api-docs/api-operation";
import { AccessRefused } from "@/components/layout/access-refused";
import { Card } from "@/components/ui/card";
import { readApiDocs } from "@/lib/api/api-docs";
import { loadForPage } from "@/lib/auth/load-for-page";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "The JSON API" };

/** The API in plain words, built on the server from the same OpenAPI document the API serves. */
export default async function ApiDocsPage() {
  const page = await loadForPage((actor) => readApiDocs(actor));
  if (page.refused)
    return <AccessRefused what="the API documentation" who="You need to be signed in as an active Tokenbook user." />;
  const operations = page.data;
  const appUrl = env().APP_URL;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">The JSON API</h1>
        <p className="max-w-3xl text-slate-700">
          Scripts and monitors use it to keep Tokenbook up to date: record a rotation, report a leak or a failing token,
          read who owns what. Tokenbook never holds a secret, so send where a secret lives, never the secret.
        </p>
      </div>
      <Card className="space-y-2 text-sm">
        <h2 className="text-lg font-semibold">Before you start</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            Make a key on your{" "}
            <Link href="/profile" className="text-brand-700 underline underline-offset-2">
              Profile page
            </Link>{" "}
            and send it with every call as <code className="font-mono">Authorization: Bearer tkb_…</code>. A key acts as
            its owner, within its scope.
          </li>
          <li>
            Every address starts with <code className="break-all font-mono">{appUrl}/api/v1</code>; bodies and answers
            are JSON.
          </li>
          <li>
            A refusal says what went wrong in plain words:{" "}
            <code className="font-mono">{`{ "error": { "code", "message", "field" } }`}</code>.
          </li>
          <li>
            The same description for tools:{" "}
            <a href="/api/v1/openapi.json" className="text-brand-700 underline underline-offset-2">
              OpenAPI 3.1 document
            </a>
            .
          </li>
        </ul>
      </Card>
      <nav aria-label="Operations" className="text-sm">
        <h2 className="mb-2 text-lg font-semibold">What you can do</h2>
        <ul className="space-y-1">
          {operations.map((operation) => (
            <li key={operation.id}>
              <a href={`#${operation.id}`} className="text-brand-700 underline underline-offset-2">
                {operation.summary}
              </a>{" "}
              <span className="font-mono text-slate-600">
                {operation.method} {operation.path}
              </span>
            </li>
          ))}
        </ul>
      </nav>
      {operations.map((operation) => (
        <ApiOperation key={operation.id} operation={operation} appUrl={appUrl} />
      ))}
    </div>
  );
}
