/**
 * A table's cells grouped by outlet, then by row (an actor, a claim; "none" for no actor), each without the two
 * ids its keys hold: repeated on every cell, the ids were a large part of what a table sent to the browser.
 */
export type CellGroups<Cell> = Record<string, Record<string, Cell[]>>;

const NO_ROW = "none";

/** Groups `cells` by outlet and by `rowField` (null as "none"). */
export function groupCells<C extends { outletId: string }, K extends keyof C>(
  cells: C[],
  rowField: K,
): CellGroups<Omit<C, "outletId" | K>> {
  const groups: CellGroups<Omit<C, "outletId" | K>> = {};
  for (const { outletId, [rowField]: row, ...cell } of cells) {
    const key = row === null ? NO_ROW : String(row);
    ((groups[outletId] ??= {})[key] ??= []).push(cell);
  }
  return groups;
}

/** The cells of one outlet and row; empty when there are none. */
export function cellsAt<Cell>(groups: CellGroups<Cell>, outletId: string, rowId: string | null): Cell[] {
  return groups[outletId]?.[rowId ?? NO_ROW] ?? [];
}

/** The cells of one row in every outlet. */
export function rowCells<Cell>(groups: CellGroups<Cell>, rowId: string | null): Cell[] {
  return Object.values(groups).flatMap((row) => row[rowId ?? NO_ROW] ?? []);
}
