import type { ColumnReading } from "@/lib/import/batches/stage-import";

export function ColumnMapping({ columns }: { columns: ColumnReading[] }) {
  if (columns.length === 0) return null;
  return (
    <section aria-labelledby="columns-heading">
      <h2 id="columns-heading">How the columns were read</h2>
      <table className="table" aria-label="Column mapping">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Imported as</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.header}>
              <td>{column.header}</td>
              <td>{column.field ?? <span className="muted">not imported (unknown column)</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
