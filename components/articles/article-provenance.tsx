import Link from "next/link";
import type { ArticleDetails } from "@/lib/articles/find-article";
import { provenanceOf } from "@/lib/articles/provenance";
import { formatDateTime } from "@/lib/format";
import styles from "./article-page.module.css";

const SOURCE_KINDS: Record<string, string> = {
  paste: "Pasted text",
  html: "HTML file",
  url: "Web page (fetched by address)",
  feed: "RSS or Atom feed",
  csv: "CSV file",
  json: "JSON file",
  ndjson: "NDJSON file",
  demo: "Demo dataset",
};

/** How the article came in: the import's source, row and batch, who imported it and when. */
export function ArticleProvenance({ article, linkBatch }: { article: ArticleDetails; linkBatch: boolean }) {
  const provenance = provenanceOf(article.provenance);
  const kind = provenance.source ?? article.batch?.sourceKind;
  const name = provenance.name ?? article.batch?.sourceName;
  return (
    <section className="card" aria-labelledby="provenance-heading">
      <h2 id="provenance-heading">Where it came from</h2>
      <dl className={styles.facts}>
        <dt>Source</dt>
        <dd>{kind ? (SOURCE_KINDS[kind] ?? kind) : "Not recorded"}</dd>
        {name && (
          <>
            <dt>File or address</dt>
            <dd className={styles.breakable}>
              <bdi>{name}</bdi>
              {provenance.row !== undefined && `, row ${provenance.row}`}
            </dd>
          </>
        )}
        {provenance.siteName && (
          <>
            <dt>Site name</dt>
            <dd>
              <bdi>{provenance.siteName}</bdi>
            </dd>
          </>
        )}
        <dt>Import batch</dt>
        <dd>
          {!article.batch ? (
            "None (loaded directly)"
          ) : linkBatch ? (
            <Link href={`/import/${article.batch.id}`}>View the import</Link>
          ) : (
            <code title={article.batch.id}>{article.batch.id.slice(0, 8)}</code>
          )}
        </dd>
        <dt>Imported by</dt>
        <dd>{article.batch?.createdBy?.name ?? "Not recorded"}</dd>
        <dt>Imported at</dt>
        <dd>{formatDateTime(article.importedAt)}</dd>
      </dl>
    </section>
  );
}
