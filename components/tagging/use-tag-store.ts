import { useCallback, useRef, useState } from "react";
import { newTagId } from "./new-tag-id";
import { tagFields, type TagActions, type TagFields, type WorkspaceTag } from "./types";

let pendingCount = 0;
export const isPending = (tag: WorkspaceTag) => tag.id.startsWith("pending-");

/**
 * The article's tags on screen, changed optimistically: each write shows at once, goes through a server
 * action, and is rolled back (or, when refused as stale, replaced by the tag as stored) with the reason
 * handed to `announce`. The ref is the list as of now, for writes that read revisions between renders.
 */
export function useTagStore(
  articleId: string,
  initialTags: WorkspaceTag[],
  actions: TagActions,
  announce: (message: string) => void,
) {
  const [tags, setTags] = useState(initialTags);
  const current = useRef(initialTags);
  const change = useCallback((next: (tags: WorkspaceTag[]) => WorkspaceTag[]) => {
    current.current = next(current.current);
    setTags(current.current);
  }, []);
  const find = useCallback((tagId: string) => current.current.find((tag) => tag.id === tagId), []);
  const input = useCallback((fields: TagFields) => ({ ...fields, articleId }), [articleId]);

  /** Shows a new tag at once, as pending; `save` writes it (later, when earlier writes are still queued). */
  const stage = useCallback(
    (fields: TagFields): WorkspaceTag => {
      const placeholder = { ...fields, id: `pending-${++pendingCount}`, revision: 0, mine: true };
      change((list) => [...list, placeholder]);
      return placeholder;
    },
    [change],
  );

  const save = useCallback(
    async (placeholder: WorkspaceTag): Promise<WorkspaceTag | null> => {
      // The id is chosen once, so that sending this save again cannot make a second tag.
      const result = await actions.createTag({ ...input(tagFields(placeholder)), id: newTagId() });
      change((list) => list.filter((tag) => tag.id !== placeholder.id).concat(result.ok ? [result.value] : []));
      if (!result.ok) announce(result.error);
      return result.ok ? result.value : null;
    },
    [actions, announce, change, input],
  );

  const create = useCallback((fields: TagFields) => save(stage(fields)), [save, stage]);

  const reload = useCallback(
    async (tagId: string) => {
      const stored = await actions.reloadTag(tagId);
      change((list) =>
        stored ? list.map((tag) => (tag.id === tagId ? stored : tag)) : list.filter((tag) => tag.id !== tagId),
      );
    },
    [actions, change],
  );

  const remove = useCallback(
    async (tag: WorkspaceTag): Promise<boolean> => {
      change((list) => list.filter((other) => other.id !== tag.id));
      const result = await actions.deleteTag(tag.id, tag.revision);
      if (result.ok) return true;
      announce(result.error);
      change((list) => [...list, tag]);
      await reload(tag.id);
      return false;
    },
    [actions, announce, change, reload],
  );

  const update = useCallback(
    async (tag: WorkspaceTag, fields: TagFields): Promise<WorkspaceTag | null> => {
      change((list) => list.map((other) => (other.id === tag.id ? { ...tag, ...fields } : other)));
      const result = await actions.updateTag(tag.id, tag.revision, input(fields));
      if (result.ok) change((list) => list.map((other) => (other.id === tag.id ? result.value : other)));
      else {
        announce(result.error);
        await reload(tag.id);
      }
      return result.ok ? result.value : null;
    },
    [actions, announce, change, input, reload],
  );

  return { tags, find, stage, save, create, remove, update };
}
