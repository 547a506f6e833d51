import { useMemo, useState, type RefObject } from "react";
import { openSuggestions } from "@/lib/suggestions-review/open-suggestions";
import { caretAt, type TextSelection } from "../text-selection";
import type { WorkspaceTag } from "../types";
import type { SuggestedFields } from "./accepting-suggestions";
import { neighbour, suggestionAt } from "./suggestion-order";
import type { ArticleSuggestions, OfferedSuggestion, SuggestionActions } from "./types";

interface Workspace {
  articleId: string;
  initial: ArticleSuggestions;
  /** The tags on screen: a suggestion overlapping a tag of its category is answered and leaves the list. */
  tags: WorkspaceTag[];
  /** The text and its caret ("next" starts from where the reviewer reads) and the picked tag. */
  commands: {
    textRef: RefObject<HTMLDivElement | null>;
    selection: TextSelection | null;
    setSelection(selection: TextSelection | null): void;
    setSelectedTagId(tagId: string | null): void;
  };
  actions: SuggestionActions;
  create(fields: SuggestedFields): Promise<WorkspaceTag | null>;
  announce(message: string): void;
}

const NONE: OfferedSuggestion[] = [];

const brief = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}…` : text);
const byPosition = (a: OfferedSuggestion, b: OfferedSuggestion) => a.start - b.start || a.end - b.end;

/**
 * The article's suggestions as the reviewer works through them: one is current (moved to with keys or a click),
 * accepting makes it a tag through the tag store, rejecting stores the rejection at once (taken back if the
 * server refuses); either answer moves on to the next one, as a reviewer working down the list expects.
 */
export function useSuggestions(workspace: Workspace) {
  const { articleId, initial, tags, commands, actions, announce } = workspace;
  const everything = useMemo(() => [...initial.offered, ...initial.rejected].sort(byPosition), [initial]);
  const [rejected, setRejected] = useState(() => new Set(initial.rejected.map((suggestion) => suggestion.key)));
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [lastRejected, setLastRejected] = useState<OfferedSuggestion | null>(null);
  const [shown, setShown] = useState(true);
  const open = useMemo(
    () =>
      openSuggestions(
        everything.filter((suggestion) => !rejected.has(suggestion.key)),
        tags,
      ),
    [everything, rejected, tags],
  );
  const current = open.find((suggestion) => suggestion.key === currentKey) ?? null;

  /** Puts the caret at a suggestion and scrolls its passage into view, without taking focus from a button. */
  function showOffset(offset: number) {
    commands.setSelection(caretAt(offset));
    commands.textRef.current?.querySelector(`[data-start="${offset}"]`)?.scrollIntoView({ block: "nearest" });
  }

  function focus(suggestion: OfferedSuggestion | null, scroll = true) {
    setCurrentKey(suggestion?.key ?? null);
    if (!suggestion) return;
    if (scroll) showOffset(suggestion.start);
    announce(`${suggestion.tag.label}: “${brief(suggestion.tag.quotedText)}”. ${suggestion.why}.`);
  }

  function move(direction: 1 | -1) {
    const next = neighbour(open, { key: currentKey, offset: commands.selection?.focus ?? 0 }, direction);
    if (!next) return announce("No suggestions left on this article.");
    focus(next);
  }

  /**
   * After answering the current suggestion, the one after it becomes current. Answered by key, the text scrolls to
   * it (the next key press is about it); by a button in the list, nothing scrolls away from the list.
   */
  function advancePast(suggestion: OfferedSuggestion, reveal: boolean) {
    if (suggestion.key !== currentKey) return;
    const rest = open.filter((other) => other.key !== suggestion.key);
    const next = rest.find((other) => byPosition(other, suggestion) > 0) ?? null;
    setCurrentKey(next?.key ?? null);
    if (next && reveal) showOffset(next.start);
  }

  async function accept(suggestion = current, reveal = false) {
    if (!suggestion) return announce("Move to a suggestion first: press . for the next one.");
    advancePast(suggestion, reveal);
    const tag = await workspace.create({ ...suggestion.tag, suggestionKey: suggestion.key });
    if (!tag) return;
    commands.setSelectedTagId(tag.id);
    announce(`Accepted: ${tag.label} on “${brief(tag.quotedText)}”.`);
  }

  async function setRejection(suggestion: OfferedSuggestion, rejecting: boolean) {
    const change = (keys: Set<string>, add: boolean) => {
      const next = new Set(keys);
      if (add) next.add(suggestion.key);
      else next.delete(suggestion.key);
      return next;
    };
    setRejected((keys) => change(keys, rejecting));
    const write = rejecting ? actions.rejectSuggestion : actions.restoreSuggestion;
    const result = await write(articleId, suggestion.key);
    if (result.ok) return true;
    setRejected((keys) => change(keys, !rejecting));
    announce(result.error);
    return false;
  }

  async function reject(suggestion = current, reveal = false) {
    if (!suggestion) return announce("Move to a suggestion first: press . for the next one.");
    advancePast(suggestion, reveal);
    setLastRejected(suggestion);
    if (await setRejection(suggestion, true))
      announce(`Rejected “${brief(suggestion.tag.quotedText)}”: it will not be suggested to you here again.`);
  }

  async function restore(suggestion: OfferedSuggestion) {
    setLastRejected(null);
    if (await setRejection(suggestion, false)) announce(`Suggested again: “${brief(suggestion.tag.quotedText)}”.`);
  }

  /** The suggestion keys; false for any other key, or while suggestions are hidden. */
  function handleKey(key: string): boolean {
    if (!shown) return false;
    const acceptCurrent = () => accept(current, true);
    const rejectCurrent = () => reject(current, true);
    const command = {
      ".": () => move(1),
      ",": () => move(-1),
      "+": acceptCurrent,
      "=": acceptCurrent,
      "-": rejectCurrent,
    }[key];
    command?.();
    return Boolean(command);
  }

  return {
    open,
    /** What the text draws: nothing while hidden. */
    marks: shown ? open : NONE,
    rejected: everything.filter((suggestion) => rejected.has(suggestion.key)),
    current,
    lastRejected: lastRejected && rejected.has(lastRejected.key) ? lastRejected : null,
    shown,
    toggle: () => setShown((value) => !value),
    focus,
    pickAt: (offset: number) => focus(suggestionAt(open, offset) ?? null, false),
    accept,
    reject,
    restore,
    handleKey,
  };
}
