import type { ComparableTag } from "./comparable-tag.ts";

export interface VersionDifferences {
  /** The versions cover different words. */
  span: boolean;
  /**
   * What they say differently, in a stable order: attribute codes ("form", "speaker", "direction"), a category's
   * own attributes as "custom.<code>", and "actor" or "claim" for the event links.
   */
  fields: string[];
}

/** How the reviewers' versions of one unit differ; nothing differs between identical versions or a lone one. */
export function compareVersions(versions: readonly ComparableTag[]): VersionDifferences {
  const [first] = versions;
  const span = versions.some((tag) => tag.startOffset !== first?.startOffset || tag.endOffset !== first?.endOffset);
  const said = versions.map(fieldsOf);
  const names = [...new Set(said.flatMap((fields) => [...fields.keys()]))];
  const fields = names.filter((name) => new Set(said.map((fields) => fields.get(name) ?? "null")).size > 1);
  return { span, fields };
}

/** Whether two versions say the same about the same words: accepting one accepts the other as it is. */
export function isSameVersion(a: ComparableTag, b: ComparableTag): boolean {
  const differences = compareVersions([a, b]);
  return a.code === b.code && !differences.span && differences.fields.length === 0;
}

/** Every field a version gives, as JSON for comparison; a missing attribute and a null one are the same. */
function fieldsOf(tag: ComparableTag): Map<string, string> {
  const { custom, ...builtIn } = tag.attributes;
  const customValues = custom && typeof custom === "object" ? Object.entries(custom) : [];
  const entries: [string, unknown][] = [
    ...Object.entries(builtIn),
    ...customValues.map(([code, value]): [string, unknown] => [`custom.${code}`, value]),
    ["actor", tag.actorId],
    ["claim", tag.claimId],
  ];
  return new Map(entries.filter(([, value]) => value != null).map(([name, value]) => [name, JSON.stringify(value)]));
}
