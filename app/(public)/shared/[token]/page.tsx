import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ReportDocument } from "@/components/reports/report-document";
import { findSharedReport } from "@/lib/reports/share/find-shared-report";

type Props = { params: Promise<{ token: string }> };

// The token is the only key: no session is asked for, and the page never sends it on to another site.
const PRIVATE: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

async function sharedReport(token: string) {
  const parsed = tokenSchema.safeParse(token);
  return parsed.success ? findSharedReport(parsed.data) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const report = await sharedReport((await props.params).token);
  return { ...PRIVATE, title: report ? report.title : "Not found" };
}

export default async function SharedReportPage(props: Props) {
  const report = await sharedReport((await props.params).token);
  if (!report?.snapshot) notFound();
  return (
    <ReportDocument title={report.title} commentary={report.commentary} snapshot={report.snapshot} state="published" />
  );
}
