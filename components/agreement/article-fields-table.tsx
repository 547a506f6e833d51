import type { ArticleFieldAgreement } from "@/lib/agreement/measure-article-fields";
import { DataTable } from "@/components/ui/data-table";
import { AlphaRow } from "./alpha-row";
import { TableScroll } from "./table-scroll";

const COLUMNS = [
  { label: "Field" },
  { label: "Units", numeric: true },
  { label: "Values (n)", numeric: true },
  { label: "Same value", numeric: true },
  { label: "α", numeric: true },
];

/** The article-level form: frames as nominal data over articles, tone as an interval scale. */
export function ArticleFieldsTable({ fields }: { fields: ArticleFieldAgreement }) {
  return (
    <TableScroll label="Article-level fields">
      <DataTable columns={COLUMNS} label="Article-level fields">
        <AlphaRow name="Primary frame" detail="nominal α; units are articles" figure={fields.primaryFrame} />
        <AlphaRow name="Headline frame" detail="nominal α; units are articles" figure={fields.headlineFrame} />
        <AlphaRow
          name="Tone, all actors"
          detail="interval α, −2 to +2; units are article × actor"
          figure={fields.tone}
        />
        {fields.toneByActor.map((actor) => (
          <AlphaRow
            key={actor.actorId}
            name={`Tone toward ${actor.actorName}`}
            detail="interval α; units are articles"
            figure={actor.figure}
          />
        ))}
      </DataTable>
    </TableScroll>
  );
}
