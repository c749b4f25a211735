import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { idempotencyKeys, rateLimits } from "@/db/schema";
import { pruneExpiredJob } from "@/lib/maintenance-job";
import { makeUser } from "../factories";

describe("the maintenance job", () => {
  it("deletes expired counters and idempotency keys, and keeps live ones", async () => {
    const user = await makeUser();
    const db = getDb();
    const old = new Date(Date.now() - 3 * 86_400_000);
    await db.insert(rateLimits).values([
      { key: "test:old", windowStart: old, count: 3 },
      { key: "test:live", windowStart: new Date(), count: 1 },
    ]);
    await db.insert(idempotencyKeys).values([
      { userId: user.id, key: "old", route: "POST /x", status: 201, createdAt: old },
      { userId: user.id, key: "live", route: "POST /x", status: 201 },
    ]);
    const summary = await pruneExpiredJob.run({}, { jobId: "once", now: new Date(), retryCount: 0 });
    expect(summary).toMatch(/rate_limits: [1-9]/);
    expect(summary).toMatch(/idempotency_keys: 1\b/);
    expect(await db.select().from(rateLimits).where(eq(rateLimits.key, "test:old"))).toHaveLength(0);
    expect(await db.select().from(rateLimits).where(eq(rateLimits.key, "test:live"))).toHaveLength(1);
    expect((await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.userId, user.id))).map((r) => r.key)).toEqual(["live"]);
  });
});
