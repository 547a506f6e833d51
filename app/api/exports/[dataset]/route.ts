import { Readable } from "node:stream";
import { parseFilterSearch } from "@/lib/analytics/filters";
import { ACCESS } from "@/lib/auth/roles";
import { apiError, withRole } from "@/lib/http/api-route";
import { CONTENT_TYPES } from "@/lib/exports/datasets";
import { exportDataset } from "@/lib/exports/export-dataset";
import { ExportError } from "@/lib/exports/export-error";
import { exportRequestSchema } from "@/lib/exports/schemas";

type Context = { params: Promise<{ dataset: string }> };

/**
 * A dataset as CSV, JSON or NDJSON: /api/exports/<dataset>?event=<id>&format=csv[&pseudonymise=1], streamed.
 * event=all (every event) is for admins. Chart and claim exports take the comparison's filters too.
 */
export const GET = withRole(ACCESS.exportData, async (request, { params }: Context, user) => {
  const search = new URL(request.url).searchParams;
  const input = exportRequestSchema.parse({
    dataset: (await params).dataset,
    event: search.get("event") ?? undefined,
    format: search.get("format") ?? undefined,
    pseudonymise: search.get("pseudonymise") ?? undefined,
  });
  if (input.event === "all" && user.role !== "ADMIN")
    return apiError(403, "forbidden", "Only admins export every event at once; give event=<id>.");
  const filters = parseFilterSearch(search).filters;
  try {
    const file = await exportDataset(input, filters, user.id);
    const scope = input.event === "all" ? "all-events" : `event-${input.event.slice(0, 8)}`;
    return new Response(Readable.toWeb(file) as ReadableStream, {
      headers: {
        "Content-Type": CONTENT_TYPES[input.format],
        "Content-Disposition": `attachment; filename="framewise-${input.dataset}-${scope}.${input.format}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof ExportError) return apiError(400, "invalid_input", error.message);
    throw error;
  }
});
