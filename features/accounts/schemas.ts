/** Request and response schemas of the accounts API and forms (shared by both). */
import { z } from "zod";
import { Email, Name, Password } from "@/features/users/schemas";

export const RegisterInput = z.object({ email: Email, password: Password, name: Name });
export type RegisterInput = z.input<typeof RegisterInput>;

/** Log in and the token pair request: any non-empty password (the length rule is for new ones). */
export const LoginInput = z.object({
  email: Email,
  password: z.string({ message: "Enter your password." }).min(1, "Enter your password.").max(1024),
});
export type LoginInput = z.input<typeof LoginInput>;

export const TokenPair = z.object({
  access: z.string(),
  refresh: z.string(),
  access_expires_at: z.string(),
});
export type TokenPair = z.infer<typeof TokenPair>;

export const RefreshInput = z.object({ refresh: z.string({ message: "Give the refresh token." }).min(1, "Give the refresh token.").max(200) });
export type RefreshInput = z.input<typeof RefreshInput>;

export const PasswordResetRequestInput = z.object({ email: Email });
export type PasswordResetRequestInput = z.input<typeof PasswordResetRequestInput>;

export const PasswordResetRequestResponse = z.object({ detail: z.string() });

export const PasswordResetConfirmInput = z.object({
  token: z.string({ message: "The reset link is incomplete." }).min(1, "The reset link is incomplete.").max(200),
  password: Password,
});
export type PasswordResetConfirmInput = z.input<typeof PasswordResetConfirmInput>;

export const SessionDto = z.object({
  id: z.uuid(),
  kind: z.enum(["browser", "api"]),
  user_agent: z.string(),
  ip: z.string(),
  created_at: z.string(),
  last_seen_at: z.string(),
  expires_at: z.string(),
  current: z.boolean(),
});
export type SessionDto = z.infer<typeof SessionDto>;

export const RevokeAllResponse = z.object({ revoked: z.number().int() });
