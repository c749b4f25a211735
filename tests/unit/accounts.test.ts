import { describe, expect, it } from "vitest";
import { safeNext } from "@/features/accounts/next-path";
import { hasSessionCookie } from "@/features/accounts/session-cookie";
import { clientIp } from "@/lib/client-ip";
import { classify } from "@/lib/middleware/routes";
import { signToken, verifyToken } from "@/lib/signed-token";

describe("signed tokens", () => {
  it("verifies its own signature and refuses any change", () => {
    const token = signToken({ sub: "a", n: 1 }, "p");
    expect(verifyToken(token, "p")).toEqual({ sub: "a", n: 1 });
    expect(verifyToken(token, "other-purpose")).toBeNull();
    const [body, sig] = token.split(".");
    const tampered = `${Buffer.from(JSON.stringify({ sub: "b", n: 1 })).toString("base64url")}.${sig}`;
    expect(verifyToken(tampered, "p")).toBeNull();
    expect(verifyToken(`${body}.${sig}x`, "p")).toBeNull();
    expect(verifyToken("garbage", "p")).toBeNull();
  });
});

describe("return paths after log-in", () => {
  it("keeps same-site paths and refuses everything else", () => {
    expect(safeNext("/profile?tab=1")).toBe("/profile?tab=1");
    expect(safeNext("https://evil.example")).toBe("/todos");
    expect(safeNext("//evil.example")).toBe("/todos");
    expect(safeNext("/\\evil.example")).toBe("/todos");
    expect(safeNext("/login")).toBe("/todos");
    expect(safeNext(undefined)).toBe("/todos");
  });
});

describe("client address", () => {
  it("takes the entry the nearest proxy added, not one the client wrote", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});

describe("middleware routes", () => {
  it("classifies user pages, the API and its public routes", () => {
    expect(classify("/profile")).toBe("user-page");
    expect(classify("/admin/users/1")).toBe("user-page");
    expect(classify("/todos")).toBe("user-page");
    expect(classify("/todosx")).toBe("other");
    expect(classify("/api/v1/todos")).toBe("api");
    expect(classify("/api/v1/auth/token")).toBe("public-api");
    expect(classify("/api/v1/openapi.json")).toBe("public-api");
    expect(classify("/api/docs")).toBe("other");
    expect(classify("/banned")).toBe("other");
  });

  it("recognises Auth.js session cookies, chunked or secure", () => {
    expect(hasSessionCookie({ getAll: () => [{ name: "authjs.session-token" }] })).toBe(true);
    expect(hasSessionCookie({ getAll: () => [{ name: "__Secure-authjs.session-token.0" }] })).toBe(true);
    expect(hasSessionCookie({ getAll: () => [{ name: "authjs.csrf-token" }] })).toBe(false);
  });
});
