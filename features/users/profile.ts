import { eq } from "drizzle-orm";
import { getDb, transaction, type Executor } from "@/db/client";
import { profiles, users } from "@/db/schema";
import { assertUser } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { NotFoundError, parseInput } from "@/lib/errors";
import { updateRow, type Actor } from "@/lib/write-path";
import { toUserDto } from "./dto";
import { profileModel } from "./model";
import { UpdateProfileInput, type UserDto } from "./schemas";

/** The viewer with their profile (GET /api/v1/me, the profile page). */
export async function getMe(viewer: Viewer, ex: Executor = getDb()): Promise<UserDto> {
  assertUser(viewer);
  const [row] = await ex.select().from(users).innerJoin(profiles, eq(profiles.userId, users.id)).where(eq(users.id, viewer.id));
  if (!row) throw new NotFoundError();
  return toUserDto(row.users, row.profiles);
}

/** Changes the viewer's own profile; only the fields given. */
export async function updateProfile(viewer: Viewer, input: UpdateProfileInput, actor: Actor): Promise<UserDto> {
  assertUser(viewer);
  const data = parseInput(UpdateProfileInput, input);
  return transaction(async (tx) => {
    const [profile] = await tx.select().from(profiles).where(eq(profiles.userId, viewer.id)).for("update");
    if (!profile) throw new NotFoundError();
    await updateRow(
      tx,
      profileModel,
      profile.id,
      {
        ...(data.bio !== undefined && { bio: data.bio }),
        ...(data.avatar_url !== undefined && { avatarUrl: data.avatar_url }),
        ...(data.location !== undefined && { location: data.location }),
        ...(data.website !== undefined && { website: data.website }),
        ...(data.timezone !== undefined && { timezone: data.timezone }),
        ...(data.links !== undefined && { links: data.links }),
      },
      actor,
      { before: profile },
    );
    return getMe(viewer, tx);
  });
}
