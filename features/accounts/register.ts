import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { profiles } from "@/db/schema";
import { toUserDto } from "@/features/users/dto";
import { createUser } from "@/features/users/data";
import type { UserDto } from "@/features/users/schemas";
import { parseInput } from "@/lib/errors";
import { enforceAuthLimit } from "@/lib/rate-limit";
import type { Source } from "@/lib/write-path";
import type { RequestMeta } from "./request-meta";
import { RegisterInput } from "./schemas";

/**
 * Open registration (always the `user` role). A taken e-mail is a 422 on `email`: open
 * sign-up cannot hide it (docs/decisions/0010-accounts-sessions-and-tokens.md), so
 * the per-address and per-account rate limit is what keeps it from being a cheap oracle.
 */
export async function registerUser(input: RegisterInput, meta: RequestMeta, source: Source): Promise<UserDto> {
  const data = parseInput(RegisterInput, input);
  await enforceAuthLimit(meta.ip, data.email);
  const user = await createUser({ ...data, role: "user" }, { userId: null, source, requestId: meta.requestId });
  const [profile] = await getDb().select().from(profiles).where(eq(profiles.userId, user.id));
  return toUserDto(user, profile!);
}
