import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SafeMarkdown } from "./safe-markdown";
import { safeMarkdownUrl } from "./safe-url";

const render = (markdown: string) => renderToStaticMarkup(createElement(SafeMarkdown, null, markdown));

describe("SafeMarkdown", () => {
  it("renders steps with emphasis, lists and https links that open safely in a new tab", () => {
    const html = render("Open **Settings**, then [the console](https://app.hubspot.com/keys).\n\n- one\n- two");
    expect(html).toContain("<strong>Settings</strong>");
    expect(html).toContain('href="https://app.hubspot.com/keys"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain("(opens in a new tab)");
    expect(html).toContain("<li>one</li>");
  });

  it("keeps mailto and relative links, without a new tab", () => {
    const html = render("[Ask IT](mailto:it@example.com) or see [the token](/tokens/abc)");
    expect(html).toContain('href="mailto:it@example.com"');
    expect(html).toContain('href="/tokens/abc"');
    expect(html).not.toContain("target=");
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>", /<script/i],
    ["an image with onerror", '<img src="x" onerror="alert(1)">', /onerror|<img/i],
    ["an inline event handler", '<a href="https://x.test" onclick="alert(1)">x</a>', /onclick/i],
    ["a javascript: link", "[click](javascript:alert(1))", /javascript:/i],
    ["a javascript: link with hidden characters", "[click](java&#x09;script:alert(1))", /script:/i],
    ["a data: link", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", /data:/i],
    ["a data: image", "![x](data:image/svg+xml;base64,PHN2Zz4=)", /data:|<img/i],
    ["a plain http link", "[x](http://example.test)", /href=/],
    ["a protocol-relative link", "[x](//evil.test/steal)", /href=/],
    ["an iframe", '<iframe src="https://evil.test"></iframe>', /<iframe/i],
  ])("renders %s as inert text", (_what, markdown, forbidden) => {
    expect(render(markdown)).not.toMatch(forbidden);
  });

  it("offers an https picture as a link instead of loading it", () => {
    const html = render("![screenshot](https://example.test/a.png)");
    expect(html).not.toContain("<img");
    expect(html).toContain('href="https://example.test/a.png"');
    expect(html).toContain("Picture: screenshot");
  });
});

describe("safeMarkdownUrl", () => {
  it.each(["https://example.test", "mailto:a@example.test", "/tokens/1", "#step-2", "runbook", "../x"])(
    "keeps %s",
    (url) => {
      expect(safeMarkdownUrl(url)).toBe(url);
    },
  );
  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " java\tscript:alert(1)",
    "data:text/html,x",
    "vbscript:x",
    "http://example.test",
    "//evil.test",
    "/\\evil.test",
    "file:///etc/passwd",
  ])("drops %s", (url) => {
    expect(safeMarkdownUrl(url)).toBeNull();
  });
});
