import type { Prisma } from "../db/generated/client.ts";
import { DEFAULT_CONTENT, reportContentSchema, type ReportContent } from "./schemas.ts";

/** A stored report's content, checked; content written by an older shape falls back to every section, no filters. */
export function readReportContent(json: Prisma.JsonValue): ReportContent {
  const parsed = reportContentSchema.safeParse(json);
  return parsed.success ? parsed.data : DEFAULT_CONTENT;
}
