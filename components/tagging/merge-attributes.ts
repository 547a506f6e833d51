type Attributes = Record<string, unknown>;

const isRecord = (value: unknown): value is Attributes =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A tag's attributes after a change that names only the attributes it changes. The category's own values
 * under `custom` merge one level deeper, so two quick edits of two of them both count; a cleared one (null)
 * is left out, since the codebook's attributes are optional and never null.
 */
export function mergeAttributes(before: Attributes, changes: Attributes | undefined): Attributes {
  const merged = { ...before, ...changes };
  if (!changes || !isRecord(changes.custom)) return merged;
  const custom = { ...(isRecord(before.custom) ? before.custom : {}), ...changes.custom };
  const kept = Object.fromEntries(Object.entries(custom).filter(([, value]) => value !== null && value !== undefined));
  if (Object.keys(kept).length > 0) merged.custom = kept;
  else delete merged.custom;
  return merged;
}
