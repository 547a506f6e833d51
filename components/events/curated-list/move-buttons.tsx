"use client";

import { useActionState, useEffect, useRef } from "react";
import type { Direction } from "@/lib/events/actors/move-in-event-list";
import type { ListEditAction } from "./list-edit-state";
import styles from "./event-list.module.css";

interface MoveButtonsProps {
  id: string;
  name: string;
  isFirst: boolean;
  isLast: boolean;
  move: ListEditAction;
}

/**
 * Up and down buttons. After a move the row re-renders elsewhere in the list, which can drop focus, so the
 * button pressed is focused again (or its twin, once the row reaches that end) to keep moving by keyboard.
 */
export function MoveButtons({ id, name, isFirst, isLast, move }: MoveButtonsProps) {
  const [state, action] = useActionState(move, {});
  const pressed = useRef<Direction>("up");
  const buttons = { up: useRef<HTMLButtonElement>(null), down: useRef<HTMLButtonElement>(null) };
  useEffect(() => {
    if (!state.savedAt) return;
    const wanted = buttons[pressed.current].current;
    (wanted?.disabled ? buttons[pressed.current === "up" ? "down" : "up"].current : wanted)?.focus();
    // Refs are stable; only a new move should move focus.
  }, [state.savedAt]);
  return (
    <form action={action} className={styles.move}>
      <input type="hidden" name="id" value={id} />
      {(["up", "down"] as const).map((direction) => (
        <button
          key={direction}
          ref={buttons[direction]}
          type="submit"
          name="direction"
          value={direction}
          className="secondary"
          disabled={direction === "up" ? isFirst : isLast}
          aria-label={`Move ${name} ${direction}`}
          onClick={() => (pressed.current = direction)}
        >
          {direction === "up" ? "↑" : "↓"}
        </button>
      ))}
    </form>
  );
}
