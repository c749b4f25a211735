import { issueTokenPair } from "@/features/accounts/api-tokens";
import { metaFromHeaders } from "@/features/accounts/request-meta";
import { LoginInput } from "@/features/accounts/schemas";
import { route } from "@/lib/api/handler";

export const POST = route("public", async (ctx) => issueTokenPair(await ctx.body(LoginInput), metaFromHeaders(ctx.request.headers, ctx.url)));
