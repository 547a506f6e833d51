import { tickLines } from "./format";
import type { ChartRow } from "./types";

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** Widths of the outlet axis: room for the name and its n, or (compact) the name alone. */
export const TICK_WIDTH = { full: 168, compact: 108 } as const;

/**
 * The outlet's name beside its bar on up to two lines, with its colour, and below it its n (compact: only "thin"
 * when the data is too thin to trust). SVG text does not wrap by itself.
 */
export function OutletTick({
  x = 0,
  y = 0,
  payload,
  rows,
  compact,
}: TickProps & { rows: ChartRow[]; compact: boolean }) {
  const row = rows.find((candidate) => candidate.id === payload?.value);
  if (!row) return null;
  const lines = tickLines(row.label, compact ? 13 : 22);
  const note = compact ? (row.thin ? "thin" : "") : row.thin ? `${row.note} · thin` : row.note;
  const height = (lines.length + (note ? 1 : 0)) * 13;
  return (
    <g transform={`translate(${x},${Number(y) - height / 2 + 10})`}>
      <title>{row.label}</title>
      <rect x={-10} y={-9} width={8} height={8} rx={2} fill={row.color} />
      {lines.map((line, index) => (
        <text key={index} x={-14} y={index * 13} textAnchor="end" fontSize={12} fill="#1c2230">
          {line}
        </text>
      ))}
      {note && (
        <text x={-14} y={lines.length * 13} textAnchor="end" fontSize={10.5} fill="#5d6677">
          {note}
        </text>
      )}
    </g>
  );
}
