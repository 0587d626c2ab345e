import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email";

describe("renderEmail", () => {
  const email = renderEmail({
    preheader: "Expires on 12 Dec 2026",
    heading: "Your <HubSpot> token expires in 7 days",
    paragraphs: ['It feeds the "Weekly" report & the CRM sync.', "Line one\nline two"],
    button: { label: "Open the runbook", url: "https://tokenbook.example.test/tokens/t1/runbook?step=1&x=<y>" },
    details: [
      ["Backup", "Finn <finn@example.test>"],
      ["Expires", "12 Dec 2026, in 7 days"],
    ],
    footer: "You get this because you own the token.",
  });

  it("writes a plain-text part with every piece in reading order", () => {
    expect(email.text).toBe(
      [
        "Your <HubSpot> token expires in 7 days",
        'It feeds the "Weekly" report & the CRM sync.',
        "Line one\nline two",
        "Backup: Finn <finn@example.test>\nExpires: 12 Dec 2026, in 7 days",
        "Open the runbook:\nhttps://tokenbook.example.test/tokens/t1/runbook?step=1&x=<y>",
        "--\nYou get this because you own the token.",
      ].join("\n\n") + "\n",
    );
  });

  it("escapes every value in the HTML part", () => {
    expect(email.html).toContain("Your &lt;HubSpot&gt; token expires in 7 days</h1>");
    expect(email.html).toContain("It feeds the &quot;Weekly&quot; report &amp; the CRM sync.");
    expect(email.html).toContain("Finn &lt;finn@example.test&gt;");
    expect(email.html).toContain('href="https://tokenbook.example.test/tokens/t1/runbook?step=1&amp;x=&lt;y&gt;"');
    expect(email.html).not.toContain("<HubSpot>");
    expect(email.html).toContain("Line one<br>line two");
  });

  it("is accessible and loads nothing remote", () => {
    expect(email.html).toMatch(/<html lang="en"/);
    expect(email.html).toContain("<title>Your &lt;HubSpot&gt; token expires in 7 days</title>");
    expect(email.html).toContain('<th scope="row"');
    expect(email.html).toContain('aria-hidden="true">Expires on 12 Dec 2026</div>');
    expect(email.html).not.toMatch(/<img|<link|<script|url\(/i);
  });

  it("refuses a button that is not a web address", () => {
    expect(() =>
      renderEmail({ heading: "Hi", paragraphs: [], button: { label: "Go", url: "javascript:alert(1)" } }),
    ).toThrow("An email button must link to a web address");
  });

  it("leaves out what is not given", () => {
    const plain = renderEmail({ heading: "Hi", paragraphs: ["Just this."] });
    expect(plain.text).toBe("Hi\n\nJust this.\n");
    expect(plain.html).not.toContain("aria-hidden");
    expect(plain.html).not.toContain("<a ");
  });
});
