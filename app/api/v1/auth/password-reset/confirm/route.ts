import { confirmPasswordReset } from "@/features/accounts/password-reset";
import { metaFromHeaders } from "@/features/accounts/request-meta";
import { PasswordResetConfirmInput } from "@/features/accounts/schemas";
import { route } from "@/lib/api/handler";
import { noContent } from "@/lib/api/respond";

export const POST = route("public", async (ctx) => {
  await confirmPasswordReset(await ctx.body(PasswordResetConfirmInput), metaFromHeaders(ctx.request.headers, ctx.url), "api");
  return noContent();
});
