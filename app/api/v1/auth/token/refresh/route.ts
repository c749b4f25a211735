import { refreshTokenPair } from "@/features/accounts/api-tokens";
import { metaFromHeaders } from "@/features/accounts/request-meta";
import { RefreshInput } from "@/features/accounts/schemas";
import { route } from "@/lib/api/handler";

export const POST = route("public", async (ctx) => {
  const { refresh } = await ctx.body(RefreshInput);
  return refreshTokenPair(refresh, metaFromHeaders(ctx.request.headers, ctx.url));
});
