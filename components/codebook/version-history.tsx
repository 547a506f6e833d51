import Link from "next/link";
import type { CodebookVersionSummary } from "@/lib/codebook/queries/list-codebook-versions";
import { formatDateTime } from "@/lib/format";
import { DataTable } from "../ui/data-table";
import { TableScroll } from "../admin/table-scroll";
import styles from "./codebook.module.css";

const COLUMNS = [
  { label: "Version" },
  { label: "Published" },
  { label: "By" },
  { label: "Categories", numeric: true },
  { label: "Tags", numeric: true },
  { label: "Notes" },
];

/** Every published version, newest first, each linking to its frozen categories. */
export function VersionHistory({ versions }: { versions: CodebookVersionSummary[] }) {
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Version history</h2>
      <p className="muted small">Published versions never change; each tag keeps the version it was made under.</p>
      <TableScroll>
        <DataTable columns={COLUMNS} label="Codebook versions">
          {versions.map((version, index) => (
            <tr key={version.version}>
              <td>
                <Link href={`/admin/codebook/versions/${version.version}`}>Version {version.version}</Link>
                {index === 0 && <span className={`muted small ${styles.newest}`}>new tags use it</span>}
              </td>
              <td>{formatDateTime(version.publishedAt)}</td>
              <td>{version.publishedBy ?? "Shipped with Framewise"}</td>
              <td className="numeric">{version.categoryCount}</td>
              <td className="numeric">{version.tagCount}</td>
              <td>{version.notes}</td>
            </tr>
          ))}
        </DataTable>
      </TableScroll>
    </section>
  );
}
