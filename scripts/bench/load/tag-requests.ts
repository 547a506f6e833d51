import { randomUUID } from "node:crypto";
import type autocannon from "autocannon";
import type { ActionResult, CategoryInUse, WorkspaceTag } from "../../../components/tagging/types.ts";
import { actionHeaders, encodeActionArguments, readActionResult, taggingRouterState } from "./action-call.ts";
import { editedFields, type Reviewer, type SavedTag } from "./reviewer-work.ts";
import { Rota } from "./rota.ts";
import { Refusals, type RequestType } from "./run-lanes.ts";
import type { WriteLedger } from "./write-ledger.ts";

export interface TagActionIds {
  create: string;
  update: string;
  delete: string;
}

export interface TagLoad {
  baseUrl: string;
  reviewers: Reviewer[];
  categories: CategoryInUse[];
  actionIds: TagActionIds;
  ledger: WriteLedger;
}

/** Seconds between one reviewer's requests of each kind. */
export interface ReviewerPace {
  createEvery: number;
  updateEvery: number;
  deleteEvery: number;
}

/** What a request carried, kept in autocannon's per-request context until its answer is read. */
interface Sent {
  reviewer: Reviewer;
  articleId: string;
  saved?: SavedTag;
}

function actionRequest(load: TagLoad, reviewer: Reviewer, actionId: string, articleId: string, args: unknown[]) {
  return {
    method: "POST" as const,
    path: `/tagging/${articleId}`,
    headers: actionHeaders(actionId, taggingRouterState(articleId), load.baseUrl, reviewer.cookie),
    body: encodeActionArguments(args),
  };
}

/** The action's answer, or the reason it is not a success (a refusal, an error row, an unreadable payload). */
function answer<T>(body: string): { value: T } | { failure: string } {
  try {
    const result = readActionResult(body) as ActionResult<T>;
    return result.ok ? { value: result.value } : { failure: result.error };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The reviewers' three tag writes, each a server action of the tagging workspace posted as its browser posts it:
 * create a tag on the next planned word, change one of their saved tags, delete one. Answers are checked (a
 * refused write counts against the run) and acknowledged writes go into the ledger for the check afterwards.
 */
export function tagRequestTypes(load: TagLoad, pace: ReviewerPace): RequestType[] {
  const rota = new Rota(load.reviewers);
  const perSecond = (every: number) => load.reviewers.length / every;
  const create = new Refusals();
  const update = new Refusals();
  const remove = new Refusals();

  const createRequest: autocannon.Request = {
    setupRequest: (request, context) => {
      const reviewer = rota.next();
      const { articleId, fields } = reviewer.nextTag();
      Object.assign(context, { reviewer, articleId });
      // The workspace names a new tag's id before the first try, so that a retried save cannot make a second tag.
      const input = { ...fields, articleId, id: randomUUID() };
      return { ...request, ...actionRequest(load, reviewer, load.actionIds.create, articleId, [input]) };
    },
    onResponse: (status, body, context) => {
      if (status !== 200) return; // autocannon counts it as non-2xx
      const result = answer<WorkspaceTag>(body);
      if ("failure" in result) return create.add(result.failure);
      load.ledger.saved(result.value.id, result.value.revision);
      const { reviewer, articleId } = context as Sent;
      reviewer.keep({ articleId, tag: result.value });
    },
  };

  const updateRequest: autocannon.Request = {
    setupRequest: (request, context) => {
      const { reviewer, saved } = takeSaved(rota, context as Sent, load.ledger);
      const input = { ...editedFields(saved.tag, load.categories), articleId: saved.articleId };
      const args = [saved.tag.id, saved.tag.revision, input];
      return { ...request, ...actionRequest(load, reviewer, load.actionIds.update, saved.articleId, args) };
    },
    onResponse: (status, body, context) => {
      if (status !== 200) return;
      const { reviewer, saved } = context as Required<Sent>;
      const result = answer<WorkspaceTag>(body);
      if ("failure" in result) return update.add(result.failure);
      load.ledger.saved(result.value.id, result.value.revision);
      reviewer.keep({ articleId: saved.articleId, tag: result.value });
    },
  };

  const deleteRequest: autocannon.Request = {
    setupRequest: (request, context) => {
      const { reviewer, saved } = takeSaved(rota, context as Sent, load.ledger);
      const args = [saved.tag.id, saved.tag.revision];
      return { ...request, ...actionRequest(load, reviewer, load.actionIds.delete, saved.articleId, args) };
    },
    onResponse: (status, body, context) => {
      if (status !== 200) return;
      const result = answer<undefined>(body);
      if ("failure" in result) return remove.add(result.failure);
      load.ledger.deleted((context as Required<Sent>).saved.tag.id);
    },
  };

  return [
    { name: "tag create", perSecond: perSecond(pace.createEvery), request: createRequest, refused: create },
    { name: "tag update", perSecond: perSecond(pace.updateEvery), request: updateRequest, refused: update },
    { name: "tag delete", perSecond: perSecond(pace.deleteEvery), request: deleteRequest, refused: remove },
  ];
}

function takeSaved(rota: Rota<Reviewer>, context: Sent, ledger: WriteLedger): Required<Sent> {
  const reviewer = rota.next((candidate) => candidate.hasIdleTag());
  const saved = reviewer.takeTag() as SavedTag;
  ledger.sending(saved.tag.id);
  Object.assign(context, { reviewer, articleId: saved.articleId, saved });
  return { reviewer, articleId: saved.articleId, saved };
}
