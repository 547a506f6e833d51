/**
 * Whether a request target's path holds a percent-escape that decodes to no UTF-8 text (`%E0%A4%A`, `%FF`, a
 * lone `%`). Next answers such a path with a 500 (its route matcher's decode error is not recognised across its
 * bundles), so Framewise's server refuses it first with a 400. The query string is left to the pages: its
 * parser keeps malformed escapes as they are.
 */
export function isMalformedPath(target: string): boolean {
  const end = target.search(/[?#]/);
  try {
    decodeURIComponent(end === -1 ? target : target.slice(0, end));
    return false;
  } catch {
    return true;
  }
}
