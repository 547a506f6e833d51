import Link from "next/link";
import type { listOutletsWithArticleCounts } from "@/lib/outlets/queries";
import { DataTable } from "../ui/data-table";
import styles from "./outlets-table.module.css";
import { TableScroll } from "./table-scroll";

type OutletRow = Awaited<ReturnType<typeof listOutletsWithArticleCounts>>[number];

export function OutletsTable({ outlets }: { outlets: OutletRow[] }) {
  return (
    <section aria-labelledby="outlets-heading">
      <h2 id="outlets-heading">Outlets</h2>
      {outlets.length === 0 ? (
        <p className="muted">No outlets yet: they are created when their first article is imported.</p>
      ) : (
        <TableScroll>
          <DataTable
            columns={[
              { label: "Outlet" },
              { label: "Domains" },
              { label: "Country" },
              { label: "Language" },
              { label: "Notes" },
              { label: "Articles", numeric: true },
            ]}
          >
            {outlets.map((outlet) => (
              <tr key={outlet.id}>
                <td className={styles.outlet}>
                  <Link href={`/admin/outlets/${outlet.id}`}>{outlet.name}</Link>
                  {outlet.aliases.length > 0 && (
                    <div className="muted small">Also called {outlet.aliases.join(", ")}</div>
                  )}
                </td>
                <td>{outlet.domains.map((d) => d.domain).join(", ")}</td>
                <td>{outlet.country ?? "—"}</td>
                <td>{outlet.language ?? "—"}</td>
                <td className={`small ${styles.notes}`}>{outlet.notes ?? ""}</td>
                <td className="numeric">{outlet._count.articles}</td>
              </tr>
            ))}
          </DataTable>
        </TableScroll>
      )}
    </section>
  );
}
