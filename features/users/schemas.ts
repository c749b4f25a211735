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
