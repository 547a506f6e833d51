"use client";

import { useEffect, useRef } from "react";

/**
 * The panel's heading, focused when it appears, so a keyboard or screen-reader user who opened a bar lands on the
 * passages rather than at the top of the page.
 */
export function FocusOnArrival({ id, label }: { id: string; label: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [label]);
  return (
    <h2 id={id} ref={heading} tabIndex={-1}>
      {label}
    </h2>
  );
}
