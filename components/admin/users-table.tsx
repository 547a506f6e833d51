import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import type { listUsers } from "@/lib/users/queries";
import { DataTable } from "../ui/data-table";
import { TableScroll } from "./table-scroll";

type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

export function UsersTable({ users }: { users: UserRow[] }) {
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      <TableScroll>
        <DataTable
          columns={[{ label: "Name" }, { label: "Email" }, { label: "Role" }, { label: "Status" }, { label: "Added" }]}
        >
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{ROLE_LABELS[user.role]}</td>
              <td>{user.disabledAt ? `Disabled ${formatDate(user.disabledAt)}` : "Active"}</td>
              <td>{formatDate(user.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      </TableScroll>
    </section>
  );
}
