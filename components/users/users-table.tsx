import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import type { listUsers } from "@/lib/users/queries";
import { TableScroll } from "../admin/table-scroll";
import { DataTable } from "../ui/data-table";

type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

export function userStatus(user: Omit<UserRow, "invited"> & { invited?: boolean }): string {
  if (user.disabledAt) return `Disabled ${formatDate(user.disabledAt)}`;
  if (user.invited) return "Invited, no password yet";
  if (user.mustChangePassword) return "Must choose a password";
  return "Active";
}

export function UsersTable({ users }: { users: UserRow[] }) {
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">People</h2>
      <TableScroll>
        <DataTable
          label="People"
          columns={[{ label: "Name" }, { label: "Email" }, { label: "Role" }, { label: "Status" }, { label: "Added" }]}
        >
          {users.map((user) => (
            <tr key={user.id}>
              <td>
                <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
              </td>
              <td>{user.email}</td>
              <td>{ROLE_LABELS[user.role]}</td>
              <td>{userStatus(user)}</td>
              <td>{formatDate(user.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      </TableScroll>
    </section>
  );
}
