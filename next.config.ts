import type { NextConfig } from "next";
// Importing env here makes a bad configuration fail `next build` / `next start` early.
import { env } from "./env";

const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg-boss", "postgres"],
  distDir: env.NEXT_DIST_DIR,
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
