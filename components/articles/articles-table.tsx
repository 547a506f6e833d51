import Link from "next/link";
import type { ArticleListRow } from "@/lib/articles/search-articles";
import { formatDate, formatDateTime } from "@/lib/format";
import { EventLink } from "../events/event-link";
import { DataTable } from "../ui/data-table";
import { ArticleLink } from "./article-link";
import styles from "./articles-table.module.css";
import { SearchSnippet } from "./search-snippet";

export function ArticlesTable({ rows }: { rows: ArticleListRow[] }) {
  return (
    <div className={styles.scroll}>
      <DataTable
        label="Articles"
        columns={[
          { label: "Title" },
          { label: "Outlet" },
          { label: "Event" },
          { label: "Published" },
          { label: "Imported" },
          { label: "Words", numeric: true },
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <td className={styles.title}>
              <ArticleLink article={row} />
              {row.byline && (
                <div className="muted small">
                  <bdi>{row.byline}</bdi>
                </div>
              )}
              {row.copied_from_id && (
                <div className="muted small">
                  Syndicated copy of{" "}
                  <Link href={`/articles/${row.copied_from_id}`}>
                    <bdi>{row.copied_from_outlet}</bdi>&apos;s story
                  </Link>
                </div>
              )}
              {row.snippet && <SearchSnippet snippet={row.snippet} />}
            </td>
            <td>
              <bdi>{row.outlet_name}</bdi>
            </td>
            <td>
              {row.event_id && row.event_title ? (
                <EventLink event={{ id: row.event_id, title: row.event_title }} />
              ) : (
                <span className="muted">Not filed</span>
              )}
            </td>
            <td className={styles.nowrap}>{formatDate(row.published_at)}</td>
            <td className={`small ${styles.nowrap} ${styles.secondary}`}>{formatDateTime(row.imported_at)}</td>
            <td className={`numeric ${styles.secondary}`}>{row.word_count}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
