import { ACCESS, ROLES, type Role } from "../../lib/auth/roles.ts";

/**
 * What a request answers: a status, `login` (a redirect to the sign-in page, keeping the way back) or
 * `redirect` (elsewhere, e.g. a signed-in visitor sent on from the login page).
 */
export type Answer = 200 | 400 | 401 | 403 | 404 | "login" | "redirect";
export type Visitor = "anonymous" | Role;
export const VISITORS: readonly Visitor[] = ["anonymous", ...ROLES];

/** Real ids from the demo data (and from data the spec creates) for the dynamic segments. */
export interface RouteIds {
  eventId: string;
  articleId: string;
  adjudicationArticleId: string;
  outletId: string;
  userId: string;
  version: string;
  batchId: string;
  reportId: string;
  token: string;
}

export interface MatrixEntry {
  answers: Record<Visitor, Answer>;
  /** The address to request, when the pattern's segments alone do not make one. */
  path?: (ids: RouteIds) => string;
}

const byRole = (allowed: readonly Role[], denied: Answer, anonymous: Answer): Record<Visitor, Answer> => ({
  anonymous,
  ...(Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? 200 : denied])) as Record<Role, Answer>),
});
/** A page inside the app: signed-out visitors go to the login page, other roles get the 403 page. */
const page = (allowed: readonly Role[], path?: MatrixEntry["path"]): MatrixEntry => ({
  answers: byRole(allowed, 403, "login"),
  path,
});
/** A route handler under /api: signed-out visitors get 401, other roles 403 (JSON errors, no redirects). */
const api = (allowed: readonly Role[]): MatrixEntry => ({ answers: byRole(allowed, 403, 401) });
const everyone = (answer: Answer, path?: MatrixEntry["path"]): MatrixEntry => ({
  answers: { anonymous: answer, ADMIN: answer, EDITOR: answer, REVIEWER: answer },
  path,
});
const signedIn = (anonymous: Answer, others: Answer): MatrixEntry => ({
  answers: { anonymous, ADMIN: others, EDITOR: others, REVIEWER: others },
});

/**
 * Every page and route handler method, and what each visitor gets. The matrix spec fails on a route missing
 * here and on an entry whose route is gone. Roles come from ACCESS, so the table and the guard agree by design
 * and a change of ACCESS shows up here as a changed expectation, not as a silently changed test.
 */
export const ACCESS_MATRIX: Record<string, MatrixEntry> = {
  "PAGE /": signedIn("login", "redirect"),
  "PAGE /account": page(ROLES),
  "PAGE /adjudication": page(ACCESS.adjudicate),
  "PAGE /adjudication/[articleId]": page(ACCESS.adjudicate, (ids) => `/adjudication/${ids.adjudicationArticleId}`),
  "PAGE /admin": page(ACCESS.admin),
  "PAGE /admin/codebook": page(ACCESS.codebook),
  "PAGE /admin/codebook/versions/[version]": page(ACCESS.codebook),
  "PAGE /admin/lexicon": page(ACCESS.lexicon),
  "PAGE /admin/outlets/[outletId]": page(ACCESS.admin),
  "PAGE /admin/users": page(ACCESS.users),
  "PAGE /admin/users/[userId]": page(ACCESS.users),
  "PAGE /articles": page(ACCESS.articles),
  "PAGE /articles/[articleId]": page(ACCESS.articles),
  "PAGE /compare": page(ACCESS.compare),
  "PAGE /events": page(ACCESS.events),
  "PAGE /events/[eventId]": page(ACCESS.events),
  "PAGE /events/[eventId]/agreement": page(ACCESS.agreement),
  "PAGE /events/[eventId]/compare": page(ACCESS.compare),
  "PAGE /import": page(ACCESS.import),
  // The batch was staged by the demo reviewer; any importer may look at a batch, only its creator changes it.
  "PAGE /import/[batchId]": page(ACCESS.import),
  "PAGE /outlets/[outletId]": page(ACCESS.compare),
  "PAGE /reports": page(ACCESS.reports),
  "PAGE /reports/[reportId]": page(ACCESS.reports),
  "PAGE /reports/exports": page(ACCESS.exportData),
  "PAGE /reports/new": page(ACCESS.reports, (ids) => `/reports/new?event=${ids.eventId}`),
  "PAGE /tagging": page(ACCESS.tagging),
  "PAGE /tagging/[articleId]": page(ACCESS.tagging),
  // Only a user who must replace a temporary password stays here; everyone else is sent on.
  "PAGE /change-password": signedIn("login", "redirect"),
  "PAGE /login": signedIn(200, "redirect"),
  // Without a token the page says the link opens nothing.
  "PAGE /set-password": everyone(200),
  // The print view opens only with a signed key, never with a session.
  "PAGE /print/reports/[reportId]": everyone(404),
  "PAGE /shared/[token]": everyone(200),
  // Under app/(app), so the proxy sends signed-out visitors to the login page before the handler answers.
  "GET /import/template.csv": { answers: byRole(ACCESS.import, 403, "login") },
  "GET /api/auth/[...nextauth]": everyone(200, () => "/api/auth/session"),
  // A sign-in post without next-auth's form (CSRF token, credentials) is refused, whoever posts it.
  "POST /api/auth/[...nextauth]": everyone(400, () => "/api/auth/callback/credentials"),
  "GET /api/health": everyone(200),
  "GET /api/exports/[dataset]": {
    ...api(ACCESS.exportData),
    path: (ids) => `/api/exports/articles?event=${ids.eventId}&format=csv`,
  },
  "GET /api/exports/[dataset]/dictionary": { ...api(ACCESS.exportData), path: () => "/api/exports/tags/dictionary" },
  "GET /api/imports/[batchId]": api(ACCESS.import),
  "GET /api/reports/[reportId]/pdf": api(ACCESS.reports),
};

/** The address of a route pattern with the real ids put into its dynamic segments. */
export function addressFor(route: string, ids: RouteIds): string {
  const entry = ACCESS_MATRIX[route];
  const pattern = route.slice(route.indexOf(" ") + 1);
  if (entry?.path) return entry.path(ids);
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = (ids as unknown as Record<string, string | undefined>)[name];
    if (value === undefined) throw new Error(`No id for [${name}] in ${route}: give the entry a path.`);
    return encodeURIComponent(value);
  });
}
