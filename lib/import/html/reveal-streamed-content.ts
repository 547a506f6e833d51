/**
 * React's streaming server rendering (Next.js and others) sends a page's late content as hidden segments,
 * `<div hidden id="S:0">…</div>`, at the end of the body, and a small inline script moves each into its
 * placeholder (`<template id="B:0">` or `<template id="P:0">`). Scripts never run here, so without this
 * step the story of such a page stays hidden and Readability settles for the footer. This does the move.
 */
export function revealStreamedContent(document: Document): void {
  for (const segment of Array.from(document.querySelectorAll("div[hidden][id^='S:']"))) {
    const suffix = segment.id.slice("S:".length);
    const placeholder = document.getElementById(`B:${suffix}`) ?? document.getElementById(`P:${suffix}`);
    if (placeholder) {
      placeholder.replaceWith(...Array.from(segment.childNodes));
      segment.remove();
    } else {
      segment.removeAttribute("hidden");
    }
  }
}
