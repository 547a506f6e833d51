import type { Role } from "../db/generated/enums.ts";

export type { Role };
export const ROLES = ["ADMIN", "EDITOR", "REVIEWER"] as const satisfies readonly Role[];

/** Who may use each area of the product; the guard and the navigation both read this one table. */
export const ACCESS = {
  events: ["ADMIN", "EDITOR", "REVIEWER"],
  articles: ["ADMIN", "EDITOR", "REVIEWER"],
  import: ["ADMIN", "REVIEWER"],
  tagging: ["ADMIN", "REVIEWER"],
  compare: ["ADMIN", "EDITOR"],
  reports: ["ADMIN", "EDITOR"],
  admin: ["ADMIN"],
  // Editors curate what an event is about; reviewers describe it through the articles they file.
  eventDescription: ["ADMIN", "EDITOR"],
  // Filing an article under the right event is part of importing and of curating events; each move is audited.
  moveArticles: ["ADMIN", "EDITOR", "REVIEWER"],
  // Who and what an event is about are curated like its description; reviewers tag against these lists.
  eventActors: ["ADMIN", "EDITOR"],
  eventClaims: ["ADMIN", "EDITOR"],
  // Editors share an event's articles among reviewers and take back work not yet submitted; each run is audited.
  assignArticles: ["ADMIN", "EDITOR"],
  // Adjudicators turn reviewers' tags into gold; reading agreement is for those who judge the data's quality.
  adjudicate: ["ADMIN", "EDITOR"],
  agreement: ["ADMIN", "EDITOR"],
  // Each saved codebook is published as its next version, which every new tag then uses.
  codebook: ["ADMIN"],
  // Loaded-language terms admins add on top of the shipped lexicon feed every reviewer's suggestions.
  lexicon: ["ADMIN"],
  // Researchers' data leaves Framewise through exports; each one is audited.
  exportData: ["ADMIN", "EDITOR"],
  // People and their roles, locks and passwords.
  users: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof ACCESS;

export function canAccess(role: Role, area: Area): boolean {
  return (ACCESS[area] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Admin",
  EDITOR: "Editor",
  REVIEWER: "Reviewer",
};
