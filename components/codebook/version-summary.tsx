import { formatDateTime } from "@/lib/format";
import styles from "./codebook.module.css";

interface VersionSummaryProps {
  version: number;
  publishedAt: Date;
  publishedBy: string | null;
  notes: string | null;
}

/** Which version is in use, when and by whom it was published, and why. */
export function VersionSummary({ version, publishedAt, publishedBy, notes }: VersionSummaryProps) {
  return (
    <dl className={styles.summary}>
      <div>
        <dt>Version</dt>
        <dd data-testid="current-version">{version}</dd>
      </div>
      <div>
        <dt>Published</dt>
        <dd>{formatDateTime(publishedAt)}</dd>
      </div>
      <div>
        <dt>By</dt>
        <dd>{publishedBy ?? "Shipped with Framewise"}</dd>
      </div>
      {notes && (
        <div className={styles.notes}>
          <dt>Notes</dt>
          <dd>{notes}</dd>
        </div>
      )}
    </dl>
  );
}
