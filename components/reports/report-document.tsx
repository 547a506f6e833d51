import { describeN } from "@/components/compare/describe-n";
import type { ReportSnapshot } from "@/lib/reports/report-snapshot";
import { REPORT_SECTIONS, SECTION_TITLES } from "@/lib/reports/schemas";
import { AgreementFigures } from "./agreement-figures";
import { APPENDIX_TITLE, AppendixPart } from "./appendix-part";
import { describeFilters } from "./describe-filters";
import { MethodsPart } from "./methods-part";
import { reportCharts } from "./report-charts";
import { sectionBody } from "./section-body";
import styles from "./report.module.css";

interface Props {
  title: string;
  commentary: string;
  snapshot: ReportSnapshot;
  /** "published" says the numbers are frozen; "preview" that they were computed for this view. */
  state: "published" | "preview";
}

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** A report as its reader sees it, on screen, on a share link and in the PDF: one component for all three. */
export function ReportDocument({ title, commentary, snapshot, state }: Props) {
  const sections = REPORT_SECTIONS.flatMap((section) => {
    const body = sectionBody(snapshot, section);
    return body ? [{ section, body }] : [];
  });
  const charts = reportCharts(snapshot);
  return (
    <article className={styles.report} data-testid="report-document">
      <header className={styles.cover}>
        <p className={styles.kicker}>Framewise report · {snapshot.event.title}</p>
        <h1>{title}</h1>
        <p data-testid="computed-at">
          {state === "published"
            ? `Numbers computed at ${when(snapshot.computedAt)} and frozen on publication.`
            : `Preview: numbers computed now (${when(snapshot.computedAt)}); publishing stores them.`}
        </p>
        <p className={styles.muted}>{describeFilters(snapshot.filters, snapshot.outlets)}</p>
      </header>
      {commentary && (
        <section className={styles.commentary} aria-label="Commentary">
          {commentary.split(/\n\s*\n/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      )}
      <nav className={styles.toc} aria-labelledby="toc-heading">
        <h2 id="toc-heading">Contents</h2>
        <ol>
          {[
            ...sections.map(({ section }) => ({ id: section, title: SECTION_TITLES[section] })),
            { id: "methods", title: "Methods" },
            { id: "appendix", title: APPENDIX_TITLE },
          ].map(({ id, title }) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
              {/* Filled in by the PDF renderer once it knows the page each heading landed on; empty on screen. */}
              <span className={styles.tocPage} data-toc-page={title} />
            </li>
          ))}
        </ol>
      </nav>
      {sections.map(({ section, body }) => (
        <section key={section} id={section} className={styles.section} aria-labelledby={`${section}-heading`}>
          <h2 id={`${section}-heading`}>{SECTION_TITLES[section]}</h2>
          <p className={styles.n}>n: {typeof body.n === "string" ? body.n : describeN(body.n, body.unit)}</p>
          <AgreementFigures figures={snapshot.agreement[section]} />
          {body.render()}
        </section>
      ))}
      <MethodsPart snapshot={snapshot} />
      <AppendixPart charts={charts} />
    </article>
  );
}
