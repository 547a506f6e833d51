import { recordAudit } from "../audit/record-audit.ts";
import { hashPassword } from "./password.ts";
import { NO_PASSWORD_YET } from "./no-password-yet.ts";
import type { Role } from "../db/generated/enums.ts";
import { db } from "../db/client.ts";
import type { NewUser } from "./schemas.ts";

export interface ActiveUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** What a session needs besides who the user is: the generation it must match, and a pending password change. */
export interface LoginUser extends ActiveUser {
  sessionGeneration: number;
  mustChangePassword: boolean;
}

const activeUserFields = { id: true, email: true, name: true, role: true } as const;
const loginUserFields = { ...activeUserFields, sessionGeneration: true, mustChangePassword: true } as const;

export function findUserForLogin(email: string) {
  return db().user.findFirst({
    where: { email, disabledAt: null },
    select: { ...loginUserFields, passwordHash: true },
  });
}

export function findActiveUser(id: string): Promise<LoginUser | null> {
  return db().user.findFirst({ where: { id, disabledAt: null }, select: loginUserFields });
}

/** Everyone with an account, for the admins' list; `invited` is true until the invitation's link was used. */
export async function listUsers() {
  const users = await db().user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { ...activeUserFields, disabledAt: true, createdAt: true, mustChangePassword: true, passwordHash: true },
  });
  return users.map(({ passwordHash, ...user }) => ({ ...user, invited: passwordHash === NO_PASSWORD_YET }));
}

export function findUserForAdmin(id: string) {
  return db().user.findUnique({
    where: { id },
    select: { ...activeUserFields, disabledAt: true, createdAt: true, mustChangePassword: true },
  });
}

export function countUsers(): Promise<number> {
  return db().user.count();
}

/** `actorId` is null when the system itself creates the user (first admin, demo seed). */
export async function createUser(input: NewUser, actorId: string | null): Promise<ActiveUser> {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: activeUserFields,
    });
    await recordAudit(tx, {
      actorId,
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role },
    });
    return user;
  });
}
