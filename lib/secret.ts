/**
 * The signing secret for sessions (Auth.js) and API access tokens: `AUTH_SECRET` when set,
 * else generated once into `${DATA_DIR}/auth-secret` (mode 0600) and reused, so
 * `npm start` on a fresh clone needs no configuration. Several instances must share it
 * (set AUTH_SECRET, or share the data folder).
 */
import { createHmac, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/env";

let cached: string | undefined;

function readOrCreate(file: string): string {
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  try {
    // "wx": if another process created it first, use theirs.
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
    throw err;
  }
}

export function getSecret(): string {
  cached ??= env.AUTH_SECRET ?? readOrCreate(path.join(env.DATA_DIR, "auth-secret"));
  return cached;
}

/** A key derived for one purpose, so the session secret and token signing never share a key. */
export function deriveKey(purpose: string): Buffer {
  return createHmac("sha256", getSecret()).update(`warden:${purpose}`).digest();
}
