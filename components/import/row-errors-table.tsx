import type { RowError } from "@/lib/import/normalized-article";

export function RowErrorsTable({ errors }: { errors: RowError[] }) {
  if (errors.length === 0) return null;
  return (
    <section aria-labelledby="row-errors-heading">
      <h2 id="row-errors-heading">Rows that will not be imported ({errors.length})</h2>
      <table className="table" data-testid="row-errors">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Field</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={index}>
              <td>{error.row ?? "—"}</td>
              <td>{error.field ?? "—"}</td>
              <td>{error.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
