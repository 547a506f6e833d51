import { ATTRIBUTES_BY_KIND, LINKS_BY_KIND } from "@/lib/annotations/attributes";
import type { CategoryKind } from "@/lib/db/generated/enums";

const LABELS: Record<string, string> = {
  speaker: "speaker",
  speakerType: "speaker type",
  form: "form",
  anonymous: "anonymity",
  verb: "reporting verb",
  verbClass: "verb class",
  direction: "direction",
};

/** What every tag of a kind carries whatever the codebook says (charts rely on them), as the editor names them. */
export function builtInAttributes(kind: CategoryKind): string[] {
  const schema = ATTRIBUTES_BY_KIND[kind];
  const attributes = Object.keys("shape" in schema ? schema.shape : {}).map((key) => LABELS[key] ?? key);
  const links = LINKS_BY_KIND[kind];
  if (links.actor !== "none") attributes.push(links.actor === "required" ? "actor (required)" : "actor");
  if (links.claim) attributes.push("claim");
  return attributes;
}
