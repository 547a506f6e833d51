import { z } from "zod";
import { customValuesSchema, readCategoryAttributes, type CategoryAttribute } from "../codebook/category-attributes.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { CategoryKind } from "../db/generated/enums.ts";
import { ATTRIBUTES_BY_KIND, LINKS_BY_KIND } from "./attributes.ts";
import { codebookVersionInUse } from "./codebook-version-in-use.ts";
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

/** The codebook version tags of the article must use, given the codebook their category belongs to. */
export type VersionInUse = (codebookId: string) => Promise<string | null>;

/**
 * What the server checks before any tag is written: the span lies inside the body and its quoted text is
 * exactly that slice, the category belongs to the codebook version in use, the attributes fit the kind (and,
 * under `custom`, the category's own attributes), and the actor and claim belong to the article's event.
 * A reviewer's tags use the version they tag the article under; gold tags pass the version to use instead.
 */
export async function checkTag(
  tx: Prisma.TransactionClient,
  tag: TagInput,
  under: string | VersionInUse,
): Promise<CheckedTag> {
  const article = await tx.article.findUnique({
    where: { id: tag.articleId },
    select: { bodyText: true, eventId: true },
  });
  if (!article) throw new TaggingError("This article no longer exists.");
  if (
    tag.endOffset > article.bodyText.length ||
    article.bodyText.slice(tag.startOffset, tag.endOffset) !== tag.quotedText
  )
    throw new TaggingError(
      "The tagged text does not match the article at that place. Reload the article and tag it again.",
    );
  const versionInUse: VersionInUse =
    typeof under === "string" ? (codebookId) => codebookVersionInUse(tx, tag.articleId, under, codebookId) : under;
  const { attributes, ...category } = await checkCategory(tx, tag, versionInUse);
  await checkLinks(tx, tag, category.kind, article.eventId);
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

async function checkCategory(tx: Prisma.TransactionClient, tag: TagInput, versionInUse: VersionInUse) {
  const category = await tx.codebookCategory.findUnique({
    where: { id: tag.categoryId },
    select: {
      code: true,
      kind: true,
      label: true,
      attributes: true,
      versionId: true,
      version: { select: { codebookId: true } },
    },
  });
  if (!category) throw new TaggingError("That category does not exist. Reload the article.");
  const inUse = await versionInUse(category.version.codebookId);
  if (category.versionId !== inUse)
    throw new TaggingError("That category belongs to another codebook version than this article is tagged under.");
  const { code, kind, label } = category;
  return { code, kind, label, attributes: readCategoryAttributes(category.attributes) };
}

async function checkLinks(tx: Prisma.TransactionClient, tag: TagInput, kind: CategoryKind, eventId: string | null) {
  const links = LINKS_BY_KIND[kind];
  if (links.actor === "required" && !tag.actorId) throw new TaggingError("Choose the actor this passage names.");
  if (links.actor === "none" && tag.actorId) throw new TaggingError("This kind of tag is not about an actor.");
  if (!links.claim && tag.claimId) throw new TaggingError("Only attributions carry a claim.");
  const [actor, claim] = await Promise.all([
    tag.actorId ? tx.eventActor.findUnique({ where: { id: tag.actorId }, select: { eventId: true } }) : null,
    tag.claimId ? tx.eventClaim.findUnique({ where: { id: tag.claimId }, select: { eventId: true } }) : null,
  ]);
  if (tag.actorId && actor?.eventId !== eventId)
    throw new TaggingError("That actor is not one of this event's actors.");
  if (tag.claimId && claim?.eventId !== eventId)
    throw new TaggingError("That claim is not one of this event's claims.");
}
