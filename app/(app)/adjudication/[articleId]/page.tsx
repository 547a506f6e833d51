import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AdjudicationDesk } from "@/components/adjudication/adjudication-desk";
import { GoldFormCard } from "@/components/adjudication/gold-form-card";
import type { DeskPhase } from "@/components/adjudication/types";
import { WaitingForReviewers } from "@/components/adjudication/waiting-for-reviewers";
import { ArticleHeading } from "@/components/articles/article-heading";
import { loadAdjudication, type AdjudicationView } from "@/lib/adjudication/queries/load-adjudication";
import { languageTag } from "@/lib/articles/language";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import {
  acceptTagAction,
  addGoldTagAction,
  completeAdjudicationAction,
  editTagAction,
  rejectTagsAction,
  removeGoldTagAction,
  reopenAdjudicationAction,
  saveGoldFormAction,
  startAdjudicationAction,
  undoDecisionsAction,
} from "./actions";

type Props = { params: Promise<{ articleId: string }> };

const guard = (articleId: string) => requireRole(ACCESS.adjudicate, `/adjudication/${encodeURIComponent(articleId)}`);

/** The view, or null for an id that is no article's (the layout has answered 404 for it). */
async function viewFor(articleId: string) {
  return z.uuid().safeParse(articleId).success ? loadAdjudication(articleId) : null;
}

function phaseOf(view: AdjudicationView): DeskPhase {
  if (!view.adjudication) return "not-started";
  return view.adjudication.completedAt ? "complete" : "open";
}

function actionsFor(articleId: string) {
  return {
    start: startAdjudicationAction.bind(null, articleId),
    accept: acceptTagAction.bind(null, articleId),
    edit: editTagAction.bind(null, articleId),
    reject: rejectTagsAction.bind(null, articleId),
    undo: undoDecisionsAction.bind(null, articleId),
    addGold: addGoldTagAction.bind(null, articleId),
    removeGold: removeGoldTagAction.bind(null, articleId),
    complete: completeAdjudicationAction.bind(null, articleId),
    reopen: reopenAdjudicationAction.bind(null, articleId),
  };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { articleId } = await props.params;
  await guard(articleId);
  const view = await viewFor(articleId);
  return { title: view ? `Adjudication: ${view.article.title}` : "Article not found" };
}

export default async function AdjudicationArticlePage(props: Props) {
  const { articleId } = await props.params;
  await guard(articleId);
  const view = await viewFor(articleId);
  if (!view) notFound();
  const lang = languageTag(view.article.language);
  const reviewers = view.reviewers.map(({ id, name }) => ({ id, name }));
  const phase = phaseOf(view);
  return (
    <>
      <header className="page-header">
        <p className="small muted">
          <Link href="/adjudication">Adjudication</Link>
        </p>
        <ArticleHeading article={view.article} lang={lang}>
          <li>
            <Link href={`/articles/${articleId}`}>Article page</Link>
          </li>
        </ArticleHeading>
      </header>
      {!view.ready ? (
        <WaitingForReviewers reviewers={view.reviewers} />
      ) : (
        <>
          <AdjudicationDesk
            body={view.article.bodyText}
            lang={lang}
            reviewers={reviewers}
            units={view.units}
            addedGold={view.addedGold}
            categories={view.categories}
            links={view.links}
            phase={phase}
            progress={view.progress}
            completedBy={view.adjudication?.completedAt ? view.adjudication.adjudicator.name : null}
            completedAt={view.adjudication?.completedAt ?? null}
            actions={actionsFor(articleId)}
          />
          <GoldFormCard
            reviewers={reviewers}
            frames={view.categories.filter((category) => category.kind === "FRAME")}
            actors={view.links.actors}
            comparison={view.forms.comparison}
            gold={view.forms.gold}
            phase={phase}
            save={saveGoldFormAction.bind(null, articleId)}
          />
        </>
      )}
    </>
  );
}
