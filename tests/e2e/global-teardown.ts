import postgres from "postgres";

export default async function globalTeardown() {
  const database = process.env.E2E_DATABASE;
  if (!database) return;
  const admin = postgres(process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres", { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
}
