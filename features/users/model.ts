import { profiles, users } from "@/db/schema";
import { defineModel } from "@/lib/write-path";

export const userModel = defineModel({
  table: users,
  name: "user",
  redact: ["passwordHash"],
  audience: (row) => row.id,
  constraints: {
    users_email_lower_key: { field: "email", message: "A user with this e-mail already exists." },
  },
});

export const profileModel = defineModel({
  table: profiles,
  name: "profile",
  audience: (row) => row.userId,
  constraints: {
    profiles_user_id_key: { field: "user_id", message: "This user already has a profile." },
  },
});
