/** A row's history in the admin: its audit entries, newest first, with who made each change. */
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEntries, users } from "@/db/schema";
import { assertAdmin } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";

export interface HistoryEntry {
  id: string;
  action: "create" | "update" | "delete";
  source: string;
  actorEmail: string | null;
  changes: Record<string, [unknown, unknown]>;
  createdAt: Date;
}

export async function historyOf(viewer: Viewer, tableName: string, rowId: string, limit = 100): Promise<HistoryEntry[]> {
  assertAdmin(viewer);
  const rows = await getDb()
    .select({
      id: auditEntries.id,
      action: auditEntries.action,
      source: auditEntries.source,
      actorEmail: users.email,
      changes: auditEntries.changes,
      createdAt: auditEntries.createdAt,
    })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.actorId))
    .where(and(eq(auditEntries.tableName, tableName), eq(auditEntries.rowId, rowId)))
    .orderBy(desc(auditEntries.createdAt), desc(auditEntries.id))
    .limit(limit);
  return rows;
}
