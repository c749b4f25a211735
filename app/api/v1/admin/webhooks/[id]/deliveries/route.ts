import { route } from "@/lib/api/handler";
import { PageQuery, paginate } from "@/lib/api/pagination";
import { listDeliveries } from "@/features/webhooks/data";

export const GET = route<{ id: string }>("admin", async ({ viewer, params, query, url }) => {
  const page = query(PageQuery);
  const { rows, total } = await listDeliveries(viewer, params.id, page);
  return paginate(rows, total, page, url);
});
