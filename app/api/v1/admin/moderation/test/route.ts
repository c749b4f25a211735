import { testText } from "@/features/moderation/test-text";
import { TestTextInput } from "@/features/moderation/schemas";
import { route } from "@/lib/api/handler";

/** The "test this text" box: what would match, and why, without saving or logging anything. */
export const POST = route("admin", async (ctx) => testText(ctx.viewer, await ctx.body(TestTextInput)));
