import type { Prisma, PrismaClient } from "../../lib/db/generated/client.ts";
import { DEFAULT_CODEBOOK } from "../../lib/codebook/default-codebook.ts";
import { DEMO_ACTORS, DEMO_CLAIMS } from "./demo-data.ts";
import {
  DEMO_TAGGING,
  type DemoForm,
  type DemoTag,
  type DemoTagCore,
  type DemoTagging,
  type Reviewer,
} from "./demo-tags.ts";

const REVIEWER_EMAILS: Record<Reviewer, string> = {
  ravi: "reviewer@framewise.example",
  rosa: "reviewer2@framewise.example",
};
const ADJUDICATOR_EMAIL = "editor@framewise.example";
const REVIEWERS: Reviewer[] = ["ravi", "rosa"];

interface DemoContext {
  articles: Map<string, { id: string; bodyText: string }>;
  users: Record<Reviewer | "editor", string>;
  versionId: string;
  categories: Map<string, string>;
  actors: Map<string, string>;
  claims: string[];
}

/**
 * Tags the demo event as its two demo reviewers would have (demo-tags.ts) and adjudicates part of it. Only into an
 * event nobody has been assigned to yet, so a re-run changes nothing and never touches real work.
 */
export async function seedDemoTagging(prisma: PrismaClient, eventId: string): Promise<void> {
  if ((await prisma.assignment.count({ where: { article: { eventId } } })) > 0) return;
  const context = await loadContext(prisma, eventId);
  // A few hundred small writes: on a loaded machine they outlast Prisma's default 5 s transaction timeout.
  await prisma.$transaction(
    async (tx) => {
      for (const tagging of DEMO_TAGGING) await seedArticle(tx, context, tagging);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function loadContext(prisma: PrismaClient, eventId: string): Promise<DemoContext> {
  const version = await prisma.codebookVersion.findFirstOrThrow({
    where: { version: 2, codebook: { slug: DEFAULT_CODEBOOK.slug } },
    include: { categories: { select: { id: true, code: true } } },
  });
  const [articles, users, actors, claims] = await Promise.all([
    prisma.article.findMany({ where: { eventId }, select: { id: true, title: true, bodyText: true } }),
    prisma.user.findMany({ where: { email: { in: [...Object.values(REVIEWER_EMAILS), ADJUDICATOR_EMAIL] } } }),
    prisma.eventActor.findMany({ where: { eventId, name: { in: DEMO_ACTORS.map((actor) => actor.name) } } }),
    prisma.eventClaim.findMany({ where: { eventId }, orderBy: { position: "asc" } }),
  ]);
  const userId = (email: string) => users.find((user) => user.email === email)!.id;
  return {
    articles: new Map(articles.map((article) => [article.title, article])),
    users: {
      ravi: userId(REVIEWER_EMAILS.ravi),
      rosa: userId(REVIEWER_EMAILS.rosa),
      editor: userId(ADJUDICATOR_EMAIL),
    },
    versionId: version.id,
    categories: new Map(version.categories.map((category) => [category.code, category.id])),
    actors: new Map(actors.map((actor) => [actor.name, actor.id])),
    claims: claims.slice(0, DEMO_CLAIMS.length).map((claim) => claim.id),
  };
}

async function seedArticle(tx: Prisma.TransactionClient, context: DemoContext, tagging: DemoTagging) {
  const article = context.articles.get(tagging.article);
  if (!article) throw new Error(`Demo article "${tagging.article}" is not in the demo event.`);
  for (const reviewer of REVIEWERS) {
    await tx.assignment.create({
      data: {
        articleId: article.id,
        reviewerId: context.users[reviewer],
        assignedById: context.users.editor,
        submittedAt: tagging.submitted.includes(reviewer) ? new Date() : null,
      },
    });
    const form = tagging.forms[reviewer];
    if (form) await writeForm(tx, context, article.id, context.users[reviewer], "REVIEWER", form);
  }
  const units = [];
  for (const tag of tagging.tags) units.push(await writeUnit(tx, context, article, tag));
  if (tagging.adjudication) await adjudicate(tx, context, article.id, tagging, units);
}

/** The version of a tag each reviewer made, if they made it. */
function versionOf(tag: DemoTag, reviewer: Reviewer): DemoTagCore | null {
  if (tag.only && tag.only !== reviewer) return null;
  return reviewer === "rosa" ? { ...tag, ...tag.rosa } : tag;
}

type Unit = { tag: DemoTag; ids: Partial<Record<Reviewer, string>> };

async function writeUnit(
  tx: Prisma.TransactionClient,
  context: DemoContext,
  article: { id: string; bodyText: string },
  tag: DemoTag,
): Promise<Unit> {
  const ids: Unit["ids"] = {};
  for (const reviewer of REVIEWERS) {
    const version = versionOf(tag, reviewer);
    if (!version) continue;
    const data = annotationData(context, article, version);
    ids[reviewer] = (await tx.annotation.create({ data: { ...data, reviewerId: context.users[reviewer] } })).id;
  }
  return { tag, ids };
}

function annotationData(context: DemoContext, article: { id: string; bodyText: string }, tag: DemoTagCore) {
  const start = article.bodyText.indexOf(tag.text);
  const categoryId = context.categories.get(tag.code);
  if (start < 0 || !categoryId) throw new Error(`Demo tag ${tag.code} "${tag.text}" does not fit its article.`);
  return {
    articleId: article.id,
    categoryId,
    startOffset: start,
    endOffset: start + tag.text.length,
    quotedText: tag.text,
    attributes: (tag.attributes ?? {}) as Prisma.InputJsonObject,
    actorId: tag.actor ? context.actors.get(tag.actor)! : null,
    claimId: tag.claim === undefined ? null : context.claims[tag.claim],
  };
}

async function writeForm(
  tx: Prisma.TransactionClient,
  context: DemoContext,
  articleId: string,
  reviewerId: string,
  layer: "REVIEWER" | "GOLD",
  form: DemoForm,
) {
  await tx.articleForm.create({
    data: {
      articleId,
      reviewerId,
      layer,
      versionId: context.versionId,
      primaryFrameId: context.categories.get(form.primary)!,
      headlineFrameId: context.categories.get(form.headline)!,
      tones: {
        create: Object.entries(form.tones).map(([actor, tone]) => ({ actorId: context.actors.get(actor)!, tone })),
      },
    },
  });
}

// The editor takes each unit's chosen version into gold; a matching tag of the other reviewer is accepted with
// it, a differing one rejected. "half" stops after the first half of the units, as an adjudicator mid-way would.
async function adjudicate(
  tx: Prisma.TransactionClient,
  context: DemoContext,
  articleId: string,
  tagging: DemoTagging,
  units: Unit[],
) {
  const complete = tagging.adjudication === "complete";
  const adjudicatorId = context.users.editor;
  await tx.adjudication.create({ data: { articleId, adjudicatorId, completedAt: complete ? new Date() : null } });
  const decided = complete ? units : units.slice(0, Math.ceil(units.length / 2));
  const article = [...context.articles.values()].find((candidate) => candidate.id === articleId)!;
  for (const { tag, ids } of decided) {
    const chosen = tag.gold ?? tag.only ?? "ravi";
    const gold =
      chosen === "reject"
        ? null
        : await tx.annotation.create({
            data: {
              ...annotationData(context, article, versionOf(tag, chosen)!),
              reviewerId: adjudicatorId,
              layer: "GOLD",
            },
          });
    for (const reviewer of REVIEWERS) {
      const annotationId = ids[reviewer];
      if (!annotationId) continue;
      const accepted = gold && (reviewer === chosen || !tag.rosa);
      await tx.adjudicationDecision.create({
        data: {
          annotationId,
          articleId,
          adjudicatorId,
          verdict: accepted ? "ACCEPTED" : "REJECTED",
          goldAnnotationId: accepted ? gold.id : null,
        },
      });
    }
  }
  if (complete) await writeForm(tx, context, articleId, adjudicatorId, "GOLD", tagging.forms.ravi!);
}
