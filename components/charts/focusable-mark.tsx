import type { KeyboardEvent, ReactNode } from "react";
import styles from "./charts.module.css";

/**
 * Any drawn mark (a bar, a dot with its interval) that can be reached with Tab and opened with Enter or Space as
 * well as by a click: Recharts draws plain SVG, which a keyboard cannot reach. Without `onOpen` it is an image
 * with its description.
 */
export function FocusableMark(props: { description: string; onOpen?: () => void; children: ReactNode }) {
  const { description, onOpen } = props;
  const open = (event: KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onOpen?.();
  };
  return (
    <g
      className={onOpen ? styles.bar : undefined}
      tabIndex={onOpen ? 0 : undefined}
      role={onOpen ? "link" : "img"}
      aria-label={description}
      onClick={onOpen}
      onKeyDown={onOpen ? open : undefined}
    >
      {props.children}
    </g>
  );
}
