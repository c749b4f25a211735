import { moderationSummary } from "@/features/moderation/reports";
import { SummaryQuery } from "@/features/moderation/schemas";
import { route } from "@/lib/api/handler";

export const GET = route("admin", async (ctx) => ({ data: await moderationSummary(ctx.viewer, ctx.query(SummaryQuery)) }));
