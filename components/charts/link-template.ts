/**
 * Where a table's cells or a chart's marks link, as one template with named slots rather than a full link per
 * cell: hundreds of passage URLs made most of a comparison's page payload. The server writes the template with
 * its own link builder; the browser fills the slots, so each link comes out as the builder would have written it.
 */
export type LinkTemplate<Slot extends string> = string & { readonly slots?: Slot };

// Letters and underscores only, so that URLSearchParams leaves a slot as it is and it can be found again.
const placeholder = (slot: string) => `__${slot}__`;

/** The template of `hrefOf`, called with each slot's placeholder in place of its value. */
export function linkTemplate<Slot extends string>(
  slots: readonly Slot[],
  hrefOf: (values: Record<Slot, string>) => string,
): LinkTemplate<Slot> {
  return hrefOf(Object.fromEntries(slots.map((slot) => [slot, placeholder(slot)])) as Record<Slot, string>);
}

/**
 * The link with every slot filled. Values are encoded as URLSearchParams encodes them (a space as "+"), since
 * the slots stand in query values the builder wrote with it: the link is the same, letter for letter.
 */
export function fillLink<Slot extends string>(template: LinkTemplate<Slot>, values: Record<Slot, string>): string {
  // One pass, so a value that happens to look like a placeholder is never filled in turn.
  return template.replace(/__([a-z]+)__/gi, (whole, slot: string) =>
    Object.hasOwn(values, slot) ? queryValue(values[slot as Slot]) : whole,
  );
}

// Ids and keys, most values, are letters, digits and "-._*", which URLSearchParams leaves as they are.
const UNCHANGED = /^[A-Za-z0-9\-._*]*$/;

function queryValue(value: string): string {
  return UNCHANGED.test(value) ? value : new URLSearchParams([["", value]]).toString().slice(1);
}
