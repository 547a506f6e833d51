import { z } from "zod";
import { Role } from "../db/generated/enums.ts";
import { MIN_PASSWORD_LENGTH } from "./password.ts";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@example.org." }));

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, { error: "Enter the person's name." }).max(120),
  role: z.enum(Role, { error: `Choose a role: ${Object.values(Role).join(", ")}.` }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `Use a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
    .max(256),
});

export type NewUser = z.infer<typeof newUserSchema>;
