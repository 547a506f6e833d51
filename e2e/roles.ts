import type { Role } from "../lib/auth/roles.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users.ts";

export const PASSWORD = DEMO_PASSWORD;

export function demoUser(role: Role) {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`No demo user with role ${role}`);
  return user;
}

export const storageStateFor = (role: Role) => `e2e/.auth/${role.toLowerCase()}.json`;
