import { AdminUserListQuery } from "@/features/moderation/schemas";
import { listUsersForAdmin } from "@/features/users/list";
import { route } from "@/lib/api/handler";
import { paginate } from "@/lib/api/pagination";

export const GET = route("admin", async (ctx) => {
  const query = ctx.query(AdminUserListQuery);
  const { rows, total } = await listUsersForAdmin(ctx.viewer, query);
  return paginate(rows, total, query, ctx.url);
});
