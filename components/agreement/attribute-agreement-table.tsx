import type { AttributeField, AttributeRow } from "@/lib/agreement/measure-attribute-agreement";
import { DataTable } from "@/components/ui/data-table";
import { AlphaRow } from "./alpha-row";
import { TableScroll } from "./table-scroll";

const KIND_NAMES: Record<string, string> = {
  ATTRIBUTION: "Attribution",
  NAMING: "Naming",
  LOADED_LANGUAGE: "Loaded language",
};

const FIELD_NAMES: Record<AttributeField, string> = {
  form: "Form (direct, indirect, unattributed)",
  speakerType: "Speaker type",
  anonymous: "Anonymous source",
  verbClass: "Verb class",
  direction: "Direction",
  actor: "Actor",
  claim: "Event claim",
};

const COLUMNS = [
  { label: "Attribute" },
  { label: "Matched pairs", numeric: true },
  { label: "Values (n)", numeric: true },
  { label: "Same value", numeric: true },
  { label: "Nominal α", numeric: true },
];

/** Attributes compared on the passages two reviewers both tagged. */
export function AttributeAgreementTable({ rows }: { rows: AttributeRow[] }) {
  return (
    <TableScroll label="Attribute agreement on matched tags">
      <DataTable columns={COLUMNS} label="Attribute agreement on matched tags">
        {rows.map((row) => (
          <AlphaRow
            key={`${row.kind}:${row.field}`}
            name={`${KIND_NAMES[row.kind] ?? row.kind}: ${FIELD_NAMES[row.field]}`}
            figure={row.figure}
          />
        ))}
      </DataTable>
    </TableScroll>
  );
}
