import { z } from "zod";

export const Email = z
  .string({ message: "Enter an e-mail address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid e-mail address." }).max(254, "E-mail addresses are at most 254 characters."));

export const Password = z
  .string({ message: "Enter a password." })
  .min(8, "Use at least 8 characters.")
  .max(128, "Use at most 128 characters.");

export const Name = z
  .string({ message: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.");

export const Role = z.enum(["admin", "user"]);

export const CreateUserInput = z.object({
  email: Email,
  password: Password,
  name: Name,
  role: Role.default("user"),
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

const timezones = new Set(Intl.supportedValuesOf("timeZone"));
timezones.add("UTC");

export const Timezone = z
  .string({ message: "Choose a time zone." })
  .trim()
  .refine((tz) => timezones.has(tz), "Choose a time zone from the list (an IANA name such as Europe/Paris).");

const HttpUrl = z
  .url({ protocol: /^https?$/, message: "Enter a full web address starting with http:// or https://." })
  .max(2000, "Use at most 2,000 characters.");

/** PATCH /api/v1/me/profile and the profile form: every field optional; null clears a URL. */
export const UpdateProfileInput = z
  .object({
    bio: z.string().trim().max(2000, "Use at most 2,000 characters."),
    avatar_url: HttpUrl.nullable(),
    location: z.string().trim().max(100, "Use at most 100 characters."),
    website: HttpUrl.nullable(),
    timezone: Timezone,
    links: z.array(HttpUrl).max(10, "Add at most 10 links."),
  })
  .partial()
  .strict();
export type UpdateProfileInput = z.input<typeof UpdateProfileInput>;

export const ProfileDto = z.object({
  bio: z.string(),
  avatar_url: z.string().nullable(),
  location: z.string(),
  website: z.string().nullable(),
  timezone: z.string(),
  links: z.array(z.string()),
  updated_at: z.string(),
});
export type ProfileDto = z.infer<typeof ProfileDto>;

export const UserDto = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: Role,
  is_active: z.boolean(),
  is_banned: z.boolean(),
  banned_at: z.string().nullable(),
  ban_reason: z.string().nullable(),
  created_at: z.string(),
  last_login_at: z.string().nullable(),
  profile: ProfileDto,
});
export type UserDto = z.infer<typeof UserDto>;
