import { countRejectedRows, type RowError } from "@/lib/import/normalized-article";
import { DataTable } from "../ui/data-table";

export function RowErrorsTable({ errors }: { errors: RowError[] }) {
  if (errors.length === 0) return null;
  return (
    <section aria-labelledby="row-errors-heading">
      <h2 id="row-errors-heading">Rows that will not be imported ({countRejectedRows(errors)})</h2>
      <DataTable testId="row-errors" columns={[{ label: "Row" }, { label: "Field" }, { label: "Problem" }]}>
        {errors.map((error, index) => (
          <tr key={index}>
            <td>{error.row ?? "—"}</td>
            <td>{error.field ?? "—"}</td>
            <td>{error.reason}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
