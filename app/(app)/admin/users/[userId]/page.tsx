import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { UserAccessForm } from "@/components/users/user-access-form";
import { UserRoleForm } from "@/components/users/user-role-form";
import { userStatus } from "@/components/users/users-table";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import { findUserForAdmin } from "@/lib/users/queries";
import { changeRoleAction, resetPasswordAction, setDisabledAction } from "../actions";

export const metadata: Metadata = { title: "Person" };

export default async function UserPage(props: { params: Promise<{ userId: string }> }) {
  const { userId } = await props.params;
  const admin = await requireRole(ACCESS.users, `/admin/users/${encodeURIComponent(userId)}`);
  const id = z.uuid().safeParse(userId);
  const user = id.success ? await findUserForAdmin(id.data) : null;
  if (!user) notFound();
  return (
    <>
      <header className="page-header">
        <p className="muted">
          <Link href="/admin/users">People</Link>
        </p>
        <h1>{user.name}</h1>
        <p className="muted">
          {user.email} · {userStatus(user)} · added {formatDate(user.createdAt)}
          {user.id === admin.id && " · this is you"}
        </p>
      </header>
      <div className="grid-2">
        <UserRoleForm role={user.role} save={changeRoleAction.bind(null, user.id)} />
        <UserAccessForm disabled={Boolean(user.disabledAt)} save={setDisabledAction.bind(null, user.id)} />
        <div className="span-2">
          <ResetPasswordForm email={user.email} reset={resetPasswordAction.bind(null, user.id)} />
        </div>
      </div>
    </>
  );
}
