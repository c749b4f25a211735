import { count, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { todos, users } from "@/db/schema";

export interface PublicStats {
  users: number;
  todos: number;
}

/** The figures the landing page shows: public, so only totals. */
export async function getPublicStats(): Promise<PublicStats> {
  const db = getDb();
  const [[u], [t]] = await Promise.all([
    db.select({ n: count() }).from(users),
    db.select({ n: count() }).from(todos).where(isNull(todos.deletedAt)),
  ]);
  return { users: u?.n ?? 0, todos: t?.n ?? 0 };
}
