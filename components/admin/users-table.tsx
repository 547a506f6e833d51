import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import type { listUsers } from "@/lib/users/queries";

type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

export function UsersTable({ users }: { users: UserRow[] }) {
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Added</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{ROLE_LABELS[user.role]}</td>
              <td>{user.disabledAt ? `Disabled ${formatDate(user.disabledAt)}` : "Active"}</td>
              <td>{formatDate(user.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
