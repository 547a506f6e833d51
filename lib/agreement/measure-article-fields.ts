import type { CodedArticle } from "./coded-articles.ts";
import { measureAlpha, type AlphaFigure } from "./measure-alpha.ts";
import type { CodedFormRow } from "./queries/list-coded-forms.ts";
import type { CodedToneRow } from "./queries/list-coded-tones.ts";

export interface ToneByActor {
  actorId: string;
  actorName: string;
  figure: AlphaFigure;
}

export interface ArticleFieldAgreement {
  /** Nominal alpha; units are articles, a reviewer without a frame is missing. */
  primaryFrame: AlphaFigure;
  headlineFrame: AlphaFigure;
  /** Interval alpha over every (article, actor) a reviewer rated. */
  tone: AlphaFigure;
  toneByActor: ToneByActor[];
}

const NO_FRAMES = "No article has this frame from two reviewers: fill in the article form when tagging.";
const NO_TONES = "No article has a tone for this actor from two reviewers.";

/** Alpha for the article-level form: frames are nominal, tone (−2 … +2) is an interval scale. */
export function measureArticleFields(
  articles: readonly CodedArticle[],
  forms: readonly CodedFormRow[],
  tones: readonly CodedToneRow[],
): ArticleFieldAgreement {
  const formOf = new Map(forms.map((form) => [`${form.articleId}:${form.reviewerId}`, form]));
  const frames = (field: "primaryFrame" | "headlineFrame") =>
    articles.map((article) => article.coders.map((coder) => formOf.get(`${article.id}:${coder.id}`)?.[field] ?? null));
  const toneOf = new Map(tones.map((row) => [`${row.articleId}:${row.reviewerId}:${row.actorId}`, row.tone]));
  const toneUnits = (actorIds: string[]) =>
    articles.flatMap((article) =>
      actorIds.map((actorId) =>
        article.coders.map((coder) => toneOf.get(`${article.id}:${coder.id}:${actorId}`) ?? null),
      ),
    );
  const actors = new Map(tones.map((row) => [row.actorId, row.actorName]));
  return {
    primaryFrame: measureAlpha(frames("primaryFrame"), "nominal", NO_FRAMES),
    headlineFrame: measureAlpha(frames("headlineFrame"), "nominal", NO_FRAMES),
    tone: measureAlpha(toneUnits([...actors.keys()]), "interval", NO_TONES),
    toneByActor: [...actors].map(([actorId, actorName]) => ({
      actorId,
      actorName,
      figure: measureAlpha(toneUnits([actorId]), "interval", NO_TONES),
    })),
  };
}
