import { fileURLToPath } from "node:url";
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.dirname(fileURLToPath(import.meta.url)) };
const env = { NODE_ENV: "test", LOG_LEVEL: "silent", WEBHOOK_ALLOW_PRIVATE: "true", AUTH_SECRET: "test-secret-test-secret-test-secret-00", NEXT_TELEMETRY_DISABLED: "1" };

// Integration tests run twice: on embedded PGlite and on a real PostgreSQL server.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], env } },
      {
        resolve: { alias },
        test: {
          name: "pglite",
          include: ["tests/integration/**/*.test.ts"],
          // *.pg.test.ts need a server database (several connections, several "instances").
          exclude: ["tests/integration/**/*.pg.test.ts"],
          env: { ...env, TEST_DB: "pglite" },
          setupFiles: ["tests/setup/db.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "postgres",
          include: ["tests/integration/**/*.test.ts"],
          env: { ...env, TEST_DB: "postgres" },
          globalSetup: ["tests/setup/postgres-global.ts"],
          setupFiles: ["tests/setup/db.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
