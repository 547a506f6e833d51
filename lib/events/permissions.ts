import type { Role } from "../auth/roles.ts";

/** Editors curate what an event is about; reviewers describe it through the articles they file. */
export const EVENT_DESCRIPTION_EDITORS = ["ADMIN", "EDITOR"] as const satisfies readonly Role[];

/**
 * Filing an article under the right event is part of importing (reviewers) and of curating events
 * (editors), so every role that reads events may move articles; each move is audited.
 */
export const ARTICLE_MOVERS = ["ADMIN", "EDITOR", "REVIEWER"] as const satisfies readonly Role[];

export const mayEditDescription = (role: Role) => (EVENT_DESCRIPTION_EDITORS as readonly Role[]).includes(role);
export const mayMoveArticles = (role: Role) => (ARTICLE_MOVERS as readonly Role[]).includes(role);
