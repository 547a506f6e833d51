// Rows for the analytics integration tests: an event with outlets, articles, reviewers and tags written straight
// through Prisma, so each test states exactly what was tagged, submitted and adjudicated.
import { randomUUID } from "node:crypto";
import { ensureDefaultCodebook } from "../codebook/ensure-default-codebook.ts";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { currentCategory, makeArticle, makeEvent, makeOutlet, makeUser } from "../../test/factories.ts";

export async function compareFixture() {
  await ensureDefaultCodebook(db());
  const event = await makeEvent(`Compare ${randomUUID()}`);
  const [ravi, rosa, editor] = await Promise.all([makeUser("REVIEWER"), makeUser("REVIEWER"), makeUser("EDITOR")]);
  return { event, ravi, rosa, editor };
}

export function outletNamed(name: string) {
  return makeOutlet(`${name} ${randomUUID().slice(0, 8)}`);
}

/** An article of the event published at `publishedAt`, with `body` as its text. */
export async function articleOf(outletId: string, eventId: string, body: string, publishedAt = "2026-03-10T12:00:00Z") {
  const article = await makeArticle(outletId, eventId, `${body}\n\n${randomUUID()}`);
  return db().article.update({ where: { id: article.id }, data: { publishedAt: new Date(publishedAt) } });
}

/** Assigns the article to each reviewer; `submitted` ones have submitted it. */
export async function assign(articleId: string, reviewers: { id: string }[], submitted = reviewers) {
  for (const reviewer of reviewers) {
    await db().assignment.create({
      data: {
        articleId,
        reviewerId: reviewer.id,
        submittedAt: submitted.some((one) => one.id === reviewer.id) ? new Date() : null,
      },
    });
  }
}

export async function adjudicate(articleId: string, adjudicatorId: string, completed = true) {
  await db().adjudication.create({
    data: { articleId, adjudicatorId, completedAt: completed ? new Date() : null },
  });
}

export interface TagOptions {
  layer?: "REVIEWER" | "GOLD";
  actorId?: string;
  claimId?: string;
  attributes?: Prisma.InputJsonObject;
  /** Which occurrence of the quoted text, when it occurs more than once. */
  occurrence?: number;
}

/** A tag of category `code` (version 2) on the first occurrence of `quoted` in the article's body. */
export async function tag(
  articleId: string,
  reviewerId: string,
  code: string,
  quoted: string,
  options: TagOptions = {},
) {
  const { bodyText } = await db().article.findUniqueOrThrow({ where: { id: articleId } });
  let start = bodyText.indexOf(quoted);
  for (let n = 1; n < (options.occurrence ?? 1); n += 1) start = bodyText.indexOf(quoted, start + 1);
  if (start < 0) throw new Error(`"${quoted}" is not in the article`);
  return db().annotation.create({
    data: {
      articleId,
      reviewerId,
      categoryId: (await currentCategory(code)).id,
      layer: options.layer ?? "REVIEWER",
      startOffset: start,
      endOffset: start + quoted.length,
      quotedText: quoted,
      attributes: options.attributes ?? {},
      actorId: options.actorId ?? null,
      claimId: options.claimId ?? null,
    },
  });
}

/** An attribution's attributes, as the tagging workspace stores them. */
export function voice(
  speaker: string | null,
  form: "direct_quote" | "indirect" | "unattributed",
  extra: { speakerType?: string; anonymous?: boolean; verb?: string; verbClass?: "neutral" | "evaluative" } = {},
): Prisma.InputJsonObject {
  return {
    speaker,
    speakerType: extra.speakerType ?? null,
    form,
    anonymous: extra.anonymous ?? false,
    verb: extra.verb ?? null,
    verbClass: extra.verbClass ?? null,
  };
}

/** An article form with primary and headline frame by code. */
export async function articleForm(
  articleId: string,
  reviewerId: string,
  frames: { primary: string | null; headline: string | null },
  layer: "REVIEWER" | "GOLD" = "REVIEWER",
) {
  const primary = frames.primary ? await currentCategory(frames.primary) : null;
  const headline = frames.headline ? await currentCategory(frames.headline) : null;
  const versionId = (primary ?? headline ?? (await currentCategory("frame.conflict"))).versionId;
  return db().articleForm.create({
    data: {
      articleId,
      reviewerId,
      layer,
      versionId,
      primaryFrameId: primary?.id ?? null,
      headlineFrameId: headline?.id ?? null,
    },
  });
}
