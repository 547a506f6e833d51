import { ACCESS } from "@/lib/auth/roles";
import { withRole } from "@/lib/http/api-route";
import { CSV_TEMPLATE } from "@/lib/import/parsers/csv-template";

export const GET = withRole(
  ACCESS.import,
  async () =>
    new Response(CSV_TEMPLATE, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="framewise-import-template.csv"',
      },
    }),
);
