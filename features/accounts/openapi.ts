/** The accounts routes (auth, me, sessions) in the OpenAPI document: the schemas their handlers parse with. */
import { z } from "zod";
import { UpdateProfileInput, UserDto } from "@/features/users/schemas";
import { endpoint, paginated, type OpenAPIRegistry } from "@/lib/api/openapi";
import { PageQuery } from "@/lib/api/pagination";
import { LoginInput, PasswordResetConfirmInput, PasswordResetRequestInput, PasswordResetRequestResponse, RefreshInput, RegisterInput, RevokeAllResponse, SessionDto, TokenPair } from "./schemas";

export function registerAccountRoutes(registry: OpenAPIRegistry): void {
  const User = UserDto.meta({ id: "User" });
  const Pair = TokenPair.meta({ id: "TokenPair" });
  const auth = "Auth";
  endpoint(registry, { method: "post", path: "/api/v1/auth/register", tag: auth, access: "public", summary: "Create an account", body: RegisterInput, response: User, errors: [429] });
  endpoint(registry, {
    method: "post",
    path: "/api/v1/auth/token",
    tag: auth,
    access: "public",
    summary: "Get an access and refresh token pair",
    status: 200,
    body: LoginInput,
    response: Pair,
    errors: [401, 429],
  });
  endpoint(registry, {
    method: "post",
    path: "/api/v1/auth/token/refresh",
    tag: auth,
    access: "public",
    summary: "Trade a refresh token for a new pair (the old one stops working)",
    status: 200,
    body: RefreshInput,
    response: Pair,
    errors: [401, 429],
  });
  endpoint(registry, { method: "post", path: "/api/v1/auth/token/revoke", tag: auth, access: "public", summary: "Revoke a refresh token", status: 204, body: RefreshInput, errors: [429] });
  endpoint(registry, {
    method: "post",
    path: "/api/v1/auth/password-reset",
    tag: auth,
    access: "public",
    summary: "E-mail a password reset link (same answer whether or not the address is known)",
    status: 202,
    body: PasswordResetRequestInput,
    response: PasswordResetRequestResponse,
    errors: [429],
  });
  endpoint(registry, {
    method: "post",
    path: "/api/v1/auth/password-reset/confirm",
    tag: auth,
    access: "public",
    summary: "Choose a new password with the e-mailed token",
    status: 204,
    body: PasswordResetConfirmInput,
    errors: [429],
  });

  const me = "Me";
  endpoint(registry, { method: "get", path: "/api/v1/me", tag: me, access: "banned-ok", summary: "The caller with their profile", response: User });
  endpoint(registry, { method: "patch", path: "/api/v1/me/profile", tag: me, access: "user", summary: "Change the caller's profile (partial)", body: UpdateProfileInput, response: User });
  endpoint(registry, {
    method: "get",
    path: "/api/v1/me/sessions",
    tag: me,
    access: "user",
    summary: "The caller's signed-in devices and API token families",
    query: PageQuery,
    response: paginated(SessionDto, "SessionPage"),
  });
  endpoint(registry, {
    method: "delete",
    path: "/api/v1/me/sessions/{id}",
    tag: me,
    access: "user",
    summary: "Log out one device",
    params: z.object({ id: z.string().meta({ description: "The session's id (UUID)." }) }),
  });
  endpoint(registry, {
    method: "get",
    path: "/api/v1/me/export",
    tag: me,
    access: "user",
    summary: "All of the caller's data as JSON (todos, tags, profile), as a download",
    response: z.record(z.string(), z.unknown()),
  });
  endpoint(registry, { method: "post", path: "/api/v1/me/sessions/revoke-all", tag: me, access: "user", summary: "Log out everywhere", status: 200, response: RevokeAllResponse });
}
