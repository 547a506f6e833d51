"use client";

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";

const Deferring = createContext(false);

/**
 * Inside it, charts draw when they come near the screen or when the browser is next idle, whichever is first: a
 * 50-outlet comparison has some 16,000 chart elements, and drawing them all at once held the page for seconds.
 * Elsewhere (reports, their PDF) charts draw at once.
 */
export function DeferCharts({ children }: { children: ReactNode }) {
  return <Deferring.Provider value={true}>{children}</Deferring.Provider>;
}

/** The chart, or until it may draw, an empty box of its height so nothing moves when it does. */
export function DeferredChart({ height, children }: { height: number; children: ReactNode }) {
  const deferring = useContext(Deferring);
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(!deferring);
  useEffect(() => {
    const element = box.current;
    if (ready || !element) return;
    const draw = () => setReady(true);
    const near = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && draw(), {
      rootMargin: "50% 0px",
    });
    near.observe(element);
    // One chart per idle moment, so the page answers input between them (Safari has no requestIdleCallback).
    const idle = window.requestIdleCallback ? window.requestIdleCallback(draw, { timeout: 5000 }) : undefined;
    const timer = idle === undefined ? window.setTimeout(draw, 500) : undefined;
    return () => {
      near.disconnect();
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, [ready]);
  return (
    <div ref={box} style={ready ? undefined : { height }}>
      {ready ? children : null}
    </div>
  );
}
