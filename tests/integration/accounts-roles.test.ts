import { describe, expect, it } from "vitest";
import { issueTokenPairForUser } from "@/features/accounts/api-tokens";
import { route } from "@/lib/api/handler";
import { makeUser } from "../factories";
import { call } from "./accounts-helpers";

const meta = { ip: "10.2.2.2", userAgent: "vitest", requestId: null, origin: null };
// Any admin-only handler behaves like this one: route("admin", …) does the check.
const adminOnly = route("admin", async (ctx) => ({ role: ctx.viewer.role }));

describe("roles", () => {
  it("answers an admin route with 401 to anonymous, 403 to a user and 200 to an admin", async () => {
    expect((await call(adminOnly, "/api/v1/admin/x")).status).toBe(401);
    const user = await issueTokenPairForUser(await makeUser(), meta);
    const asUser = await call(adminOnly, "/api/v1/admin/x", { token: user.access });
    expect(asUser.status).toBe(403);
    expect(asUser.json?.error?.code).toBe("permission_denied");
    const admin = await issueTokenPairForUser(await makeUser({ role: "admin" }), meta);
    const asAdmin = await call(adminOnly, "/api/v1/admin/x", { token: admin.access });
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.json).toEqual({ role: "admin" });
  });
});
