/** Separators templates put between a headline and the outlet's name: "Headline | Outlet", "Outlet - Headline". */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»]\s+/;

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Drops the outlet's name from either end of a title, when the page names its outlet. */
function withoutSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = comparable(siteName);
  const first = parts[0] ?? "";
  const last = parts[parts.length - 1] ?? "";
  if (comparable(last) === site)
    return title
      .slice(0, title.lastIndexOf(last))
      .replace(new RegExp(`${TITLE_SEPARATOR.source}$`), "")
      .trim();
  if (comparable(first) === site)
    return title
      .slice(first.length)
      .replace(new RegExp(`^${TITLE_SEPARATOR.source}`), "")
      .trim();
  return title;
}

/** The first available title (candidates come most trustworthy first), without the outlet's name around it. */
export function chooseTitle(candidates: readonly string[], siteName: string | null): string | null {
  for (const candidate of candidates) {
    const title = withoutSiteName(candidate, siteName);
    if (title) return title;
  }
  return null;
}
