import { recordAudit } from "../audit/record-audit.ts";
import { hashPassword } from "./password.ts";
import type { Role } from "../db/generated/enums.ts";
import { db } from "../db/client.ts";
import type { NewUser } from "./schemas.ts";

export interface ActiveUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const activeUserFields = { id: true, email: true, name: true, role: true } as const;

export function findUserForLogin(email: string) {
  return db().user.findFirst({
    where: { email, disabledAt: null },
    select: { ...activeUserFields, passwordHash: true },
  });
}

export function findActiveUser(id: string): Promise<ActiveUser | null> {
  return db().user.findFirst({ where: { id, disabledAt: null }, select: activeUserFields });
}

export function listUsers() {
  return db().user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { ...activeUserFields, disabledAt: true, createdAt: true },
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
