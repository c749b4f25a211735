import { banUsers } from "@/features/users/bans";
import { BanUsersInput } from "@/features/moderation/schemas";
import { route } from "@/lib/api/handler";

export const POST = route("admin", async (ctx) => banUsers(ctx.viewer, await ctx.body(BanUsersInput), ctx.actor));
