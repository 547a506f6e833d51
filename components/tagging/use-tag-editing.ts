import { useCallback, useReducer, useRef } from "react";
import { mergeAttributes } from "./merge-attributes";
import { describeStep, remapTagId, type HistoryStep } from "./tag-history";
import { tagFields, type TagActions, type TagFields, type WorkspaceTag } from "./types";
import { untracked, type Track } from "./use-connection";
import { useSerialQueue } from "./use-serial-queue";
import { useTagStore } from "./use-tag-store";

/**
 * Creating, changing and deleting tags, with undo and redo. Every step, undone or redone too, is a write
 * through the same server actions, one at a time; a step the server refuses is dropped from the history.
 * A new tag shows at once, even while earlier writes still wait for the server.
 */
export function useTagEditing(
  articleId: string,
  initialTags: WorkspaceTag[],
  actions: TagActions,
  announce: (message: string) => void,
  track: Track = untracked,
) {
  const store = useTagStore(articleId, initialTags, actions, announce);
  const serial = useSerialQueue();
  const serially = <T>(job: () => Promise<T>) => track(() => serial(job));
  const undoable = useRef<HistoryStep[]>([]);
  const redoable = useRef<HistoryStep[]>([]);
  const [, historyChanged] = useReducer((count: number) => count + 1, 0);
  const { find } = store;

  const record = useCallback((step: HistoryStep) => {
    undoable.current.push(step);
    redoable.current = [];
    historyChanged();
  }, []);

  const create = (fields: TagFields) => {
    const placeholder = store.stage(fields);
    return serially(async () => {
      const tag = await store.save(placeholder);
      if (tag) record({ kind: "create", tag });
      return tag;
    });
  };

  const remove = (tagId: string) =>
    serially(async () => {
      const tag = find(tagId);
      const removed = Boolean(tag && (await store.remove(tag)));
      if (removed) record({ kind: "delete", tag: tag! });
      return removed;
    });

  const update = (tagId: string, changes: Partial<TagFields>) =>
    serially(async () => {
      const tag = find(tagId);
      if (!tag) return;
      const before = tagFields(tag);
      // Attributes merge into the tag as it is when the write runs, so quick edits of two fields both count.
      const after = { ...before, ...changes, attributes: mergeAttributes(before.attributes, changes.attributes) };
      if (await store.update(tag, after)) record({ kind: "update", tagId, before, after });
    });

  /** Replays a step one way; the step as it now stands (a tag made again has a new id), or null if refused. */
  async function replay(step: HistoryStep, direction: "undo" | "redo"): Promise<HistoryStep | null> {
    if (step.kind === "update") {
      const tag = find(step.tagId);
      return tag && (await store.update(tag, direction === "undo" ? step.before : step.after)) ? step : null;
    }
    if ((step.kind === "create") !== (direction === "redo")) {
      const tag = find(step.tag.id);
      return tag && (await store.remove(tag)) ? step : null;
    }
    const made = await store.create(tagFields(step.tag));
    if (!made) return null;
    undoable.current = remapTagId(undoable.current, step.tag.id, made.id);
    redoable.current = remapTagId(redoable.current, step.tag.id, made.id);
    return { ...step, tag: made };
  }

  const travel = (direction: "undo" | "redo") =>
    serially(async () => {
      const [from, to] = direction === "undo" ? [undoable, redoable] : [redoable, undoable];
      const step = from.current.pop();
      if (!step) return announce(direction === "undo" ? "Nothing to undo." : "Nothing to redo.");
      const replayed = await replay(step, direction);
      if (replayed) {
        to.current.push(replayed);
        announce(`${direction === "undo" ? "Undone" : "Redone"}: ${describeStep(step)}.`);
      }
      historyChanged();
    });

  return {
    tags: store.tags,
    /** Submits the article once the writes queued before it are saved (they would be refused after it). */
    submit: (id: string) => serially(() => actions.submitArticle(id)),
    create,
    remove,
    update,
    undo: () => travel("undo"),
    redo: () => travel("redo"),
    canUndo: undoable.current.length > 0,
    canRedo: redoable.current.length > 0,
  };
}
