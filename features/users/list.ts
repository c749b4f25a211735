/** The admin API's user list (SPEC §7 `GET /api/v1/admin/users`): filters q, role, is_banned. */
import { and, count, desc, eq, ilike, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type User } from "@/db/schema";
import { assertAdmin } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import type { AdminUserDto, AdminUserListQuery } from "@/features/moderation/schemas";
import { likePattern } from "@/features/todos/list";
import { offsetOf } from "@/lib/api/pagination";

export function toAdminUserDto(user: User): AdminUserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    is_active: user.isActive,
    is_banned: user.isBanned,
    banned_at: user.bannedAt?.toISOString() ?? null,
    ban_reason: user.banReason,
    banned_by: user.bannedById,
    created_at: user.createdAt.toISOString(),
    last_login_at: user.lastLoginAt?.toISOString() ?? null,
  };
}

export async function listUsersForAdmin(viewer: Viewer, query: AdminUserListQuery): Promise<{ rows: AdminUserDto[]; total: number }> {
  assertAdmin(viewer);
  const where = and(
    query.q ? or(ilike(users.email, likePattern(query.q)), ilike(users.name, likePattern(query.q))) : undefined,
    query.role ? eq(users.role, query.role) : undefined,
    query.is_banned !== undefined ? eq(users.isBanned, query.is_banned) : undefined,
  );
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db.select().from(users).where(where).orderBy(desc(users.createdAt), desc(users.id)).limit(query.page_size).offset(offsetOf(query)),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows: rows.map(toAdminUserDto), total: total?.n ?? 0 };
}
