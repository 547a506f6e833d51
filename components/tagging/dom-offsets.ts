import type { TextSpan } from "@/lib/annotations/text/span";

/**
 * The body offsets a DOM selection covers inside `root`, where every text segment is an element with a
 * `data-start` attribute holding the offset of its first character (UTF-16, like the body's indices). Ends
 * outside `root` are clamped to its first or last segment; null when the selection does not touch it.
 */
export function selectionToSpan(root: HTMLElement, selection: Selection | null): TextSpan | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const start = root.contains(range.startContainer)
    ? offsetAt(root, range.startContainer, range.startOffset)
    : edgeOffset(root, "first");
  const end = root.contains(range.endContainer)
    ? offsetAt(root, range.endContainer, range.endOffset)
    : edgeOffset(root, "last");
  return start === null || end === null || end < start ? null : { start, end };
}

function offsetAt(root: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = node.parentElement?.closest<HTMLElement>("[data-start]");
    return segment && root.contains(segment) ? Number(segment.dataset.start) + offset : null;
  }
  const element = node as Element;
  const child = element.childNodes[offset];
  if (child) return firstSegmentStart(child) ?? segmentEndBefore(root, child);
  return lastSegmentEnd(element);
}

function firstSegmentStart(node: Node): number | null {
  const segment =
    node instanceof HTMLElement &&
    (node.matches("[data-start]") ? node : node.querySelector<HTMLElement>("[data-start]"));
  return segment ? Number(segment.dataset.start) : null;
}

function lastSegmentEnd(node: Element): number | null {
  const segments = node.querySelectorAll<HTMLElement>("[data-start]");
  const last = node instanceof HTMLElement && node.matches("[data-start]") ? node : segments[segments.length - 1];
  return last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : null;
}

/** A point before an element holding no text (a caret marker): the end of the segment before it. */
function segmentEndBefore(root: HTMLElement, node: Node): number | null {
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
    if (sibling instanceof Element) return lastSegmentEnd(sibling);
  }
  return node.parentElement && node.parentElement !== root ? firstSegmentStart(node.parentElement) : null;
}

function edgeOffset(root: HTMLElement, edge: "first" | "last"): number | null {
  return edge === "first" ? firstSegmentStart(root) : lastSegmentEnd(root);
}
