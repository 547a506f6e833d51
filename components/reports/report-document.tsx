import type { ReactNode } from "react";
import { describeN } from "@/components/compare/describe-n";
import type { ChartN } from "@/lib/analytics/chart-n";
import type { ReportSnapshot } from "@/lib/reports/report-snapshot";
import { REPORT_SECTIONS, SECTION_TITLES, type ReportSection } from "@/lib/reports/schemas";
import { AgreementFigures } from "./agreement-figures";
import { AppendixPart } from "./appendix-part";
import { ClaimsPart } from "./claims-part";
import { describeFilters } from "./describe-filters";
import { FramesPart } from "./frames-part";
import { MethodsPart } from "./methods-part";
import { NamingPart } from "./naming-part";
import { reportCharts } from "./report-charts";
import styles from "./report.module.css";
import { VoicesPart } from "./voices-part";

interface Props {
  title: string;
  commentary: string;
  snapshot: ReportSnapshot;
  /** "published" says the numbers are frozen; "preview" that they were computed for this view. */
  state: "published" | "preview";
}

type Body = { n: ChartN; unit?: string; render: () => ReactNode };

function sectionBody(snapshot: ReportSnapshot, section: ReportSection): Body | null {
  const { voices, naming, claims, frames } = snapshot.sections;
  if (section === "voices" && voices)
    return { n: voices.voices.n, render: () => <VoicesPart snapshot={snapshot} data={voices} /> };
  if (section === "naming" && naming)
    return { n: naming.names.n, unit: "namings", render: () => <NamingPart snapshot={snapshot} data={naming} /> };
  if (section === "claims" && claims)
    return { n: claims.claims.n, unit: "claim links", render: () => <ClaimsPart snapshot={snapshot} data={claims} /> };
  if (section === "frames" && frames)
    return { n: frames.mix.n, unit: "frame tags", render: () => <FramesPart snapshot={snapshot} data={frames} /> };
  return null;
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
          {sections.map(({ section }) => (
            <li key={section}>
              <a href={`#${section}`}>{SECTION_TITLES[section]}</a>
            </li>
          ))}
          <li>
            <a href="#methods">Methods</a>
          </li>
          <li>
            <a href="#appendix">Appendix: the tables behind the charts</a>
          </li>
        </ol>
      </nav>
      {sections.map(({ section, body }) => (
        <section key={section} id={section} className={styles.section} aria-labelledby={`${section}-heading`}>
          <h2 id={`${section}-heading`}>{SECTION_TITLES[section]}</h2>
          <p className={styles.n}>n: {describeN(body.n, body.unit)}</p>
          <AgreementFigures figures={snapshot.agreement[section]} />
          {body.render()}
        </section>
      ))}
      <MethodsPart snapshot={snapshot} />
      <AppendixPart charts={charts} />
    </article>
  );
}
