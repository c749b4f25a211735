import { route } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { markForRedelivery } from "@/features/webhooks/data";
import { enqueueDelivery } from "@/features/webhooks/queue";

export const POST = route<{ id: string }>("admin", async ({ viewer, params, actor }) => {
  const delivery = await markForRedelivery(viewer, params.id, actor);
  await enqueueDelivery(delivery.id);
  return json(delivery, 202);
});
