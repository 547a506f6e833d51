import { formatWeight } from "@/components/charts/format";
import type { ReportSnapshot, SectionData } from "@/lib/reports/report-snapshot";
import { outletColumns } from "./outlet-columns";
import { OutletColumnsHead } from "@/components/compare/outlet-columns-head";
import styles from "./report.module.css";

/** How each outlet names each actor: the names per actor (rows) and outlet (columns), most used first. */
export function NamingPart({ snapshot, data }: { snapshot: ReportSnapshot; data: SectionData["naming"] }) {
  const { names } = data.names;
  const columns = outletColumns(snapshot, (id) => names.some((name) => name.outletId === id));
  const actors = data.actors.filter((actor) => names.some((name) => name.actorId === actor.id));
  if (actors.length === 0)
    return <p className={styles.muted}>No naming of an actor is tagged in the counted articles.</p>;
  return (
    <div className={styles.tableBlock}>
      <table className="table" data-testid="report-naming">
        <caption>Names per actor and outlet; “loaded” marks a naming also tagged as loaded language.</caption>
        <OutletColumnsHead first="Actor" outlets={columns} linkProfiles={false} />
        <tbody>
          {actors.map((actor) => (
            <tr key={actor.id}>
              <th scope="row">
                <bdi>{actor.name}</bdi>
              </th>
              {columns.map((outlet) => {
                const used = names.filter((name) => name.actorId === actor.id && name.outletId === outlet.id);
                return (
                  <td key={outlet.id}>
                    {used.length === 0
                      ? "Not named"
                      : used.map((name) => (
                          <div key={name.key}>
                            <bdi>{name.name}</bdi> ×{formatWeight(name.uses)}
                            {name.loaded > 0 && <strong> loaded</strong>}
                          </div>
                        ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
