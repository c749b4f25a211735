import { metaFromHeaders } from "@/features/accounts/request-meta";
import { registerUser } from "@/features/accounts/register";
import { RegisterInput } from "@/features/accounts/schemas";
import { route } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const POST = route("public", async (ctx) => {
  const input = await ctx.body(RegisterInput);
  const user = await registerUser(input, metaFromHeaders(ctx.request.headers, ctx.url), "api");
  return json(user, 201);
});
