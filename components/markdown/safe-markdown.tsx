import type { ReactNode } from "react";
import Markdown, { type Components, type Options } from "react-markdown";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { safeMarkdownUrl } from "./safe-url";

// GitHub's sanitizer rules, narrowed to the link kinds a runbook needs.
const sanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["https", "mailto"], src: ["https"] },
};

const newTabNote = {
  type: "element" as const,
  tagName: "span",
  properties: { className: ["sr-only"] },
  children: [{ type: "text" as const, value: " (opens in a new tab)" }],
};

// Sanitizing comes first; the link attributes added after it are Tokenbook's own.
const rehypePlugins: Options["rehypePlugins"] = [
  [rehypeSanitize, sanitizeSchema],
  [
    rehypeExternalLinks,
    { target: "_blank", rel: ["noopener", "noreferrer", "nofollow"], protocols: ["https"], content: newTabNote },
  ],
];

const heading = ({ children }: { children?: ReactNode }) => <p className="font-semibold">{children}</p>;

const components: Components = {
  p: ({ children }) => <p className="mb-2 last:mb-0">{children}</p>,
  a: ({ href, children, target, rel }) =>
    href ? (
      <a href={href} target={target} rel={rel} className="break-words text-brand-700 underline underline-offset-2">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Pictures are offered as links, so a runbook cannot load anything by being opened.
  img: ({ src, alt }) =>
    typeof src === "string" && src ? (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow" className="text-brand-700 underline">
        Picture: {alt || "open"}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    ) : (
      <span>{alt}</span>
    ),
  ul: ({ children }) => <ul className="mb-2 list-disc pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="mb-2 list-decimal pl-5">{children}</ol>,
  code: ({ children }) => <code className="rounded bg-slate-100 px-1 py-0.5 text-[0.9em]">{children}</code>,
  pre: ({ children }) => <pre className="mb-2 overflow-x-auto rounded bg-slate-100 p-3 text-sm">{children}</pre>,
  blockquote: ({ children }) => (
    <blockquote className="mb-2 border-l-4 border-slate-300 pl-3 text-slate-700">{children}</blockquote>
  ),
  table: ({ children }) => (
    <div className="mb-2 overflow-x-auto">
      <table className="text-sm">{children}</table>
    </div>
  ),
  th: ({ children }) => <th className="border border-slate-300 px-2 py-1 text-left">{children}</th>,
  td: ({ children }) => <td className="border border-slate-300 px-2 py-1">{children}</td>,
  h1: heading,
  h2: heading,
  h3: heading,
  h4: heading,
  h5: heading,
  h6: heading,
};

/** Markdown written by people, shown as text and safe links only: raw HTML is dropped, never run. */
export function SafeMarkdown({ children }: { children: string }) {
  return (
    <div className="safe-markdown break-words">
      <Markdown
        skipHtml
        remarkPlugins={[remarkGfm]}
        rehypePlugins={rehypePlugins}
        urlTransform={safeMarkdownUrl}
        components={components}
      >
        {children}
      </Markdown>
    </div>
  );
}
