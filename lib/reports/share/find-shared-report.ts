import { db } from "../../db/client.ts";
import { STORED_REPORT_FIELDS, toStoredReport, type StoredReport } from "../find-report.ts";
import { hashShareToken } from "./share-token.ts";

/** The published report a share token opens, or null: unknown, revoked, expired, or the report is not published. */
export async function findSharedReport(token: string): Promise<StoredReport | null> {
  const link = await db().reportShareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { revokedAt: true, expiresAt: true, report: { select: STORED_REPORT_FIELDS } },
  });
  if (!link || link.revokedAt || (link.expiresAt && link.expiresAt.getTime() <= Date.now())) return null;
  if (link.report.status !== "PUBLISHED" || !link.report.snapshot) return null;
  return toStoredReport(link.report);
}
