import type { SuggestionActions } from "./suggestions/types";
import type { WorkspaceActions } from "./types";
import type { Persist } from "./use-connection";

/**
 * The workspace's server actions, each sent again until the server answers it for good (see useConnection).
 * A retry repeats the same arguments: a new tag carries the id chosen before its first try, so it is made once.
 */
export function retryingActions(actions: WorkspaceActions, persist: Persist): WorkspaceActions {
  return {
    createTag: (input) => persist(() => actions.createTag(input)),
    updateTag: (tagId, revision, input) => persist(() => actions.updateTag(tagId, revision, input)),
    deleteTag: (tagId, revision) => persist(() => actions.deleteTag(tagId, revision)),
    reloadTag: (tagId) => persist(() => actions.reloadTag(tagId)),
    submitArticle: (articleId) => persist(() => actions.submitArticle(articleId)),
    saveArticleForm: (input) => persist(() => actions.saveArticleForm(input)),
    reloadArticleForm: (articleId) => persist(() => actions.reloadArticleForm(articleId)),
  };
}

/** The same for answering suggestions. */
export function retryingSuggestionActions(actions: SuggestionActions, persist: Persist): SuggestionActions {
  return {
    acceptSuggestion: (articleId, key, tagId) => persist(() => actions.acceptSuggestion(articleId, key, tagId)),
    rejectSuggestion: (articleId, key) => persist(() => actions.rejectSuggestion(articleId, key)),
    restoreSuggestion: (articleId, key) => persist(() => actions.restoreSuggestion(articleId, key)),
  };
}
