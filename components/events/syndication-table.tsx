import type { LinkedArticle, SyndicationLink } from "@/lib/events/syndication-links";
import { formatDate, formatPercent } from "@/lib/format";
import { ArticleLink } from "../articles/article-link";
import { DataTable } from "../ui/data-table";
import { EventLink } from "./event-link";
import styles from "./syndication-table.module.css";

/** Which articles rerun which: each original with the copies of it, and how alike their texts are. */
export function SyndicationTable({ links, eventId }: { links: SyndicationLink[]; eventId: string }) {
  const byOriginal = new Map<string, { original: LinkedArticle; copies: SyndicationLink[] }>();
  for (const link of links) {
    const group = byOriginal.get(link.original.id) ?? { original: link.original, copies: [] };
    byOriginal.set(link.original.id, { ...group, copies: [...group.copies, link] });
  }
  return (
    <section className="card" aria-labelledby="syndication-heading">
      <h2 id="syndication-heading">Syndicated copies</h2>
      {links.length === 0 ? (
        <p className="muted">No article in this event reruns another outlet&'apos;s text, and none is rerun.</p>
      ) : (
        <>
          <p className="muted small">
            A copy is another outlet&apos;s story rerun with small edits, found by comparing the texts. Similarity is
            the estimated overlap of the two texts&apos; runs of words.
          </p>
          <div className={styles.scroll}>
            <DataTable
              label="Syndicated copies and their originals"
              columns={[{ label: "Original" }, { label: "Copies" }]}
            >
              {[...byOriginal.values()].map(({ original, copies }) => (
                <tr key={original.id}>
                  <td>
                    <LinkedArticleCell article={original} eventId={eventId} />
                  </td>
                  <td>
                    <ul className={styles.copies}>
                      {copies.map(({ copy, similarity }) => (
                        <li key={copy.id}>
                          <LinkedArticleCell article={copy} eventId={eventId} similarity={similarity} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </DataTable>
          </div>
        </>
      )}
    </section>
  );
}

function LinkedArticleCell(props: { article: LinkedArticle; eventId: string; similarity?: number | null }) {
  const { article, eventId } = props;
  return (
    <>
      <ArticleLink article={article} />
      <div className="muted small">
        <bdi>{article.outletName}</bdi> · {formatDate(article.publishedAt)}
        {props.similarity !== undefined && ` · ${formatPercent(props.similarity)} similar`}
        {article.event?.id !== eventId &&
          (article.event ? (
            <>
              {" "}
              · in <EventLink event={article.event} />
            </>
          ) : (
            " · not filed under an event"
          ))}
      </div>
    </>
  );
}
