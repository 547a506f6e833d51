import type { LoginLock } from "@/lib/auth/list-login-locks";
import { formatWait } from "@/lib/auth/format-wait";
import { formatDateTime, plural } from "@/lib/format";
import type { FormState } from "@/lib/forms";
import { TableScroll } from "../admin/table-scroll";
import { DataTable } from "../ui/data-table";
import { ClearLockButton } from "./clear-lock-button";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

function LockTable(props: { locks: LoginLock[]; kind: "account" | "address"; clear: Action }) {
  const [subject, others] = props.kind === "account" ? ["Account", "address"] : ["Address", "account"];
  return (
    <TableScroll>
      <DataTable
        label={`${subject}s made to wait`}
        columns={[
          { label: subject },
          { label: "Failed sign-ins" },
          { label: "Last" },
          { label: "Wait now" },
          { label: "" },
        ]}
      >
        {props.locks.map((lock) => (
          <tr key={lock.subject}>
            <td>{lock.subject}</td>
            <td>
              {lock.failures}, from {plural(lock.others, others, others === "address" ? "addresses" : "accounts")}
            </td>
            <td>{formatDateTime(lock.lastFailedAt)}</td>
            <td>{lock.waitSeconds > 0 ? formatWait(lock.waitSeconds) : "none now"}</td>
            <td>
              <ClearLockButton kind={props.kind} subject={lock.subject} clear={props.clear} />
            </td>
          </tr>
        ))}
      </DataTable>
    </TableScroll>
  );
}

/**
 * Accounts and addresses whose sign-ins are being slowed after failed passwords. Clearing one lets the next
 * attempt through at once; do it when the person has confirmed it was them.
 */
export function LoginLocks(props: { accounts: LoginLock[]; addresses: LoginLock[]; clear: Action }) {
  return (
    <section aria-labelledby="locks-heading">
      <h2 id="locks-heading">Slowed sign-ins</h2>
      <p className="muted">
        After failed passwords Framewise makes further attempts wait, longer after each failure. A person signing in
        from another place is not held back.
      </p>
      {props.accounts.length === 0 && props.addresses.length === 0 ? (
        <p className="card" data-testid="no-locks">
          No account or address has failed to sign in often enough to be slowed.
        </p>
      ) : (
        <>
          {props.accounts.length > 0 && <LockTable locks={props.accounts} kind="account" clear={props.clear} />}
          {props.addresses.length > 0 && <LockTable locks={props.addresses} kind="address" clear={props.clear} />}
        </>
      )}
    </section>
  );
}
