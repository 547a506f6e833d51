import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DraftActions } from "@/components/reports/draft-actions";
import { ReportDocument } from "@/components/reports/report-document";
import { ReportEditor } from "@/components/reports/report-editor";
import { ShareLinks } from "@/components/reports/share-links";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { findReport } from "@/lib/reports/find-report";
import { pdfPrinterProblem } from "@/lib/reports/pdf/pdf-printer";
import { reportNumbers } from "@/lib/reports/report-numbers";
import { listShareLinks } from "@/lib/reports/share/list-share-links";
import {
  createShareLinkAction,
  deleteReportAction,
  publishReportAction,
  revokeShareLinkAction,
  saveReportAction,
} from "../actions";
import styles from "./report-page.module.css";

type Props = { params: Promise<{ reportId: string }> };

async function reportFor(reportId: string) {
  await requireRole(ACCESS.reports, `/reports/${encodeURIComponent(reportId)}`);
  const id = z.uuid().safeParse(reportId);
  return id.success ? findReport(id.data) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const report = await reportFor((await props.params).reportId);
  return { title: report ? `Report: ${report.title}` : "Report not found" };
}

export default async function ReportPage(props: Props) {
  const report = await reportFor((await props.params).reportId);
  if (!report) notFound();
  const [numbers, links] = await Promise.all([reportNumbers(report), listShareLinks(report.id)]);
  const published = report.status === "PUBLISHED";
  const printerProblem = pdfPrinterProblem();
  return (
    <>
      <header className="page-header">
        <p className="muted">
          <Link href="/reports">Reports</Link> ·{" "}
          <Link href={`/events/${report.eventId}/compare`}>{report.eventTitle}</Link>
        </p>
        <h1>{published ? report.title : `Draft: ${report.title}`}</h1>
        <div className={styles.actions}>
          {printerProblem ? (
            <p className="muted small" role="note">
              No PDF download here: {printerProblem}
            </p>
          ) : (
            <a href={`/api/reports/${report.id}/pdf`} download className="link-button">
              Download PDF
            </a>
          )}
        </div>
      </header>
      {published ? (
        <ShareLinks
          links={links}
          create={createShareLinkAction.bind(null, report.id)}
          revoke={revokeShareLinkAction.bind(null, report.id)}
        />
      ) : (
        <section className="card" aria-label="Draft">
          <ReportEditor key={report.revision} report={report} save={saveReportAction.bind(null, report.id)} />
          <DraftActions
            revision={report.revision}
            publish={publishReportAction.bind(null, report.id)}
            remove={deleteReportAction.bind(null, report.id)}
          />
        </section>
      )}
      <section className={`card ${styles.document}`} aria-label={published ? "Published report" : "Preview"}>
        <ReportDocument
          title={report.title}
          commentary={report.commentary}
          snapshot={numbers}
          state={published ? "published" : "preview"}
        />
      </section>
    </>
  );
}
