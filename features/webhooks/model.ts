import { webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { defineModel } from "@/lib/write-path";

export const webhookModel = defineModel({ table: webhookSubscriptions, name: "webhook", redact: ["secret"] });
export const webhookDeliveryModel = defineModel({ table: webhookDeliveries, name: "webhook_delivery" });
