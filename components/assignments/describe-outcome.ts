import type { AssignmentOutcome } from "@/lib/assignments/assign-event-articles";
import { plural } from "@/lib/format";

/** The result of an assignment run in one sentence, saying also what was left as it was and why. */
export function describeOutcome({ created, articles, alreadyCovered }: AssignmentOutcome, onlyUnassigned: boolean) {
  const why = onlyUnassigned ? "already had someone assigned" : "already had enough reviewers";
  const covered = `${plural(alreadyCovered, "article")} ${why}`;
  if (created === 0) return alreadyCovered ? `Nothing to assign: ${covered}.` : "This event has no articles to assign.";
  const made = `Made ${plural(created, "assignment")} across ${plural(articles, "article")}`;
  return alreadyCovered ? `${made}; ${covered}.` : `${made}.`;
}
