import type { TagInput } from "../annotations/tag-input.ts";
import { db } from "../db/client.ts";
import type { Annotation } from "../db/generated/client.ts";
import { lockOpenAdjudication } from "./lock-open-adjudication.ts";
import { snapGoldSpan } from "./snap-gold-span.ts";
import { writeGoldTag } from "./write-gold-tag.ts";

/** Adds a gold tag no reviewer made (a passage they all missed), snapped to words and checked as any tag; audited. */
export async function addGoldTag(input: TagInput, adjudicatorId: string): Promise<Annotation> {
  return db().$transaction(async (tx) => {
    await lockOpenAdjudication(tx, input.articleId, adjudicatorId);
    return writeGoldTag(tx, await snapGoldSpan(tx, input), adjudicatorId);
  });
}
