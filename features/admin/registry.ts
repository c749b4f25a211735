/**
 * Every table the admin shows, in navigation order. Adding a table to the admin: write its
 * `features/<entity>/admin.ts` and add it to this list (docs/admin.md).
 */
import { allowedWordsAdmin } from "@/features/allowed-words/admin";
import { auditEntriesAdmin } from "@/features/audit-entries/admin";
import { banAppealsAdmin } from "@/features/ban-appeals/admin";
import { bannedWordsAdmin } from "@/features/banned-words/admin";
import { eventsAdmin } from "@/features/events/admin";
import { mailOutboxAdmin } from "@/features/mail-outbox/admin";
import { moderationLogsAdmin } from "@/features/moderation-logs/admin";
import { profilesAdmin } from "@/features/profiles/admin";
import { sessionsAdmin } from "@/features/sessions/admin";
import { tagsAdmin } from "@/features/tags/admin";
import { todosAdmin } from "@/features/todos/admin";
import { usersAdmin } from "@/features/users/admin";
import { webhookDeliveriesAdmin } from "@/features/webhook-deliveries/admin";
import { webhookSubscriptionsAdmin } from "@/features/webhook-subscriptions/admin";
import type { ResolvedAdmin } from "@/lib/admin/define";
import { NotFoundError } from "@/lib/errors";

export const registry: ResolvedAdmin[] = [
  usersAdmin,
  profilesAdmin,
  sessionsAdmin,
  todosAdmin,
  tagsAdmin,
  bannedWordsAdmin,
  allowedWordsAdmin,
  moderationLogsAdmin,
  banAppealsAdmin,
  auditEntriesAdmin,
  eventsAdmin,
  webhookSubscriptionsAdmin,
  webhookDeliveriesAdmin,
  mailOutboxAdmin,
];

const bySlug = new Map(registry.map((admin) => [admin.slug, admin]));
const byTable = new Map(registry.map((admin) => [admin.tableName, admin]));

export function getAdmin(slug: string): ResolvedAdmin {
  const admin = bySlug.get(slug);
  if (!admin) throw new NotFoundError();
  return admin;
}

/** The registration of a database table, to link rows of other tables (e.g. an owner id to its user). */
export function adminOfTable(tableName: string): ResolvedAdmin | undefined {
  return byTable.get(tableName);
}

export function navigation(): { group: string; items: { slug: string; title: string }[] }[] {
  const groups = new Map<string, { slug: string; title: string }[]>();
  for (const admin of registry) {
    const group = admin.reg.group ?? "Other";
    groups.set(group, [...(groups.get(group) ?? []), { slug: admin.slug, title: admin.reg.title }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}
