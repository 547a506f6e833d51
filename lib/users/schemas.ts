import { z } from "zod";
import { Role } from "../db/generated/enums.ts";
import { isCommonPassword } from "./common-passwords.ts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules.ts";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@example.org." }));

/**
 * A password someone chooses (ASVS 5.0 V6.2): at least 12 characters, up to 256 (any characters, spaces
 * included, never truncated), and not one of the most common passwords. No composition rules, no expiry.
 */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `Use a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(MAX_PASSWORD_LENGTH, { error: `Use a password of at most ${MAX_PASSWORD_LENGTH} characters.` })
  .refine((password) => !isCommonPassword(password), {
    error: "This password is one of the most common ones, which attackers try first. Choose another.",
  });

export const roleSchema = z.enum(Role, { error: `Choose a role: ${Object.values(Role).join(", ")}.` });

export const personSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, { error: "Enter the person's name." }).max(120),
  role: roleSchema,
});

export type Person = z.infer<typeof personSchema>;

export const newUserSchema = personSchema.extend({ password: newPasswordSchema });

export type NewUser = z.infer<typeof newUserSchema>;

const confirmedPassword = <Shape extends { newPassword: string; confirmPassword: string }>(input: Shape) =>
  input.newPassword === input.confirmPassword;
const CONFIRM_ERROR = { error: "The two new passwords differ. Type the same one twice.", path: ["confirmPassword"] };

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "Enter your current password." }).max(MAX_PASSWORD_LENGTH),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine(confirmedPassword, CONFIRM_ERROR);

export const setPasswordSchema = z
  .object({ token: z.string().min(1).max(200), newPassword: newPasswordSchema, confirmPassword: z.string() })
  .refine(confirmedPassword, CONFIRM_ERROR);

/** An admin adds a person either with a one-time link to choose a password or with a temporary password. */
export const addUserSchema = personSchema.extend({
  method: z.enum(["invite", "temporary"], { error: "Choose how the person gets their password." }),
});

export const resetMethodSchema = z.enum(["link", "temporary"]);
