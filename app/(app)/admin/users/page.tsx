import type { Metadata } from "next";
import Link from "next/link";
import { AddUserForm } from "@/components/users/add-user-form";
import { LoginLocks } from "@/components/users/login-locks";
import { UsersTable } from "@/components/users/users-table";
import { requireRole } from "@/lib/auth/guard";
import { listLoginLocks } from "@/lib/auth/list-login-locks";
import { ACCESS } from "@/lib/auth/roles";
import { listUsers } from "@/lib/users/queries";
import { addUserAction, clearLockAction } from "./actions";

export const metadata: Metadata = { title: "People" };

export default async function UsersPage() {
  await requireRole(ACCESS.users, "/admin/users");
  const [users, locks] = await Promise.all([listUsers(), listLoginLocks()]);
  return (
    <>
      <header className="page-header">
        <p className="muted">
          <Link href="/admin">Admin</Link>
        </p>
        <h1>People</h1>
        <p className="muted">
          Who can sign in, with which role. Open a person to change their role, reset their password or disable them;
          every change is recorded in the audit log.
        </p>
      </header>
      <AddUserForm add={addUserAction} />
      <UsersTable users={users} />
      <LoginLocks accounts={locks.accounts} addresses={locks.addresses} clear={clearLockAction} />
    </>
  );
}
