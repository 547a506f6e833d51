import type { ColumnReading } from "@/lib/import/batches/stage-import";
import { DataTable } from "../ui/data-table";

export function ColumnMapping({ columns }: { columns: ColumnReading[] }) {
  if (columns.length === 0) return null;
  return (
    <section aria-labelledby="columns-heading">
      <h2 id="columns-heading">How the columns were read</h2>
      <DataTable label="Column mapping" columns={[{ label: "Column in the file" }, { label: "Imported as" }]}>
        {columns.map((column) => (
          <tr key={column.header}>
            <td>{column.header}</td>
            <td>{column.field ?? <span className="muted">not imported (unknown column)</span>}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
