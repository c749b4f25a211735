import { passwordResetTokens, refreshTokens, sessions } from "@/db/schema";
import { defineModel } from "@/lib/write-path";

export const sessionModel = defineModel({ table: sessions, name: "session", audience: (row) => row.userId });
export const refreshTokenModel = defineModel({ table: refreshTokens, name: "refresh_token", redact: ["tokenHash"] });
export const passwordResetTokenModel = defineModel({
  table: passwordResetTokens,
  name: "password_reset_token",
  redact: ["tokenHash"],
  audience: (row) => row.userId,
});
