import type { CategoryInUse, EventLinks } from "./types";

type Described = { attributes: Record<string, unknown>; actorId: string | null; claimId: string | null };

export interface AttributeRow {
  field: string;
  label: string;
  /** Null where this version leaves the field unset. */
  value: string | null;
}

const LABELS: Record<string, string> = {
  speaker: "Speaker",
  speakerType: "Speaker type",
  form: "Form",
  anonymous: "Anonymous",
  verb: "Reporting verb",
  verbClass: "Verb class",
  direction: "Direction",
  actor: "Actor",
  claim: "Claim",
};
const ORDER = Object.keys(LABELS);
const VERBATIM = new Set(["speaker", "verb"]);

const humanize = (code: string) => code[0].toUpperCase() + code.slice(1).replaceAll("_", " ");
const yesNo = (value: unknown) => (value ? "Yes" : "No");

/** What to call a field that compareVersions names: a kind's attribute, a link, or a category's own attribute. */
export function fieldLabel(field: string, category: CategoryInUse | undefined): string {
  if (!field.startsWith("custom.")) return LABELS[field] ?? humanize(field);
  const code = field.slice("custom.".length);
  return category?.attributes.find((attribute) => attribute.code === code)?.label ?? humanize(code);
}

/** The fields any of `tags` sets, in the order the tagging workspace shows them. */
export function fieldsSet(tags: Described[], category: CategoryInUse | undefined): string[] {
  const set = new Set(
    tags.flatMap((tag) => Object.entries(valuesOf(tag)).flatMap(([field, v]) => (v == null ? [] : [field]))),
  );
  const custom = (category?.attributes ?? []).map((attribute) => `custom.${attribute.code}`);
  const order = [...ORDER, ...custom];
  return [...set].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
}

/** A tag's value for each of `fields`, in words. */
export function attributeRows(
  tag: Described,
  fields: string[],
  links: EventLinks,
  category: CategoryInUse | undefined,
): AttributeRow[] {
  const values = valuesOf(tag);
  return fields.map((field) => ({
    field,
    label: fieldLabel(field, category),
    value: describe(field, values[field], links, category),
  }));
}

function valuesOf({ attributes, actorId, claimId }: Described): Record<string, unknown> {
  const { custom, ...builtIn } = attributes;
  const customValues = custom && typeof custom === "object" ? Object.entries(custom) : [];
  return {
    ...builtIn,
    ...Object.fromEntries(customValues.map(([code, value]) => [`custom.${code}`, value])),
    actor: actorId,
    claim: claimId,
  };
}

function describe(field: string, value: unknown, links: EventLinks, category: CategoryInUse | undefined) {
  if (value === null || value === undefined) return null;
  if (field === "actor") return links.actors.find((actor) => actor.id === value)?.name ?? "An actor since removed";
  if (field === "claim") return links.claims.find((claim) => claim.id === value)?.label ?? "A claim since removed";
  if (typeof value === "boolean") return yesNo(value);
  if (field.startsWith("custom.")) {
    const attribute = category?.attributes.find((candidate) => `custom.${candidate.code}` === field);
    return attribute?.options.find((option) => option.code === value)?.label ?? String(value);
  }
  return VERBATIM.has(field) ? String(value) : humanize(String(value));
}

function rank(order: string[], field: string): number {
  const index = order.indexOf(field);
  return index < 0 ? order.length : index;
}
