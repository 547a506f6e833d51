import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listReports } from "@/lib/reports/list-reports";

export const metadata: Metadata = { title: "Reports" };

const day = (date: Date) => date.toISOString().slice(0, 10);

export default async function ReportsPage() {
  await requireRole(ACCESS.reports, "/reports");
  const reports = await listReports();
  return (
    <>
      <header className="page-header">
        <h1>Reports</h1>
        <p className="muted">
          A report carries an event&apos;s comparison to readers without a login: as a page behind a share link, or as a
          PDF. Make one with <strong>Make a report</strong> on an event&apos;s comparison. The data itself leaves
          through <Link href="/reports/exports">Data exports</Link>.
        </p>
      </header>
      {reports.length === 0 ? (
        <EmptyState title="No reports yet">
          <p>
            Open an event&apos;s comparison from <Link href="/compare">Compare</Link>, set the outlets, dates and basis
            you want, and choose <strong>Make a report</strong>: the report keeps those filters.
          </p>
        </EmptyState>
      ) : (
        <div className="card" style={{ overflowX: "auto" }}>
          <table className="table" data-testid="reports-table">
            <thead>
              <tr>
                <th scope="col">Report</th>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((report) => (
                <tr key={report.id}>
                  <th scope="row">
                    <Link href={`/reports/${report.id}`}>{report.title}</Link>
                  </th>
                  <td>{report.eventTitle}</td>
                  <td>{report.status === "PUBLISHED" ? `Published ${day(report.publishedAt!)}` : "Draft"}</td>
                  <td>{day(report.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
