import type { Profile, User } from "@/db/schema";
import type { ProfileDto, UserDto } from "./schemas";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toProfileDto(profile: Profile): ProfileDto {
  return {
    bio: profile.bio,
    avatar_url: profile.avatarUrl,
    location: profile.location,
    website: profile.website,
    timezone: profile.timezone,
    links: profile.links,
    updated_at: profile.updatedAt.toISOString(),
  };
}

/** The API's user: never the password hash. */
export function toUserDto(user: User, profile: Profile): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    is_active: user.isActive,
    is_banned: user.isBanned,
    banned_at: iso(user.bannedAt),
    ban_reason: user.banReason,
    created_at: user.createdAt.toISOString(),
    last_login_at: iso(user.lastLoginAt),
    profile: toProfileDto(profile),
  };
}
