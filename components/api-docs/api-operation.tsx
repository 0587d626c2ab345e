import type { DocumentedOperation } from "@/lib/api/api-docs";
import { apiKeyScopeLabels, type ApiKeyScopeName } from "@/lib/api-keys/scope-words";
import { InlineCode } from "./inline-code";

const scopeWords: Record<string, string> = {
  read: "any key (every scope reads)",
  write: `a key with the “${apiKeyScopeLabels.write.label}” scope`,
  report: `a key with the “${apiKeyScopeLabels.report.label}” scope`,
};

const json = (value: unknown) => JSON.stringify(value, null, 2);
const shell = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

function curl(operation: DocumentedOperation, appUrl: string, body: unknown) {
  const lines = [
    `curl -X ${operation.method} ${appUrl}${operation.path.replace("{id}", "TOKEN_ID")}`,
    `  -H "Authorization: Bearer tkb_…"`,
  ];
  if (body !== undefined) lines.push(`  -H "Content-Type: application/json"`, `  -d ${shell(JSON.stringify(body))}`);
  return lines.join(" \\\n");
}

// Wrapped, never scrolled: a scrolling block would need its own keyboard stop.
const codeBlock = "whitespace-pre-wrap break-all rounded-lg bg-slate-900 p-3 font-mono text-xs text-slate-50";

/** One operation of the API: what it does, who may call it, and a request and answer to copy. */
export function ApiOperation({ operation, appUrl }: { operation: DocumentedOperation; appUrl: string }) {
  const headingId = `${operation.id}-heading`;
  return (
    <section
      id={operation.id}
      aria-labelledby={headingId}
      className="scroll-mt-4 space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={headingId} className="flex flex-wrap items-baseline gap-2 text-lg font-semibold">
        <span className="rounded bg-brand-50 px-2 py-0.5 font-mono text-sm text-brand-900">{operation.method}</span>
        <span className="break-all font-mono text-base">{operation.path}</span>
      </h2>
      <p className="font-medium">{operation.summary}.</p>
      {operation.description && (
        <p className="text-sm text-slate-700">
          <InlineCode text={operation.description} />
        </p>
      )}
      <p className="text-sm">
        <span className="font-medium">Key needed:</span>{" "}
        {scopeWords[operation.scope] ??
          `a key with the ${apiKeyScopeLabels[operation.scope as ApiKeyScopeName]?.label ?? operation.scope} scope`}
      </p>
      {operation.parameters.length > 0 && (
        <div className="space-y-1">
          <h3 className="text-sm font-semibold">Parameters</h3>
          <ul className="list-disc space-y-0.5 pl-5 text-sm">
            {operation.parameters.map((parameter) => (
              <li key={parameter.name}>
                <code className="font-mono">{parameter.name}</code> (
                {parameter.where === "path" ? "in the address" : "in the query"}
                {parameter.required ? ", required" : ""}): {parameter.accepts}
                {parameter.description && (
                  <>
                    . <InlineCode text={parameter.description} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(operation.requests.length ? operation.requests : [{ label: "", body: undefined }]).map((request) => (
        <div key={request.label} className="space-y-1">
          <h3 className="text-sm font-semibold">
            Example request{request.label ? `: ${request.label.replace(/\.$/, "")}` : ""}
          </h3>
          <pre className={codeBlock}>{curl(operation, appUrl, request.body)}</pre>
        </div>
      ))}
      <div className="space-y-1">
        <h3 className="text-sm font-semibold">Example answer ({operation.success.status})</h3>
        <pre className={codeBlock}>{json(operation.success.body)}</pre>
      </div>
      <div className="space-y-1">
        <h3 className="text-sm font-semibold">Other answers</h3>
        <ul className="space-y-0.5 text-sm">
          {operation.errors.map((error) => (
            <li key={error.status}>
              <span className="font-mono">{error.status}</span>: <InlineCode text={error.words} />
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
