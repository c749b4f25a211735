/**
 * Browser-test fixtures: the app's own data layer, pointed at the e2e server's database,
 * so a test can create the users and rows it needs beside the running server.
 */
import { test as base } from "@playwright/test";

const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const url = new URL(adminUrl);
url.pathname = `/${process.env.E2E_DATABASE}`;
// Set before any app module reads the settings.
process.env.DATABASE_URL = url.toString();
process.env.LOG_LEVEL ??= "silent";

export const test = base;
export { expect } from "@playwright/test";
