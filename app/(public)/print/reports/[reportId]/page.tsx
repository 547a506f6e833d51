import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ReportDocument } from "@/components/reports/report-document";
import { findReport } from "@/lib/reports/find-report";
import { verifyPrintKey } from "@/lib/reports/pdf/print-key";
import { reportNumbers } from "@/lib/reports/report-numbers";

type Props = { params: Promise<{ reportId: string }>; searchParams: Promise<{ key?: string | string[] }> };

export const metadata: Metadata = { title: "Print", robots: { index: false, follow: false } };

/** The page the PDF renderer prints: opened with a short-lived signed key, never with a session. */
export default async function PrintReportPage(props: Props) {
  const [{ reportId }, { key }] = await Promise.all([props.params, props.searchParams]);
  const id = z.uuid().safeParse(reportId);
  if (!id.success || typeof key !== "string" || !verifyPrintKey(id.data, key)) notFound();
  const report = await findReport(id.data);
  if (!report) notFound();
  return (
    <ReportDocument
      title={report.title}
      commentary={report.commentary}
      snapshot={await reportNumbers(report)}
      state={report.snapshot ? "published" : "preview"}
    />
  );
}
