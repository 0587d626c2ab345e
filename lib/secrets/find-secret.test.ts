import { lintSource } from "@secretlint/core";
import { creator as recommendedPreset } from "@secretlint/secretlint-rule-preset-recommend";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSecret } from "./find-secret";
import { normalisePastedText } from "./normalise-pasted-text";
import { ordinarySentences } from "./ordinary-sentences";
import { looksLikeSecret } from "./looks-like-secret";
import { harmlessSamples, secretSamples } from "@/testing/secret-corpus";
import { secretRefusalMessage } from "./secret-message";
import { scanWithSecretlint } from "./secretlint-scan";

const disableDirectives = [
  (secret: string) => `<!-- secretlint-disable -->\n${secret}`,
  (secret: string) => `# secretlint-disable-next-line\n${secret}`,
  (secret: string) => `${secret} // secretlint-disable-line`,
  (secret: string) => `/* secretlint-disable @secretlint/secretlint-rule-database-connection-string -- ok */ ${secret}`,
];
/** The BEGIN and END lines of each kind of private key, assembled so the repository holds none. */
const pemDashes = "-".repeat(5);
const privateKeyLines = ["", "RSA ", "EC ", "DSA ", "OPENSSH ", "ENCRYPTED ", "PGP "].map((label) => {
  const type = `${label}PRIVATE ${"KEY"}${label === "PGP " ? " BLOCK" : ""}`;
  return { begin: `${pemDashes}BEGIN ${type}${pemDashes}`, end: `${pemDashes}END ${type}${pemDashes}` };
});
const databaseAddress = secretSamples.find((sample) => sample.name === "database address with a password")!;

/** The median CPU time of this process for `run`, in ms: unlike wall time, other busy processes do not count. */
async function medianCpuMilliseconds(run: () => unknown, times: number): Promise<number> {
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    durations.push((used.user + used.system) / 1000);
  }
  return durations.sort((a, b) => a - b)[Math.floor(times / 2)];
}

describe("findSecret", () => {
  it.each(secretSamples)("finds $name as $kind", async ({ text, kind }) => {
    expect(await findSecret(text)).toEqual({ kind });
  });

  it.each(secretSamples)("finds $name inside a sentence", async ({ text }) => {
    expect(await findSecret(`Hi team, the new one is ${text} — please update the report.`)).not.toBeNull();
  });

  it.each(secretSamples)("ignores secretlint-disable comments around $name", async ({ text }) => {
    for (const withDirective of disableDirectives) {
      expect(await findSecret(withDirective(text))).not.toBeNull();
    }
  });

  it("finds what secretlint alone would let a disable comment hide", async () => {
    const text = disableDirectives[0](databaseAddress.text);
    const plainSecretlint = await lintSource({
      source: { content: text, filePath: "pasted-text.txt", contentType: "text" },
      options: {
        config: { rules: [{ id: recommendedPreset.meta.id, rule: recommendedPreset }] },
        noPhysicFilePath: true,
      },
    });
    expect(plainSecretlint.messages).toEqual([]);
    expect(await scanWithSecretlint(normalisePastedText(text))).toEqual({
      kind: "a database address with a password in it",
    });
    expect(await findSecret(text)).toEqual({ kind: databaseAddress.kind });
  });

  it("finds a secret with invisible characters or full-width letters pasted into it", async () => {
    const github = secretSamples[0].text;
    expect(await findSecret(github.slice(0, 10) + "\u200b" + github.slice(10))).toEqual({ kind: "a GitHub token" });
    const fullWidth = github.replace(/[A-Za-z0-9]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    expect(await findSecret(fullWidth)).toEqual({ kind: "a GitHub token" });
  });

  it.each(harmlessSamples)("lets $name through", async ({ text }) => {
    expect(await findSecret(text)).toBeNull();
  });

  it("has at least 50 ordinary runbook and notes sentences", () => {
    expect(ordinarySentences.length).toBeGreaterThanOrEqual(50);
  });

  it.each(ordinarySentences)("lets the ordinary sentence %j through", async (sentence) => {
    expect(await findSecret(sentence)).toBeNull();
  });

  it("lets all ordinary sentences through together, one per line", async () => {
    expect(await findSecret(ordinarySentences.join("\n"))).toBeNull();
  });

  it("lets all harmless samples through together", async () => {
    expect(await findSecret(harmlessSamples.map((sample) => sample.text).join("\n\n"))).toBeNull();
  });

  it("reports only a kind, never the value", async () => {
    for (const { text } of secretSamples) {
      const finding = await findSecret(text);
      expect(Object.keys(finding ?? {})).toEqual(["kind"]);
      expect(containsPartOf(finding!.kind, text)).toBe(false);
    }
  });

  // Timing in growth, not in milliseconds: a pattern that backtracks grows with the square of the
  // input (64 times for 8 times the text), a linear check about 8 times, however busy the machine.
  it("takes time in proportion to the text, even for text built to make patterns backtrack", async () => {
    const runbook = harmlessSamples.find((sample) => sample.name === "markdown runbook")!.text;
    const units = [runbook, "Bearer a1 ", "password=", "https://a:", "ab1 ", "a", "a.", "@a", "eyJ", "xoxb-1-"];
    for (const unit of units) {
      const text = (length: number) => unit.repeat(Math.ceil(length / unit.length));
      const [short, long] = [text(20_000), text(160_000)];
      await findSecret(long);
      const growth =
        (await medianCpuMilliseconds(() => findSecret(long), 5)) /
        Math.max(await medianCpuMilliseconds(() => findSecret(short), 5), 1);
      expect(growth, `text made of ${JSON.stringify(unit.slice(0, 10))}`).toBeLessThan(24);
    }
  });
});

describe("private key lines", () => {
  it("refuses a line starting BEGIN … PRIVATE KEY of any key type, alone or with a short body", async () => {
    const [rsa, , , , openssh] = privateKeyLines;
    expect(looksLikeSecret(`${openssh.begin}\nabc\n${openssh.end}`)).toEqual({ kind: "a private key" });
    expect(looksLikeSecret(rsa.begin)).toEqual({ kind: "a private key" });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...privateKeyLines),
        fc.stringMatching(/^[A-Za-z0-9+/=]{0,39}$/),
        fc.constantFrom("", "  ", "Deploy key:\n", "\u200b"),
        async ({ begin, end }, body, before) => {
          // Alone, with a short body on its lines, and folded onto one line by a name field.
          for (const text of [
            `${before}${begin}`,
            `${before}${begin}\n${body}\n${end}`,
            `${before}${begin} ${body} ${end}`,
          ]) {
            expect(looksLikeSecret(text)).not.toBeNull();
            expect(await findSecret(text)).not.toBeNull();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("looksLikeSecret", () => {
  it.each(secretSamples)("finds $name", ({ text, kind }) => {
    expect(looksLikeSecret(text)).toEqual({ kind });
  });

  it.each(harmlessSamples)("lets $name through", ({ text }) => {
    expect(looksLikeSecret(text)).toBeNull();
  });
});

describe("secretRefusalMessage", () => {
  it("explains in plain words without repeating the secret", async () => {
    for (const { text } of secretSamples) {
      const message = secretRefusalMessage((await findSecret(text))!, "Where the secret is stored");
      expect(message).toContain("“Where the secret is stored” looks like it contains the secret itself (");
      expect(message).toContain("write where it lives instead");
      expect(containsPartOf(message, text)).toBe(false);
    }
  });
});

// Label words around a value ("password=", "Authorization:") are not the secret and may be named.
const LABEL_WORD = /^[A-Za-z_]*(?:password|authorization)$/i;

function containsPartOf(message: string, secret: string): boolean {
  const parts = (secret.match(/[A-Za-z0-9+/_-]{8,}/g) ?? []).filter((part) => !LABEL_WORD.test(part));
  return parts.some((part) => message.includes(part.slice(-8)));
}
