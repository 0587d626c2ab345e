import { escapeHtml } from "./escape-html";

export type EmailContent = {
  /** The line inbox lists show next to the subject. */
  preheader?: string;
  heading: string;
  paragraphs: string[];
  button?: { label: string; url: string };
  details?: [label: string, value: string][];
  footer?: string;
};

export type RenderedEmail = { text: string; html: string };

const font = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const bodyText = "font-size:16px;line-height:1.5;color:#18181b";

/** The one layout of every Tokenbook email: a plain-text part and a simple, accessible HTML part. */
export function renderEmail(content: EmailContent): RenderedEmail {
  if (content.button) assertWebAddress(content.button.url);
  return { text: renderText(content), html: renderHtml(content) };
}

function renderText({ heading, paragraphs, button, details, footer }: EmailContent): string {
  const blocks = [heading, ...paragraphs];
  if (details?.length) blocks.push(details.map(([label, value]) => `${label}: ${value}`).join("\n"));
  if (button) blocks.push(`${button.label}:\n${button.url}`);
  if (footer) blocks.push(`--\n${footer}`);
  return `${blocks.join("\n\n")}\n`;
}

function renderHtml({ preheader, heading, paragraphs, button, details, footer }: EmailContent): string {
  const parts = [
    `<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:#18181b">${escapeHtml(heading)}</h1>`,
    ...paragraphs.map((paragraph) => `<p style="margin:0 0 16px;${bodyText}">${withLineBreaks(paragraph)}</p>`),
  ];
  if (details?.length) parts.push(renderDetails(details));
  if (button) parts.push(renderButton(button));
  if (footer) {
    parts.push(
      `<p style="margin:24px 0 0;padding-top:16px;border-top:1px solid #e4e4e7;font-size:13px;line-height:1.5;color:#52525b">${withLineBreaks(footer)}</p>`,
    );
  }
  // Hidden preheader: shown by inbox previews, skipped by screen readers.
  const hiddenPreheader = preheader
    ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all" aria-hidden="true">${escapeHtml(preheader)}</div>`
    : "";
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(heading)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f4f4f5">
${hiddenPreheader}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f5">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border:1px solid #e4e4e7;border-radius:8px">
<tr><td style="padding:32px;${font};${bodyText}">
<p style="margin:0 0 8px;font-size:14px;font-weight:600;color:#52525b">Tokenbook</p>
${parts.join("\n")}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

function renderDetails(details: [string, string][]): string {
  const rows = details.map(
    ([label, value]) =>
      `<tr><th scope="row" align="left" valign="top" style="padding:6px 16px 6px 0;font-weight:600;color:#3f3f46;white-space:nowrap">${escapeHtml(label)}</th><td style="padding:6px 0;color:#18181b">${withLineBreaks(value)}</td></tr>`,
  );
  return `<table cellpadding="0" cellspacing="0" border="0" style="margin:0 0 24px;border-collapse:collapse;${font};font-size:15px;line-height:1.5">\n${rows.join("\n")}\n</table>`;
}

function renderButton({ label, url }: { label: string; url: string }): string {
  const href = escapeHtml(url);
  return [
    `<p style="margin:8px 0 24px"><a href="${href}" style="display:inline-block;padding:12px 20px;border-radius:6px;background-color:#1d4ed8;color:#ffffff;font-weight:600;text-decoration:none;${font};font-size:16px">${escapeHtml(label)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:14px;line-height:1.5;color:#52525b">If the button does not work, copy this address into your browser:<br><a href="${href}" style="color:#1d4ed8;word-break:break-all">${href}</a></p>`,
  ].join("\n");
}

function withLineBreaks(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, "<br>");
}

function assertWebAddress(url: string) {
  const protocol = URL.canParse(url) ? new URL(url).protocol : "";
  if (protocol !== "https:" && protocol !== "http:") {
    throw new Error(`An email button must link to a web address (http or https), not "${url}".`);
  }
}
