const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", "#x27": "'", "#39": "'" };

/** An attribute value as the HTML parser reads it: React escapes & " ' < > and nothing else. */
function decodeAttribute(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|apos|#x27|#39);/g, (_entity, name: string) => ENTITIES[name]);
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeAttribute(match[1]) : null;
}

/**
 * The hidden inputs of the first form on a server-rendered page: for a form whose action is a server action,
 * React writes the action's reference (and its bound arguments, encrypted by Next) there, so that the form
 * posts to it before any script has run.
 */
export function hiddenFormFields(html: string): [string, string][] {
  const form = /<form[\s>][\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error("The page has no form.");
  return [...form.matchAll(/<input\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => attribute(tag, "type") === "hidden")
    .map((tag) => [attribute(tag, "name") ?? "", attribute(tag, "value") ?? ""]);
}
