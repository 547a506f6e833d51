import type { ReactNode } from "react";

export interface Column {
  label: string;
  numeric?: boolean;
}

/** A table with the app's look: column headings from `columns`, rows as children. */
export function DataTable(props: { columns: Column[]; label?: string; testId?: string; children: ReactNode }) {
  return (
    <table className="table" aria-label={props.label} data-testid={props.testId}>
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th key={column.label} scope="col" className={column.numeric ? "numeric" : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
