"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * Opens the plain links inside it as client-side navigations, as next/link would. A comparison's tables hold
 * hundreds of passage links (about 2,500 at 50 outlets); as next/link each was a client component to hydrate
 * and watch for prefetching, which took a large part of the page's start. One listener here costs nothing.
 */
export function SoftLinks({ children }: { children: ReactNode }) {
  const router = useRouter();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const open = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      if (event.altKey || !(event.target instanceof Element)) return;
      const link = event.target.closest("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute("download")) return;
      if (link.origin !== window.location.origin) return;
      event.preventDefault();
      router.push(`${link.pathname}${link.search}${link.hash}`);
    };
    element.addEventListener("click", open);
    return () => element.removeEventListener("click", open);
  }, [router]);
  return <div ref={box}>{children}</div>;
}
