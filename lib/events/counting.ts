import type { SyndicatedCounting } from "./queries.ts";

/** The counting mode a page's `copies` search parameter asks for; anything but "once" counts per outlet. */
export function countingFrom(copies: string | string[] | undefined): SyndicatedCounting {
  return copies === "once" ? "once" : "per-outlet";
}
