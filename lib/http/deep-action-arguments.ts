import { nestsDeeperThan } from "./json-depth.ts";

/**
 * Far deeper than any argument the app sends (a tag's attributes are a few levels deep). React decodes a server
 * action's arguments recursively, and a few thousand levels overflow the server's stack: Next answers 500.
 */
export const MAX_ACTION_NESTING = 64;

// React's encodeReply writes its JSON rows under numeric names; a form's own fields get a `_N_` prefix and hold
// the user's text, whose brackets mean nothing.
const REPLY_ROW = /^\d+$/;

/**
 * Whether a server action call carries arguments nested deeper than MAX_ACTION_NESTING. Reads a copy of the body
 * (the proxy buffers it, so the action still receives it): the whole body when it is one JSON text, the reply's
 * JSON rows when it is multipart.
 */
export async function hasTooDeepActionArguments(request: Request): Promise<boolean> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const copy = request.clone();
  if (!request.headers.get("content-type")?.startsWith("multipart/form-data"))
    return nestsDeeperThan(await copy.text(), MAX_ACTION_NESTING);
  const form = await copy.formData().catch(() => null);
  return [...(form?.entries() ?? [])].some(
    ([name, value]) => REPLY_ROW.test(name) && typeof value === "string" && nestsDeeperThan(value, MAX_ACTION_NESTING),
  );
}
