// Reads which page each bookmark of a PDF points to, from the PDF's own objects. Chromium (Skia) writes its outline
// and page tree as plain dictionaries (only content streams are compressed), so a few patterns read them; a PDF
// they cannot read gives no numbers rather than wrong ones.

type Objects = Map<number, string>;

/** Every `N 0 obj … endobj` as its dictionary text, streams left out. */
function readObjects(pdf: string): Objects {
  const objects: Objects = new Map();
  for (const match of pdf.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj\b/g)) {
    const streamAt = match[2].search(/\bstream\b/);
    objects.set(Number(match[1]), streamAt === -1 ? match[2] : match[2].slice(0, streamAt));
  }
  return objects;
}

const refTo = (body: string | undefined, key: string): number | null => {
  const found = body?.match(new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`));
  return found ? Number(found[1]) : null;
};

/** The page objects in reading order: the page tree walked from the catalog's /Pages. */
function pageOrder(objects: Objects, catalog: string): number[] {
  const walk = (id: number | null, depth: number): number[] => {
    const body = id === null ? undefined : objects.get(id);
    if (!body || depth > 32) return [];
    if (!/\/Type\s*\/Pages\b/.test(body)) return [id!];
    const kids = body.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? "";
    return [...kids.matchAll(/(\d+)\s+0\s+R/g)].flatMap((kid) => walk(Number(kid[1]), depth + 1));
  };
  return walk(refTo(catalog, "Pages"), 0);
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };

/** A PDF string's bytes (literal `(…)` with its escapes, or hex `<…>`), as text: UTF-16BE with a BOM, else Latin-1. */
function decodeString(raw: string): string {
  let bytes: string;
  if (raw.startsWith("<")) {
    const hex = raw.slice(1, -1).replace(/\s/g, "");
    bytes = (hex.match(/.{1,2}/g) ?? []).map((pair) => String.fromCharCode(parseInt(pair.padEnd(2, "0"), 16))).join("");
  } else
    bytes = raw
      .slice(1, -1)
      .replace(/\\(\d{1,3}|[\s\S])/g, (_, escape: string) =>
        /^\d/.test(escape) ? String.fromCharCode(parseInt(escape, 8)) : (ESCAPES[escape] ?? escape),
      );
  if (!bytes.startsWith("\u00fe\u00ff")) return bytes;
  let text = "";
  for (let i = 2; i + 1 < bytes.length; i += 2)
    text += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  return text;
}

/** The string value of `/Title` in a dictionary: a literal with balanced (or escaped) parentheses, or hex. */
function titleOf(body: string): string | null {
  const at = body.search(/\/Title\s*[(<]/);
  if (at === -1) return null;
  const start = body.indexOf(body.slice(at).match(/[(<]/)![0], at);
  if (body[start] === "<") return decodeString(body.slice(start, body.indexOf(">", start) + 1));
  let depth = 0;
  for (let i = start; i < body.length; i += 1) {
    if (body[i] === "\\") i += 1;
    else if (body[i] === "(") depth += 1;
    else if (body[i] === ")" && --depth === 0) return decodeString(body.slice(start, i + 1));
  }
  return null;
}

/** The page object an outline item opens: `/Dest [p 0 R …]` or a GoTo action's `/D [p 0 R …]`. */
const destinationOf = (body: string): number | null => {
  const found = body.match(/\/(?:Dest|D)\s*\[\s*(\d+)\s+0\s+R/);
  return found ? Number(found[1]) : null;
};

/**
 * For each wanted title, the 1-based page of the first outline item (in document order) with exactly that title.
 * Titles the outline does not have are left out.
 */
export function outlinePages(pdf: Buffer, titles: readonly string[]): Map<string, number> {
  const objects = readObjects(pdf.toString("latin1"));
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  const pages = new Map<string, number>();
  if (!catalog) return pages;
  const order = pageOrder(objects, catalog);
  const wanted = new Set(titles);
  const seen = new Set<number>();
  const visit = (id: number | null, depth: number) => {
    for (let item = id; item !== null && depth < 32 && !seen.has(item);) {
      seen.add(item);
      const body = objects.get(item);
      if (!body) return;
      const title = titleOf(body);
      const page = order.indexOf(destinationOf(body) ?? -1);
      if (title !== null && wanted.has(title) && !pages.has(title) && page !== -1) pages.set(title, page + 1);
      visit(refTo(body, "First"), depth + 1);
      item = refTo(body, "Next");
    }
  };
  visit(refTo(objects.get(refTo(catalog, "Outlines") ?? -1), "First"), 0);
  return pages;
}
