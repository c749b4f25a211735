import { listSessions } from "@/features/accounts/session-list";
import { route } from "@/lib/api/handler";
import { offsetOf, PageQuery, paginate } from "@/lib/api/pagination";

/** The caller's live devices (a handful, so paged in memory), this one first. */
export const GET = route("user", async (ctx) => {
  const q = ctx.query(PageQuery);
  const all = await listSessions(ctx.viewer);
  return paginate(all.slice(offsetOf(q), offsetOf(q) + q.page_size), all.length, q, ctx.url);
});
