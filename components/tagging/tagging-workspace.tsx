"use client";

import { useMemo } from "react";
import { ArticleFormCard } from "./article-form-card";
import { ArticleFormSummary } from "./article-form-summary";
import { AttributePanel } from "./attribute-panel";
import { CategoryPalette } from "./category-palette";
import { ConnectionBanner } from "./connection-banner";
import { DefinitionsPanel } from "./definitions-panel";
import { DefinitionsToggle } from "./definitions-toggle";
import { HistoryButtons } from "./history-buttons";
import { KeyHelp } from "./key-help";
import { retryingActions, retryingSuggestionActions } from "./retrying-actions";
import { SelectionSummary } from "./selection-summary";
import { shortcutKeys } from "./shortcut-keys";
import styles from "./side-panel.module.css";
import { speakerSuggestions } from "./speaker-suggestions";
import { SubmitArticle } from "./submit-article";
import { acceptingSuggestions } from "./suggestions/accepting-suggestions";
import { SuggestionPanel } from "./suggestions/suggestion-panel";
import type { ArticleSuggestions, SuggestionActions } from "./suggestions/types";
import { useSuggestions } from "./suggestions/use-suggestions";
import { TagList } from "./tag-list";
import { TaggedText } from "./tagged-text";
import { taggableSpan } from "./text-selection";
import type { CategoryInUse, EventLinks, OwnArticleForm, WorkspaceActions, WorkspaceTag } from "./types";
import { useAnnouncer } from "./use-announcer";
import { useArticleForm } from "./use-article-form";
import { useConnection } from "./use-connection";
import { useDefinitionsToggle } from "./use-definitions-toggle";
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
  initialForm: OwnArticleForm | null;
  readOnly: boolean;
  actions: WorkspaceActions;
  /** The engine's suggestions for this reviewer (none once submitted), and how they are answered. */
  suggestions: ArticleSuggestions;
  suggestionActions: SuggestionActions;
}

/**
 * The reviewer's tagging desk: the text with its tags; beside it the tools (palette, definitions, the selected
 * tag, the list); below it the form on the whole article.
 */
export function TaggingWorkspace(props: TaggingWorkspaceProps) {
  const { articleId, body, lang, categories, links, readOnly } = props;
  const { message, announce } = useAnnouncer();
  const connection = useConnection();
  // Every write is sent again until the server answers it, so an outage delays changes instead of losing them.
  const actions = useMemo(
    () => retryingActions(props.actions, connection.persist),
    [props.actions, connection.persist],
  );
  const suggestionActions = useMemo(
    () => retryingSuggestionActions(props.suggestionActions, connection.persist),
    [props.suggestionActions, connection.persist],
  );
  const tagActions = useMemo(
    () => acceptingSuggestions(actions, suggestionActions.acceptSuggestion),
    [actions, suggestionActions],
  );
  const editing = useTagEditing(articleId, props.initialTags, tagActions, announce, connection.track);
  const commands = useTagCommands({ body, categories, links, editing, announce });
  const suggestions = useSuggestions({
    articleId,
    initial: props.suggestions,
    tags: editing.tags,
    commands,
    actions: suggestionActions,
    create: editing.create,
    announce,
  });
  const form = useArticleForm(articleId, props.initialForm, actions, connection.track);
  const definitions = useDefinitionsToggle();
  const categoryByKey = useMemo(() => shortcutKeys(categories.map((category) => category.id)), [categories]);
  const keyOf = useMemo(() => new Map([...categoryByKey].map(([key, id]) => [id, key])), [categoryByKey]);
  const frames = useMemo(() => categories.filter((category) => category.kind === "FRAME"), [categories]);
  const selectedTag = editing.tags.find((tag) => tag.id === commands.selectedTagId);
  const editable = !readOnly;

  useWorkspaceKeys({
    onShortcut: (key) =>
      editable &&
      (suggestions.handleKey(key) || (categoryByKey.has(key) && (void commands.apply(categoryByKey.get(key)!), true))),
    onDelete: () => editable && void commands.removeSelected(),
    onEscape: () => (definitions.open ? definitions.hide() : commands.clear()),
    onUndo: () => editable && void editing.undo(),
    onRedo: () => editable && void editing.redo(),
    onHelp: definitions.toggle,
  });

  return (
    <>
      <ConnectionBanner state={connection.state} waiting={connection.waiting} onRetryNow={connection.retryNow} />
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
            suggestions={suggestions.marks}
            currentSuggestionKey={suggestions.current?.key ?? null}
            onSuggestionPicked={suggestions.pickAt}
          />
        </div>
        <aside className={styles.panel} aria-label="Tagging tools">
          <p role="status" className={styles.status} data-testid="workspace-status">
            {message && <span key={message.key}>{message.text}</span>}
          </p>
          {readOnly && <p className="muted">Submitted: your tags are final.</p>}
          <div className={styles.toolbar}>
            {editable && (
              <>
                <HistoryButtons
                  canUndo={editing.canUndo}
                  canRedo={editing.canRedo}
                  onUndo={editing.undo}
                  onRedo={editing.redo}
                />
                <SubmitArticle
                  articleId={articleId}
                  submit={editing.submit}
                  reminder={form.fields.primaryFrameId ? null : <PrimaryFrameReminder />}
                  onError={announce}
                />
              </>
            )}
            <DefinitionsToggle
              open={definitions.open}
              buttonRef={definitions.toggleRef}
              onToggle={definitions.toggle}
            />
          </div>
          <ArticleFormSummary fields={form.fields} frames={frames} actors={links.actors} />
          {definitions.open && (
            <DefinitionsPanel
              categories={categories}
              keyOf={keyOf}
              headingRef={definitions.headingRef}
              onClose={definitions.hide}
            />
          )}
          {editable && <SelectionSummary body={body} span={taggableSpan(body, commands.selection)} />}
          {selectedTag && (
            <AttributePanel
              key={selectedTag.id}
              tag={selectedTag}
              category={categories.find((category) => category.id === selectedTag.categoryId)}
              links={links}
              speakers={speakerSuggestions(links, editing.tags)}
              disabled={readOnly || !selectedTag.mine || isPending(selectedTag)}
              onChange={(changes) => void editing.update(selectedTag.id, changes)}
              onDelete={() => void commands.removeSelected()}
            />
          )}
          {editable && <SuggestionPanel suggestions={suggestions} />}
          {editable && (
            <CategoryPalette categories={categories} keyOf={keyOf} onApply={(id) => void commands.apply(id)} />
          )}
          <TagList tags={editing.tags} selectedTagId={commands.selectedTagId} onShow={commands.show} />
          {editable && <KeyHelp id="tagging-keys" />}
        </aside>
        <ArticleFormCard
          frames={frames}
          actors={links.actors}
          fields={form.fields}
          status={form.status}
          readOnly={readOnly}
          onChange={form.change}
          onTone={form.setTone}
        />
      </div>
    </>
  );
}

function PrimaryFrameReminder() {
  return (
    <>
      You have not chosen the article&apos;s primary frame. <a href="#article-form">Choose it</a>, or submit without it.
    </>
  );
}
