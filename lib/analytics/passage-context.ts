/** How much of the passage's paragraph to show on each side of it. */
export const CONTEXT_CHARACTERS = 120;

export interface PassageContext {
  before: string;
  after: string;
}

/**
 * The text around a quoted passage, within its paragraph and cut at word boundaries, from a window of the body
 * that starts `expectedAt` characters before the passage (Postgres cuts the window by code points, tag offsets
 * are UTF-16 units: the passage is looked up near where it should be rather than trusted to sit there).
 */
export function passageContext(window: string, quoted: string, expectedAt: number): PassageContext {
  const at = nearestIndex(window, quoted, expectedAt);
  if (at < 0) return { before: "", after: "" };
  const before = window
    .slice(0, at)
    .split(/\n\s*\n/)
    .at(-1)!;
  const after = window.slice(at + quoted.length).split(/\n\s*\n/)[0];
  return { before: keepEnd(before), after: keepStart(after) };
}

function nearestIndex(text: string, quoted: string, expectedAt: number): number {
  let best = -1;
  for (let at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
    if (best < 0 || Math.abs(at - expectedAt) < Math.abs(best - expectedAt)) best = at;
  }
  return best;
}

function keepEnd(text: string): string {
  if (text.length <= CONTEXT_CHARACTERS) return text;
  const cut = text.slice(-CONTEXT_CHARACTERS);
  const space = cut.indexOf(" ");
  return `…${space >= 0 ? cut.slice(space + 1) : cut}`;
}

function keepStart(text: string): string {
  if (text.length <= CONTEXT_CHARACTERS) return text;
  const cut = text.slice(0, CONTEXT_CHARACTERS);
  const space = cut.lastIndexOf(" ");
  return `${space >= 0 ? cut.slice(0, space) : cut}…`;
}
