import type { AlphaFigure as Figure } from "@/lib/agreement/measure-alpha";
import { formatCount } from "@/lib/format";
import { AlphaFigure } from "./alpha-figure";

/** One alpha in a table: what it measures, its units and values (n), raw agreement, the figure. */
export function AlphaRow({ name, detail, figure }: { name: string; detail?: string; figure: Figure }) {
  return (
    <tr>
      <th scope="row">
        {name}
        {detail && <div className="muted small">{detail}</div>}
      </th>
      <td className="numeric">{formatCount(figure.units)}</td>
      <td className="numeric">{formatCount(figure.pairable)}</td>
      <td className="numeric">
        {figure.units === 0 ? "—" : `${formatCount(figure.agreed)} of ${formatCount(figure.units)}`}
      </td>
      <td className="numeric">
        <AlphaFigure figure={figure} />
      </td>
    </tr>
  );
}
