"use client";

import { useMemo } from "react";
import { AttributePanel } from "./attribute-panel";
import { CategoryPalette } from "./category-palette";
import { HistoryButtons } from "./history-buttons";
import { KeyHelp } from "./key-help";
import { SelectionSummary } from "./selection-summary";
import { shortcutKeys } from "./shortcut-keys";
import styles from "./side-panel.module.css";
import { speakerSuggestions } from "./speaker-suggestions";
import { SubmitArticle } from "./submit-article";
import { TagList } from "./tag-list";
import { TaggedText } from "./tagged-text";
import { taggableSpan } from "./text-selection";
import type { CategoryInUse, EventLinks, TagActions, WorkspaceTag } from "./types";
import { useAnnouncer } from "./use-announcer";
import { useTagCommands } from "./use-tag-commands";
import { useTagEditing } from "./use-tag-editing";
import { isPending } from "./use-tag-store";
import { useWorkspaceKeys } from "./use-workspace-keys";

interface TaggingWorkspaceProps {
  articleId: string;
  body: string;
  lang: string | undefined;
  categories: CategoryInUse[];
  links: EventLinks;
  initialTags: WorkspaceTag[];
  readOnly: boolean;
  actions: TagActions;
}

/** The reviewer's tagging desk: the text with its tags, and beside it the palette, the selected tag and the list. */
export function TaggingWorkspace({
  articleId,
  body,
  lang,
  categories,
  links,
  initialTags,
  readOnly,
  actions,
}: TaggingWorkspaceProps) {
  const { message, announce } = useAnnouncer();
  const editing = useTagEditing(articleId, initialTags, actions, announce);
  const commands = useTagCommands({ body, categories, links, editing, announce });
  const categoryByKey = useMemo(() => shortcutKeys(categories.map((category) => category.id)), [categories]);
  const keyOf = useMemo(() => new Map([...categoryByKey].map(([key, id]) => [id, key])), [categoryByKey]);
  const selectedTag = editing.tags.find((tag) => tag.id === commands.selectedTagId);
  const editable = !readOnly;

  useWorkspaceKeys({
    onShortcut: (key) => editable && categoryByKey.has(key) && (void commands.apply(categoryByKey.get(key)!), true),
    onDelete: () => editable && void commands.removeSelected(),
    onEscape: commands.clear,
    onUndo: () => editable && void editing.undo(),
    onRedo: () => editable && void editing.redo(),
  });

  return (
    <div className={styles.workspace}>
      <div className={`card ${styles.textBox}`}>
        <TaggedText
          body={body}
          lang={lang}
          tags={editing.tags}
          selection={commands.selection}
          selectedTagId={commands.selectedTagId}
          textRef={commands.textRef}
          describedBy={editable ? "tagging-keys" : undefined}
          onSelectionChange={commands.setSelection}
          onTagPicked={commands.setSelectedTagId}
        />
      </div>
      <aside className={styles.panel} aria-label="Tagging tools">
        <p role="status" className={styles.status}>
          {message && <span key={message.key}>{message.text}</span>}
        </p>
        {editable ? (
          <div className={styles.toolbar}>
            <HistoryButtons
              canUndo={editing.canUndo}
              canRedo={editing.canRedo}
              onUndo={editing.undo}
              onRedo={editing.redo}
            />
            <SubmitArticle articleId={articleId} submit={actions.submitArticle} onError={announce} />
          </div>
        ) : (
          <p className="muted">Submitted: your tags are final.</p>
        )}
        {editable && <SelectionSummary body={body} span={taggableSpan(body, commands.selection)} />}
        {selectedTag && (
          <AttributePanel
            key={selectedTag.id}
            tag={selectedTag}
            links={links}
            speakers={speakerSuggestions(links, editing.tags)}
            disabled={readOnly || !selectedTag.mine || isPending(selectedTag)}
            onChange={(changes) => void editing.update(selectedTag.id, changes)}
            onDelete={() => void commands.removeSelected()}
          />
        )}
        {editable && (
          <CategoryPalette categories={categories} keyOf={keyOf} onApply={(id) => void commands.apply(id)} />
        )}
        <TagList tags={editing.tags} selectedTagId={commands.selectedTagId} onShow={commands.show} />
        {editable && <KeyHelp id="tagging-keys" />}
      </aside>
    </div>
  );
}
