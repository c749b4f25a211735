import { listModerationLogs } from "@/features/moderation/reports";
import { ModerationLogQuery } from "@/features/moderation/schemas";
import { route } from "@/lib/api/handler";
import { paginate } from "@/lib/api/pagination";

export const GET = route("admin", async (ctx) => {
  const query = ctx.query(ModerationLogQuery);
  const { rows, total } = await listModerationLogs(ctx.viewer, query);
  return paginate(rows, total, query, ctx.url);
});
