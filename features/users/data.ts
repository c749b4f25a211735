import { count, eq, sql } from "drizzle-orm";
import { getDb, transaction, type Executor, type Tx } from "@/db/client";
import { users, type User } from "@/db/schema";
import { parseInput } from "@/lib/errors";
import { hashPassword } from "@/lib/password";
import { createRow, type Actor } from "@/lib/write-path";
import { profileModel, userModel } from "./model";
import { CreateUserInput } from "./schemas";

/** Creates a user and, in the same transaction, its profile (Django's post_save signal). */
export async function createUser(input: CreateUserInput, actor: Actor, tx?: Tx): Promise<User> {
  const data = parseInput(CreateUserInput, input);
  const passwordHash = await hashPassword(data.password);
  const run = async (t: Tx) => {
    const { after: user } = await createRow(t, userModel, { email: data.email, name: data.name, role: data.role, passwordHash }, actor);
    await createRow(t, profileModel, { userId: user.id }, actor);
    return user;
  };
  return tx ? run(tx) : transaction(run);
}

export async function findUserByEmail(email: string, ex: Executor = getDb()): Promise<User | null> {
  const [user] = await ex
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return user ?? null;
}

export async function countUsers(ex: Executor = getDb()): Promise<number> {
  const [row] = await ex.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
