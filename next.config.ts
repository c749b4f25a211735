import type { NextConfig } from "next";
// Importing env here makes a bad configuration fail `next build` / `next start` early.
import { env } from "./env";

const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg-boss", "postgres"],
  distDir: env.NEXT_DIST_DIR,
  poweredByHeader: false,
  // Keep middleware redirects on the host the browser used: the normalisation rewrites
  // 127.0.0.1 to "localhost", and the session cookie of one is not sent to the other.
  skipMiddlewareUrlNormalize: true,
  typedRoutes: false,
  // `npm test` runs ESLint and `tsc --noEmit` over the whole tree as their own steps; running
  // them again inside every `next build` (first start, browser tests) only costs time.
  eslint: { ignoreDuringBuilds: true },
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
