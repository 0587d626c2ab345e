const examples = [
  { type: "**Leave the old key on**", result: <strong>Leave the old key on</strong> },
  { type: "*Developer settings*", result: <em>Developer settings</em> },
  {
    type: "[the console](https://example.com)",
    result: <span className="text-brand-700 underline underline-offset-2">the console</span>,
  },
  {
    type: "- one thing\n- another",
    result: (
      <ul className="list-disc pl-5">
        <li>one thing</li>
        <li>another</li>
      </ul>
    ),
  },
  { type: "`Settings › API`", result: <code className="rounded bg-slate-100 px-1 py-0.5">Settings › API</code> },
];

/** What to type for bold, italic, links, lists and names of buttons; shown beside the runbook editor. */
export function FormattingHelp() {
  return (
    <details className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">Formatting help</summary>
      <table className="mt-3 w-full text-left">
        <caption className="sr-only">What you type and how it looks</caption>
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="pb-1 pr-4 font-medium">
              You type
            </th>
            <th scope="col" className="pb-1 font-medium">
              It shows as
            </th>
          </tr>
        </thead>
        <tbody>
          {examples.map((example) => (
            <tr key={example.type} className="border-t border-slate-100 align-top">
              <td className="py-1.5 pr-4">
                <code className="whitespace-pre-wrap break-all">{example.type}</code>
              </td>
              <td className="py-1.5">{example.result}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-slate-700">
        Links must start with https://. Pictures and web page code are not shown, only text and links.
      </p>
    </details>
  );
}
