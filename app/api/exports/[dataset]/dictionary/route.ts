import { z } from "zod";
import { ACCESS } from "@/lib/auth/roles";
import { withRole } from "@/lib/http/api-route";
import { dataDictionary } from "@/lib/exports/data-dictionary";
import { DATASETS } from "@/lib/exports/datasets";

const inputSchema = z.object({ dataset: z.enum(DATASETS), format: z.enum(["json", "csv"]).default("json") });

/** What each column of a dataset's export means: /api/exports/<dataset>/dictionary[?format=csv]. */
export const GET = withRole(
  ACCESS.exportData,
  async (request, { params }: { params: Promise<{ dataset: string }> }) => {
    const input = inputSchema.parse({
      dataset: (await params).dataset,
      format: new URL(request.url).searchParams.get("format") ?? undefined,
    });
    return new Response(dataDictionary(input.dataset, input.format), {
      headers: {
        "Content-Type": input.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="framewise-${input.dataset}-dictionary.${input.format}"`,
      },
    });
  },
);
