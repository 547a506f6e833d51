import { createContext, useContext, type Dispatch } from "react";
import type { DraftErrors } from "./draft-errors";
import type { DraftAction } from "./draft-reducer";

export interface EditorContextValue {
  dispatch: Dispatch<DraftAction>;
  errors: DraftErrors;
  /** Says a change out loud that is not obvious from the focused control (a move, a retirement). */
  announce(text: string): void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error("useEditor outside the codebook editor");
  return editor;
}
