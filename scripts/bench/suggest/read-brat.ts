/** One span of a brat annotation: pieces of text, several when the annotation is discontinuous. */
export type Pieces = Array<[start: number, end: number]>;

/** An attribution as PolNeAR annotates it: what is reported (content), the cue, and the source if any. */
export interface GoldAttribution {
  content: Pieces;
  cue: Pieces;
  source: Pieces | null;
}

function parsePieces(offsets: string): Pieces {
  return offsets.split(";").map((piece) => {
    const [start, end] = piece.split(" ").map(Number);
    return [start, end];
  });
}

/**
 * Reads a brat standoff file: `T` lines are text-bound spans (Source, Cue, Content, …), `E` lines tie one cue to
 * its source and content. Attributions without content cannot be scored and are left out.
 */
export function readBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, Pieces>();
  const events: string[][] = [];
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    if (!body) continue;
    if (id.startsWith("T")) spans.set(id, parsePieces(body.slice(body.indexOf(" ") + 1)));
    if (id.startsWith("E")) events.push(body.split(" "));
  }
  const attributions: GoldAttribution[] = [];
  for (const roles of events) {
    const pick = (role: string) =>
      roles.filter((entry) => entry.split(":")[0] === role).flatMap((entry) => spans.get(entry.split(":")[1]) ?? []);
    const content = pick("Content");
    if (content.length === 0) continue;
    const source = pick("Source");
    attributions.push({ content, cue: pick("Cue"), source: source.length ? source : null });
  }
  return attributions;
}
