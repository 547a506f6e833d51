import { z } from "zod";
import { ACCESS } from "@/lib/auth/roles";
import { apiError, withRole } from "@/lib/http/api-route";
import { findReport } from "@/lib/reports/find-report";
import { printUrl } from "@/lib/reports/pdf/print-url";
import { recordReportDownload } from "@/lib/reports/pdf/record-report-download";
import { pdfPrinterProblem } from "@/lib/reports/pdf/pdf-printer";
import { renderPdf } from "@/lib/reports/pdf/render-pdf";

const paramsSchema = z.object({ reportId: z.uuid() });

/** A report as a PDF, printed by headless Chromium from its print view (a draft prints its preview). */
export const GET = withRole(
  ACCESS.reports,
  async (request, { params }: { params: Promise<{ reportId: string }> }, user) => {
    const { reportId } = paramsSchema.parse(await params);
    const report = await findReport(reportId);
    if (!report) return apiError(404, "not_found", "No report with this id.");
    const printerProblem = pdfPrinterProblem();
    if (printerProblem) return apiError(503, "pdf_unavailable", printerProblem);
    const pdf = await renderPdf(printUrl(request.url, report.id), report.title);
    await recordReportDownload(report.id, report.status, user.id);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${fileName(report.title)}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  },
);

const fileName = (title: string) =>
  title
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80) || "report";
