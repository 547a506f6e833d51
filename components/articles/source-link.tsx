import { linkableSourceUrl } from "@/lib/articles/source-url";
import styles from "./article-page.module.css";

/** The original page, opened apart from Framewise and without passing on who sent the reader. */
export function SourceLink({ url }: { url: string | null }) {
  const source = linkableSourceUrl(url);
  if (!source) return url ? <bdi className="muted">{url}</bdi> : <span className="muted">No address recorded</span>;
  return (
    <a href={source.href} target="_blank" rel="noopener noreferrer nofollow">
      <bdi>{source.hostname.replace(/^www\./, "")}</bdi> ↗
      <span className={styles.visuallyHidden}> (opens in a new tab)</span>
    </a>
  );
}
