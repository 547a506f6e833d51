import { useId } from "react";
import type { Direction } from "./draft-lists";
import { focusAfter } from "./focus-after";
import styles from "./codebook.module.css";

interface MoveButtonsProps {
  /** Names the item in the buttons' labels: "Move Morality up". */
  name: string;
  place: number;
  of: number;
  onMove(direction: Direction): void;
}

/**
 * Up and down buttons. The row re-renders elsewhere after a move, so the pressed button is focused again (or
 * its twin, once the row reaches that end) to keep moving by keyboard.
 */
export function MoveButtons({ name, place, of, onMove }: MoveButtonsProps) {
  const id = useId();
  const move = (direction: Direction) => {
    const lands = direction === "up" ? place - 1 : place + 1;
    const atEnd = lands === 1 || lands === of;
    const twin = direction === "up" ? "down" : "up";
    focusAfter(() => onMove(direction), `${id}-${atEnd ? twin : direction}`);
  };
  return (
    <span className={styles.move}>
      {(["up", "down"] as const).map((direction) => (
        <button
          key={direction}
          id={`${id}-${direction}`}
          type="button"
          className="secondary"
          disabled={direction === "up" ? place <= 1 : place >= of}
          aria-label={`Move ${name} ${direction}`}
          onClick={() => move(direction)}
        >
          {direction === "up" ? "↑" : "↓"}
        </button>
      ))}
    </span>
  );
}
