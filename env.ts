/**
 * Settings (Django's settings.py): the only module that reads process.env.
 * Every value is validated once; a bad value stops the process with one line naming it.
 */
import { z } from "zod";

const rate = z
  .string()
  .regex(/^\d+\/(second|minute|hour|day)$/, 'expected "<count>/<second|minute|hour|day>", e.g. "10/minute"');

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], { message: "expected true or false" })
  .transform((v) => ["true", "1", "yes", "on"].includes(v));

const duration = z
  .string()
  .regex(/^\d+(s|m|h|d)$/, 'expected a duration such as "90s", "15m", "12h" or "30d"');

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "expected a postgres:// URL (leave it unset for the embedded database)")
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  DATA_DIR: z.string().min(1).default(".data"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  APP_URL: z.url({ message: "expected an absolute URL such as https://warden.example.com" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "expected smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().min(3).default("Warden <no-reply@warden.local>"),
  ONE_DEVICE_ONLY: bool.default(true),
  RATE_LIMIT_AUTH: rate.default("10/minute"),
  RATE_LIMIT_API: rate.default("600/minute"),
  ACCESS_TOKEN_TTL: duration.default("15m"),
  REFRESH_TOKEN_TTL: duration.default("7d"),
  SESSION_TTL: duration.default("30d"),
  MODERATION_BAN_THRESHOLD: z.coerce.number().int().min(1).default(15),
  MODERATION_STRIKE_WINDOW: duration.optional(),
  WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  JOBS_ENABLED: bool.default(true),
  /** When the recurring-todo spawn job runs (cron, UTC): every minute by default. */
  JOBS_RECURRENCE_CRON: z
    .string()
    .regex(/^\S+( \S+){4}$/, 'expected a 5-field cron expression such as "* * * * *"')
    .default("* * * * *"),
  /** Build output folder; only parallel local browser-test runs need another one. */
  NEXT_DIST_DIR: z.string().regex(/^\.next[\w-]*$/, "expected a folder name starting with .next").default(".next"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset", as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`Invalid configuration: ${issue.path.join(".")}: ${issue.message}`);
  }
  return result.data;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Milliseconds in a duration setting such as "15m". */
export function durationMs(value: string): number {
  const n = Number(value.slice(0, -1));
  const unit = value.slice(-1);
  const factor = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit as "s" | "m" | "h" | "d"];
  return n * factor;
}

/** A DRF-style rate ("10/minute") as a count and a window in milliseconds. */
export function parseRate(value: string): { limit: number; windowMs: number } {
  const [count, unit] = value.split("/") as [string, "second" | "minute" | "hour" | "day"];
  const windowMs = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000 }[unit];
  return { limit: Number(count), windowMs };
}

function load(): Env {
  try {
    return parseEnv(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

export const env: Env = load();
