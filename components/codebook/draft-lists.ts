export type Direction = "up" | "down";

interface Keyed {
  key: string;
}

/** Swaps an item with its nearest peer in that direction (items that are not peers are stepped over). */
export function moveByKey<T extends Keyed>(list: T[], key: string, direction: Direction, isPeer = (_: T) => true): T[] {
  const from = list.findIndex((item) => item.key === key);
  const step = direction === "up" ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < list.length && !isPeer(list[to]!)) to += step;
  if (from < 0 || to < 0 || to >= list.length) return list;
  const moved = [...list];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}

export function editByKey<T extends Keyed>(list: T[], key: string, edit: (item: T) => T): T[] {
  return list.map((item) => (item.key === key ? edit(item) : item));
}

export function removeByKey<T extends Keyed>(list: T[], key: string): T[] {
  return list.filter((item) => item.key !== key);
}

/** Where an item stands among its peers, 1-based, and how many peers there are. */
export function placeOf<T extends Keyed>(peers: T[], key: string): { place: number; of: number } {
  return { place: peers.findIndex((item) => item.key === key) + 1, of: peers.length };
}
