import { useTransition } from "react";
import type { TagFields } from "../tagging/types";
import type { DeskKeyHandlers } from "./use-desk-keys";
import type { useUnitFocus } from "./use-unit-focus";
import type { VersionCommands } from "./version-cell";
import type { ActionResult, AdjudicationActions, AdjudicationUnit, Reviewer, ReviewerTag } from "./types";

export type Editing = { unitKey: string; versionIndex: number } | { unitKey: null; draft: TagFields };

interface Desk {
  reviewers: Reviewer[];
  actions: AdjudicationActions;
  focus: ReturnType<typeof useUnitFocus>;
  announce(message: string): void;
  setEditing(editing: Editing | null): void;
  onShow(unit: AdjudicationUnit): void;
}

const brief = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}…` : text);
const inGold = (tag: ReviewerTag) => tag.decision !== null && tag.decision.verdict !== "REJECTED";

/** The span and attributes of a gold tag as the server actions take them. */
export const goldPayload = ({ kind: _kind, label: _label, ...tag }: TagFields) => tag;

/** What the adjudicator does to units, by button or by key, each write announced (or its refusal). */
export function useDeskCommands({ reviewers, actions, focus, announce, setEditing, onShow }: Desk) {
  const [busy, startTransition] = useTransition();

  function run(write: () => Promise<ActionResult<void>>, done: string, then?: () => void) {
    startTransition(async () => {
      const result = await write();
      if (!result.ok) return announce(result.error);
      announce(done);
      then?.();
    });
  }

  const whose = (unit: AdjudicationUnit, index: number) =>
    `${reviewers[index]?.name}’s ${unit.label} tag “${brief(unit.versions[index]?.tag.quotedText ?? "")}”`;

  function versionCommands(unit: AdjudicationUnit, index: number, then = () => focus.focus(unit.key)): VersionCommands {
    const id = unit.versions[index]?.tag.id ?? "";
    return {
      accept: () => run(() => actions.accept(id), `Accepted ${whose(unit, index)} into gold.`, then),
      edit: () => setEditing({ unitKey: unit.key, versionIndex: index }),
      reject: () => run(() => actions.reject([id]), `Rejected ${whose(unit, index)}.`, then),
      undo: () => run(() => actions.undo([id]), `Undid the decision on ${whose(unit, index)}.`, then),
    };
  }

  function saveEdit(unit: AdjudicationUnit, index: number, tag: TagFields) {
    const id = unit.versions[index]?.tag.id ?? "";
    run(
      () => actions.edit(id, goldPayload(tag)),
      `Took ${whose(unit, index)} into gold with your edits.`,
      () => {
        setEditing(null);
        focus.focus(unit.key);
      },
    );
  }

  const keys: DeskKeyHandlers = {
    move: focus.move,
    show: () => focus.current && onShow(focus.current),
    accept: (index) => withUnit((unit) => acceptByKey(unit, index)),
    edit: () =>
      withUnit((unit) => {
        const index = unit.versions.findIndex((version) => version && !inGold(version.tag));
        if (index < 0) return announce("Every version of this unit is in gold already.");
        setEditing({ unitKey: unit.key, versionIndex: index });
      }),
    reject: () =>
      withUnit((unit) => {
        const ids = tagsOf(unit)
          .filter((tag) => !tag.decision)
          .map((tag) => tag.id);
        if (ids.length === 0) return announce("Nothing left to reject in this unit.");
        run(
          () => actions.reject(ids),
          `Rejected the ${unit.label} unit.`,
          () => focus.advance(unit),
        );
      }),
    undo: () =>
      withUnit((unit) => {
        const ids = tagsOf(unit)
          .filter((tag) => tag.decision)
          .map((tag) => tag.id);
        if (ids.length === 0) return announce("Nothing to undo in this unit.");
        run(
          () => actions.undo(ids),
          `Undid the decisions on the ${unit.label} unit.`,
          () => focus.focus(unit.key),
        );
      }),
  };

  function acceptByKey(unit: AdjudicationUnit, index: number | null) {
    const open = unit.versions.flatMap((version, at) => (version && !inGold(version.tag) ? [at] : []));
    if (index === null && unit.status === "differs")
      return announce("The versions differ: press a reviewer's number to accept theirs, or e to edit one.");
    const chosen = index ?? open[0];
    if (chosen === undefined || !open.includes(chosen))
      return announce(unit.versions[chosen ?? 0] ? "That version is in gold already." : "No such version here.");
    versionCommands(unit, chosen, () => focus.advance(unit)).accept();
  }

  function withUnit(act: (unit: AdjudicationUnit) => void) {
    if (busy) return announce("Still saving the last decision…");
    if (focus.current) act(focus.current);
  }

  return { busy, run, versionCommands, saveEdit, keys };
}

const tagsOf = (unit: AdjudicationUnit) => unit.versions.flatMap((version) => version?.tag ?? []);
