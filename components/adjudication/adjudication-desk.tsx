"use client";

import { useMemo, useRef, useState } from "react";
import { newTag } from "../tagging/new-tag";
import { TaggedText } from "../tagging/tagged-text";
import { taggableSpan, type TextSelection } from "../tagging/text-selection";
import { useAnnouncer } from "../tagging/use-announcer";
import { AddGoldTagBar } from "./add-gold-tag-bar";
import { AddedGoldList } from "./added-gold-list";
import styles from "./adjudication.module.css";
import { AdjudicationStatus } from "./adjudication-status";
import { DeskKeyHelp } from "./desk-key-help";
import { GoldTagEditor } from "./gold-tag-editor";
import { goldTextTags } from "./gold-text-tags";
import type {
  AdjudicationActions,
  AdjudicationUnit,
  CategoryInUse,
  DeskPhase,
  EventLinks,
  GoldTag,
  Reviewer,
} from "./types";
import { UnitCard } from "./unit-card";
import { goldPayload, useDeskCommands, type Editing } from "./use-desk-commands";
import { useDeskKeys } from "./use-desk-keys";
import { useUnitFocus } from "./use-unit-focus";

export interface AdjudicationDeskProps {
  body: string;
  lang: string | undefined;
  reviewers: Reviewer[];
  units: AdjudicationUnit[];
  addedGold: GoldTag[];
  categories: CategoryInUse[];
  links: EventLinks;
  phase: DeskPhase;
  progress: { decided: number; total: number };
  completedBy: string | null;
  completedAt: Date | null;
  actions: AdjudicationActions;
}

/**
 * The adjudicator's desk: the article with its gold tags beside the units the reviewers' tags form, each
 * decided by button or key into gold; gold tags nobody made are added from a selection in the text.
 */
export function AdjudicationDesk(props: AdjudicationDeskProps) {
  const { body, reviewers, units, categories, links, phase, actions } = props;
  const { message, announce } = useAnnouncer();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const focus = useUnitFocus(units, listRef);
  const showPassage = (start: number, end: number) => setSelection({ anchor: end, focus: start });
  const onShow = (unit: AdjudicationUnit) => showPassage(unit.startOffset, unit.endOffset);
  const commands = useDeskCommands({ reviewers, actions, focus, announce, setEditing, onShow });
  const editable = phase === "open" && !commands.busy;
  const goldTags = useMemo(() => goldTextTags(units, props.addedGold), [units, props.addedGold]);
  const selected = taggableSpan(body, selection);
  const categoryOf = (id: string) => categories.find((category) => category.id === id);
  useDeskKeys(
    phase === "open"
      ? commands.keys
      : { ...commands.keys, accept: noDecisions, edit: noDecisions, reject: noDecisions, undo: noDecisions },
  );

  function noDecisions() {
    announce(phase === "complete" ? "Gold is complete: reopen it to change anything." : "Start adjudicating first.");
  }

  function startAdding(categoryId: string, span: { start: number; end: number }) {
    const category = categoryOf(categoryId);
    const draft = category && newTag(body, span, category, links.actors);
    if (!draft) return;
    if ("error" in draft) return announce(draft.error);
    setEditing({ unitKey: null, draft });
  }

  function pickGoldTag(tagId: string | null) {
    const unit = units.find((candidate) => candidate.gold.some((gold) => gold.id === tagId));
    if (unit) focus.focus(unit.key);
  }

  const status = (
    <AdjudicationStatus
      phase={phase}
      {...props.progress}
      completedBy={props.completedBy}
      completedAt={props.completedAt}
      busy={commands.busy}
      onStart={() => commands.run(actions.start, "Started: decide each unit into gold.")}
      onComplete={() => commands.run(actions.complete, "Gold is complete.")}
      onReopen={() => commands.run(actions.reopen, "Reopened: gold can be changed again.")}
    />
  );

  return (
    <>
      {status}
      <p role="status" className={styles.toast}>
        {message && <span key={message.key}>{message.text}</span>}
      </p>
      <div className={styles.desk}>
        <div className={`card ${styles.textPane}`}>
          <h2 className={styles.paneHeading}>Text with gold tags</h2>
          <TaggedText
            body={body}
            lang={props.lang}
            tags={goldTags}
            selection={selection}
            selectedTagId={null}
            textRef={textRef}
            describedBy={undefined}
            onSelectionChange={setSelection}
            onTagPicked={pickGoldTag}
          />
          {phase === "open" && (
            <AddGoldTagBar body={body} selected={selected} categories={categories} onAdd={startAdding} />
          )}
        </div>
        <div className={styles.unitsPane}>
          <div className={styles.unitsHeading}>
            <h2>
              Units <span className="muted small">({units.length})</span>
            </h2>
            <DeskKeyHelp />
          </div>
          {editing?.unitKey === null && (
            <GoldTagEditor
              title="New gold tag"
              saveLabel="Add to gold"
              body={body}
              initial={editing.draft}
              category={categoryOf(editing.draft.categoryId)}
              links={links}
              selected={selected}
              busy={commands.busy}
              onSave={(tag) =>
                commands.run(
                  () => actions.addGold(goldPayload(tag)),
                  `Added a ${tag.label} tag to gold.`,
                  () => setEditing(null),
                )
              }
              onCancel={() => setEditing(null)}
            />
          )}
          {units.length === 0 && <p className="muted">The reviewers tagged nothing in this article.</p>}
          <ol ref={listRef} className={styles.units} aria-label="Units">
            {units.map((unit) => {
              const editingHere = editing?.unitKey === unit.key ? editing.versionIndex : null;
              const base = editingHere === null ? null : unit.versions[editingHere]?.tag;
              return (
                <UnitCard
                  key={unit.key}
                  unit={unit}
                  reviewers={reviewers}
                  category={categoryOf(unit.versions.find(Boolean)?.tag.categoryId ?? "")}
                  links={links}
                  focused={focus.current?.key === unit.key}
                  editable={editable}
                  commandsFor={(index) => commands.versionCommands(unit, index)}
                  onShow={() => onShow(unit)}
                  onFocus={() => focus.select(unit.key)}
                >
                  {base && editingHere !== null && (
                    <GoldTagEditor
                      title={`Edit ${reviewers[editingHere]?.name}’s version for gold`}
                      saveLabel="Save to gold"
                      body={body}
                      initial={base}
                      category={categoryOf(base.categoryId)}
                      links={links}
                      selected={selected}
                      busy={commands.busy}
                      onSave={(tag) => commands.saveEdit(unit, editingHere, tag)}
                      onCancel={() => {
                        setEditing(null);
                        focus.focus(unit.key);
                      }}
                    />
                  )}
                </UnitCard>
              );
            })}
          </ol>
          <AddedGoldList
            tags={props.addedGold}
            categories={categories}
            links={links}
            editable={editable}
            onShow={(tag) => showPassage(tag.startOffset, tag.endOffset)}
            onRemove={(tag) =>
              commands.run(
                () => actions.removeGold(tag.id),
                `Removed the ${tag.label} tag “${tag.quotedText}” from gold.`,
              )
            }
          />
        </div>
      </div>
    </>
  );
}
