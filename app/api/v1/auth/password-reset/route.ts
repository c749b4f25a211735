import { requestPasswordReset } from "@/features/accounts/password-reset";
import { metaFromHeaders } from "@/features/accounts/request-meta";
import { PasswordResetRequestInput } from "@/features/accounts/schemas";
import { route } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

/** 202 with the same body whether or not the address is known. */
export const POST = route("public", async (ctx) => {
  const { detail } = await requestPasswordReset(await ctx.body(PasswordResetRequestInput), metaFromHeaders(ctx.request.headers, ctx.url), "api");
  return json({ detail }, 202);
});
