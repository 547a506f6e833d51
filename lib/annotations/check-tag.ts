import { z } from "zod";
import { customValuesSchema, readCategoryAttributes, type CategoryAttribute } from "../codebook/category-attributes.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { CategoryKind } from "../db/generated/enums.ts";
import { ATTRIBUTES_BY_KIND, LINKS_BY_KIND } from "./attributes.ts";
import { readTagContext, type TagContext, type TagVersion } from "./read-tag-context.ts";
import type { TagInput } from "./tag-input.ts";
import { TaggingError } from "./tagging-error.ts";

/** The category as the workspace shows it beside a tag. */
export interface TagCategory {
  code: string;
  kind: CategoryKind;
  label: string;
}

export interface CheckedTag extends TagInput {
  /** Read for the check, so the saved tag is answered without reading its category again. */
  category: TagCategory;
  attributes: Prisma.InputJsonObject;
}

/**
 * What the server checks before any tag is written: the span lies inside the body and its quoted text is
 * exactly that slice, the category belongs to the codebook version in use, the attributes fit the kind (and,
 * under `custom`, the category's own attributes), and the actor and claim belong to the article's event.
 * A reviewer's tags use the version they tag the article under; gold tags pass the version to use instead.
 * Everything is read in one round trip (readTagContext).
 */
export async function checkTag(tx: Prisma.TransactionClient, tag: TagInput, version: TagVersion): Promise<CheckedTag> {
  const context = await readTagContext(tx, tag, version);
  const { article } = context;
  if (!article) throw new TaggingError("This article no longer exists.");
  if (
    tag.endOffset > article.bodyText.length ||
    article.bodyText.slice(tag.startOffset, tag.endOffset) !== tag.quotedText
  )
    throw new TaggingError(
      "The tagged text does not match the article at that place. Reload the article and tag it again.",
    );
  const { attributes, ...category } = checkCategory(context);
  checkLinks(tag, category.kind, article.eventId, context);
  return { ...tag, category, attributes: checkAttributes(tag.attributes, { kind: category.kind, attributes }) };
}

function checkAttributes(
  { custom, ...builtIn }: Record<string, unknown>,
  category: { kind: CategoryKind; attributes: CategoryAttribute[] },
): Prisma.InputJsonObject {
  const kindValues = ATTRIBUTES_BY_KIND[category.kind].safeParse(builtIn);
  if (!kindValues.success) throw new TaggingError(z.prettifyError(kindValues.error));
  const customValues = customValuesSchema(category.attributes).safeParse(custom ?? {});
  if (!customValues.success) throw new TaggingError(z.prettifyError(customValues.error));
  const hasCustom = Object.keys(customValues.data).length > 0;
  return { ...kindValues.data, ...(hasCustom ? { custom: customValues.data } : {}) } as Prisma.InputJsonObject;
}

function checkCategory({ category, versionInUse }: TagContext) {
  if (!category) throw new TaggingError("That category does not exist. Reload the article.");
  if (category.versionId !== versionInUse)
    throw new TaggingError("That category belongs to another codebook version than this article is tagged under.");
  const { code, kind, label } = category;
  return { code, kind, label, attributes: readCategoryAttributes(category.attributes) };
}

function checkLinks(tag: TagInput, kind: CategoryKind, eventId: string | null, context: TagContext) {
  const links = LINKS_BY_KIND[kind];
  if (links.actor === "required" && !tag.actorId) throw new TaggingError("Choose the actor this passage names.");
  if (links.actor === "none" && tag.actorId) throw new TaggingError("This kind of tag is not about an actor.");
  if (!links.claim && tag.claimId) throw new TaggingError("Only attributions carry a claim.");
  if (tag.actorId && context.actorEventId !== eventId)
    throw new TaggingError("That actor is not one of this event's actors.");
  if (tag.claimId && context.claimEventId !== eventId)
    throw new TaggingError("That claim is not one of this event's claims.");
}
