import { listTags } from "@/features/tags/data";
import { route } from "@/lib/api/handler";
import { PageQuery, paginate } from "@/lib/api/pagination";

export const GET = route("user", async (ctx) => {
  const query = ctx.query(PageQuery);
  const page = await listTags(ctx.viewer, query);
  return paginate(page.data, page.total, query, ctx.url);
});
