import { route } from "@/lib/api/handler";
import { PageQuery, paginate } from "@/lib/api/pagination";
import { json } from "@/lib/api/respond";
import { createWebhook, listWebhooks } from "@/features/webhooks/data";
import { CreateWebhookInput } from "@/features/webhooks/schemas";

export const GET = route("admin", async ({ viewer, query, url }) => {
  const page = query(PageQuery);
  const { rows, total } = await listWebhooks(viewer, page);
  return paginate(rows, total, page, url);
});

export const POST = route("admin", async ({ viewer, body, actor }) => {
  return json(await createWebhook(viewer, await body(CreateWebhookInput), actor), 201);
});
