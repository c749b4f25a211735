import { describe, expect, it } from "vitest";
import { ConfigError, durationMs, parseEnv, parseRate } from "@/env";

describe("settings", () => {
  it("has working defaults on an empty environment", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.MODERATION_BAN_THRESHOLD).toBe(15);
    expect(env.ONE_DEVICE_ONLY).toBe(true);
    expect(env.RATE_LIMIT_AUTH).toBe("10/minute");
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ RATE_LIMIT_API: "lots" }, "RATE_LIMIT_API"],
    [{ PORT: "http" }, "PORT"],
    [{ ONE_DEVICE_ONLY: "maybe" }, "ONE_DEVICE_ONLY"],
    [{ MODERATION_BAN_THRESHOLD: "0" }, "MODERATION_BAN_THRESHOLD"],
  ])("names the bad variable in one line: %o", (source, name) => {
    expect(() => parseEnv(source)).toThrow(ConfigError);
    expect(() => parseEnv(source)).toThrow(new RegExp(`^Invalid configuration: ${name}: `));
  });

  it("reads rates and durations", () => {
    expect(parseRate("10/minute")).toEqual({ limit: 10, windowMs: 60_000 });
    expect(durationMs("15m")).toBe(900_000);
    expect(durationMs("30d")).toBe(2_592_000_000);
  });
});
