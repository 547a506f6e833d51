/** What the caller wants the page to be; anything else is refused before its body is read. */
export type AcceptedContent = "html" | "feed" | "any";

const ACCEPTED_TYPES: Readonly<Record<Exclude<AcceptedContent, "any">, readonly string[]>> = {
  html: ["text/html", "application/xhtml+xml"],
  feed: ["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"],
};

/** The Accept header for each kind, so sites that negotiate send the right representation. */
export const ACCEPT_HEADERS: Readonly<Record<AcceptedContent, string>> = {
  html: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  feed: "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
  any: "*/*",
};

const KIND_NAMES: Readonly<Record<Exclude<AcceptedContent, "any">, string>> = {
  html: "a web page",
  feed: "an RSS or Atom feed",
};

export interface ContentType {
  /** Lowercased type/subtype without parameters, or "" when the site sent none. */
  mimeType: string;
  charset: string | null;
}

export function parseContentType(header: string | undefined): ContentType {
  const [essence = "", ...parameters] = (header ?? "").split(";");
  const charsetParameter = parameters
    .map((parameter) => parameter.trim())
    .find((parameter) => /^charset=/i.test(parameter));
  const charset =
    charsetParameter
      ?.slice("charset=".length)
      .replace(/^["']|["']$/g, "")
      .trim()
      .toLowerCase() || null;
  return { mimeType: essence.trim().toLowerCase(), charset };
}

/** Null when the type is acceptable, else a reason naming the type the site sent. */
export function refuseContentType(mimeType: string, accept: AcceptedContent): string | null {
  if (accept === "any") return null;
  if (ACCEPTED_TYPES[accept].includes(mimeType)) return null;
  const sent = mimeType || "content of no declared type";
  return `The address serves ${sent}, not ${KIND_NAMES[accept]}. Check that it points to ${KIND_NAMES[accept]}.`;
}
