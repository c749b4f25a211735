import { listAppeals } from "@/features/moderation/appeals";
import { AppealListQuery } from "@/features/moderation/schemas";
import { route } from "@/lib/api/handler";
import { paginate } from "@/lib/api/pagination";

export const GET = route("admin", async (ctx) => {
  const query = ctx.query(AppealListQuery);
  const { rows, total } = await listAppeals(ctx.viewer, query);
  return paginate(rows, total, query, ctx.url);
});
