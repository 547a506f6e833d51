import type autocannon from "autocannon";
import { Rota } from "./rota.ts";
import { Refusals, type RequestType } from "./run-lanes.ts";

export interface Editor {
  email: string;
  cookie: string;
}

/** Seconds between one editor's loads of the comparison page and of its data. */
export interface EditorPace {
  pageEvery: number;
  dataEvery: number;
}

/**
 * Whether a streamed page arrived whole: the document is closed, and React neither left a section to the
 * client (a boundary that errored on the server is sent with `$RX`) nor lacks the completion of any fallback.
 */
export function pageProblem(html: string): string | null {
  if (!html.trimEnd().endsWith("</html>")) return "the document did not finish";
  if (html.includes("$RX(")) return "a section failed on the server";
  const fallbacks = html.match(/<template id="B:\d+"><\/template>/g)?.length ?? 0;
  const completed = html.match(/<div hidden id="S:\d+">/g)?.length ?? 0;
  if (completed < fallbacks) return `${fallbacks - completed} of ${fallbacks} sections never arrived`;
  return null;
}

function dataProblem(json: string): string | null {
  try {
    const rows: unknown = JSON.parse(json);
    return Array.isArray(rows) && rows.length > 0 ? null : "the charts' data came back empty";
  } catch {
    return `the charts' data is not JSON: ${json.slice(0, 100)}`;
  }
}

/** The editors' two reads: the event's comparison page (the whole streamed HTML) and its charts' data as JSON. */
export function compareRequestTypes(editors: Editor[], eventId: string, pace: EditorPace): RequestType[] {
  const rota = new Rota(editors);
  const page = new Refusals();
  const data = new Refusals();
  const read = (path: string, accept: string) => (request: autocannon.Request) => ({
    ...request,
    method: "GET" as const,
    path,
    headers: { accept, cookie: rota.next().cookie },
  });
  return [
    {
      name: "compare page",
      perSecond: editors.length / pace.pageEvery,
      request: {
        setupRequest: read(`/events/${eventId}/compare`, "text/html"),
        onResponse: (status, body) => {
          const problem = status === 200 ? pageProblem(body) : null;
          if (problem) page.add(problem);
        },
      },
      refused: page,
    },
    {
      name: "compare data",
      perSecond: editors.length / pace.dataEvery,
      request: {
        setupRequest: read(`/api/exports/charts?event=${eventId}&format=json`, "application/json"),
        onResponse: (status, body) => {
          const problem = status === 200 ? dataProblem(body) : null;
          if (problem) data.add(problem);
        },
      },
      refused: data,
    },
  ];
}
