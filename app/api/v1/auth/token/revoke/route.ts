import { revokeRefreshToken } from "@/features/accounts/api-tokens";
import { metaFromHeaders } from "@/features/accounts/request-meta";
import { RefreshInput } from "@/features/accounts/schemas";
import { route } from "@/lib/api/handler";
import { noContent } from "@/lib/api/respond";

export const POST = route("public", async (ctx) => {
  const { refresh } = await ctx.body(RefreshInput);
  await revokeRefreshToken(refresh, metaFromHeaders(ctx.request.headers, ctx.url));
  return noContent();
});
