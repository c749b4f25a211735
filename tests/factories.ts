/** Factories shared by tests, browser fixtures and (where useful) the seed. */
import { randomUUID } from "node:crypto";
import type { User } from "@/db/schema";
import type { Viewer } from "@/features/accounts/viewer";
import { createUser } from "@/features/users/data";
import type { Actor } from "@/lib/write-path";

export const testActor: Actor = { userId: null, source: "system", requestId: "test" };

export const DEFAULT_PASSWORD = "correct-horse-battery";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
}

export async function makeUser(overrides: { email?: string; name?: string; role?: "admin" | "user"; password?: string } = {}): Promise<User> {
  return createUser(
    {
      email: overrides.email ?? uniqueEmail(overrides.role ?? "user"),
      name: overrides.name ?? "Test User",
      password: overrides.password ?? DEFAULT_PASSWORD,
      role: overrides.role ?? "user",
    },
    testActor,
  );
}

/** A Viewer (who is asking) for a user, as the DAL receives it from a session or a token. */
export function makeViewer(user: Pick<User, "id" | "email" | "name" | "role" | "isBanned" | "banReason">): Viewer {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    isBanned: user.isBanned,
    banReason: user.banReason,
    sessionId: randomUUID(),
    via: "session",
  };
}
