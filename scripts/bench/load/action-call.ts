/**
 * A server action call as the browser's Next router sends it: a POST to the page the action is used on, with the
 * action's id in `Next-Action`, the page's router state, and the arguments encoded by React's `encodeReply`, which
 * for plain data (no files, dates or undefined) is JSON with every string that starts with "$" escaped as "$$".
 */
export function encodeActionArguments(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) =>
    typeof value === "string" && value.startsWith("$") ? `$${value}` : value,
  );
}

export function actionHeaders(actionId: string, routerState: string, origin: string, cookie: string) {
  return {
    accept: "text/x-component",
    "content-type": "text/plain;charset=UTF-8",
    "next-action": actionId,
    "next-router-state-tree": encodeURIComponent(routerState),
    origin,
    cookie,
  };
}

/**
 * The router state Chromium sent with a tag save from `/tagging/<articleId>` on this app's Next 16 build (each
 * segment: name, children, url, refresh marker, flags; read from a real request, see docs/reliability.md).
 */
export function taggingRouterState(articleId: string): string {
  const page = ["__PAGE__", {}, null, null, 0];
  const article = [["articleId", articleId, "d", null], { children: page }, null, null, 4];
  const tagging = ["tagging", { children: article }, null, null, 8];
  const group = ["(app)", { children: tagging }, null, null, 8];
  return JSON.stringify(["", { children: group }, null, null, 24]);
}

/** The rows of a React Flight (RSC) response by id; text rows ("T") and hints are skipped. */
function flightRows(payload: string): Map<string, string> {
  const rows = new Map<string, string>();
  const bytes = Buffer.from(payload, "utf8");
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = bytes.toString("utf8", at, colon);
    if (bytes[colon + 1] === 0x54) {
      // T<hex length>,<that many bytes of text>: no newline follows.
      const comma = bytes.indexOf(0x2c, colon);
      at = comma + 1 + parseInt(bytes.toString("utf8", colon + 2, comma), 16);
      continue;
    }
    const end = bytes.indexOf(0x0a, colon);
    const stop = end < 0 ? bytes.length : end;
    rows.set(id, bytes.toString("utf8", colon + 1, stop));
    at = stop + 1;
  }
  return rows;
}

/**
 * What the action returned, from its response: row 0 names the row of the result ("a": "$@<id>"). A row
 * starting with "E" is an error the action threw; it is thrown here with its digest.
 */
export function readActionResult(payload: string): unknown {
  const rows = flightRows(payload);
  const root = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
  const reference = typeof root?.a === "string" && /^\$@([0-9a-f]+)$/.exec(root.a);
  if (!reference) throw new Error(`Not a server action's answer: ${payload.slice(0, 200)}`);
  const row = rows.get(reference[1]);
  if (row === undefined) throw new Error(`The action's answer has no row ${reference[1]}.`);
  if (row.startsWith("E")) throw new Error(`The action threw: ${row.slice(1, 200)}`);
  return JSON.parse(row);
}
