import type { CodebookCategorySeed } from "./category-seed.ts";

/**
 * Frames of the default codebook, in display order.
 *
 * Sources:
 * - Boydstun, Card, Gross, Resnik & Smith (2014), "Tracking the Development of Media Frames within and
 *   across Policy Issues" — the Policy Frames Codebook (PFC), 15 issue-general frames.
 * - Semetko & Valkenburg (2000), "Framing European Politics: A Content Analysis of Press and Television
 *   News", Journal of Communication 50(2) — five generic news frames.
 *
 * All 15 PFC frames are kept so results stay comparable with PFC-annotated corpora. Of the Semetko &
 * Valkenburg frames only conflict, human interest and attribution of responsibility are added; their
 * "economic consequences" and "morality" frames are already covered by the PFC frames of the same name.
 */
export const FRAMES: CodebookCategorySeed[] = [
  // PFC 1; also Semetko & Valkenburg's "economic consequences".
  {
    kind: "FRAME",
    code: "frame.economic",
    label: "Economic",
    description:
      "Costs, benefits, jobs, prices, markets, budgets or other financial consequences of the event or of responses to it. If money appears only as something an authority lacks in order to act, use Capacity & resources.",
  },
  // PFC 2.
  {
    kind: "FRAME",
    code: "frame.capacity_resources",
    label: "Capacity & resources",
    description:
      "Whether staff, equipment, money, space or time are sufficient to handle the problem or carry out a response (too few inspectors, overwhelmed shelters). Use this when the point is what can be done with what is available; use Economic when the point is who gains or loses financially.",
  },
  // PFC 3; also Semetko & Valkenburg's "morality".
  {
    kind: "FRAME",
    code: "frame.morality",
    label: "Morality",
    description:
      "The issue is presented as a matter of right and wrong, duty, honor, conscience or religious or ethical obligation. If the argument is about how fairly something is shared between groups, use Fairness & equality.",
  },
  // PFC 4.
  {
    kind: "FRAME",
    code: "frame.fairness_equality",
    label: "Fairness & equality",
    description:
      "Whether burdens, benefits, rights or treatment are distributed equally or fairly between individuals or groups, such as which neighborhoods carry the risk or who gets compensated.",
  },
  // PFC 5: legality, constitutionality and jurisprudence.
  {
    kind: "FRAME",
    code: "frame.legality",
    label: "Legality & jurisprudence",
    description:
      "Laws, regulations, rights, permits, court rulings and legal authority: what the rules allow or require and who has jurisdiction. If the focus is on someone breaking the rules and being punished, use Crime & punishment.",
  },
  // PFC 6.
  {
    kind: "FRAME",
    code: "frame.policy_prescription",
    label: "Policy prescription & evaluation",
    description:
      "A specific policy or remedy is proposed, demanded or judged on whether it works (closing a plant, stricter inspection schedules, an independent review). If the passage mainly assigns blame for the cause rather than discussing a fix, use Attribution of responsibility.",
  },
  // PFC 7.
  {
    kind: "FRAME",
    code: "frame.crime_punishment",
    label: "Crime & punishment",
    description:
      "Violations of law and their enforcement: criminal or regulatory investigations of wrongdoing, charges, fines, prosecution, penalties and sentencing.",
  },
  // PFC 8.
  {
    kind: "FRAME",
    code: "frame.security_defense",
    label: "Security & defense",
    description:
      "Protection of people, a community or a nation against deliberate threats: attacks, sabotage, terrorism, war, public order. Accidental hazards to health or physical safety belong to Health & safety.",
  },
  // PFC 9.
  {
    kind: "FRAME",
    code: "frame.health_safety",
    label: "Health & safety",
    description:
      "Physical or mental health, injury, illness, exposure to hazards, medical care, and the safety of buildings, infrastructure, workplaces and the environment people live in.",
  },
  // PFC 10.
  {
    kind: "FRAME",
    code: "frame.quality_of_life",
    label: "Quality of life",
    description:
      "Effects on everyday life described in general terms: displacement, disrupted routines, access to services, the livability of a community. When the passage is built around a named person's own story or feelings, use Human interest instead.",
  },
  // PFC 11.
  {
    kind: "FRAME",
    code: "frame.cultural_identity",
    label: "Cultural identity",
    description:
      'Traditions, values, customs or the self-image of a community, group or nation as they bear on the issue ("a proud working port", "who we are as a city").',
  },
  // PFC 12.
  {
    kind: "FRAME",
    code: "frame.public_opinion",
    label: "Public opinion",
    description:
      "What the public or a constituency thinks or feels collectively: polls, protests, petitions, public anger or support. A single person's reaction is not public opinion; code it as Human interest or simply as a source.",
  },
  // PFC 13.
  {
    kind: "FRAME",
    code: "frame.political",
    label: "Political",
    description:
      "The issue as an object of political strategy: partisan advantage, elections, lobbying, alliances, votes and maneuvering between politicians or parties. If sides clash without reference to political power or gain, use Conflict.",
  },
  // PFC 14.
  {
    kind: "FRAME",
    code: "frame.external_regulation",
    label: "External regulation & reputation",
    description:
      "Relations with and standing before outsiders: other jurisdictions, higher-level or foreign governments, international bodies and trading partners, including comparisons with how others handle the issue and how the place or country looks to them.",
  },
  // Semetko & Valkenburg: conflict.
  {
    kind: "FRAME",
    code: "frame.conflict",
    label: "Conflict",
    description:
      "The story is told as a contest between individuals, groups, institutions or countries: sides, accusations and rebuttals, winners and losers. When the contest is about party or electoral power, use Political.",
  },
  // Semetko & Valkenburg: human interest.
  {
    kind: "FRAME",
    code: "frame.human_interest",
    label: "Human interest",
    description:
      "Puts a human face or an emotional angle on the story through a particular person's experience, suffering, fear or heroism. Takes precedence over Quality of life whenever the passage centers on an identifiable individual.",
  },
  // Semetko & Valkenburg: attribution of responsibility.
  {
    kind: "FRAME",
    code: "frame.responsibility",
    label: "Attribution of responsibility",
    description:
      "Who caused the problem or who must solve it (a government, company, group or individual): blame, negligence, failures of oversight, calls for accountability. If the passage is about a legal process of punishment, use Crime & punishment; if it proposes a specific fix, use Policy prescription & evaluation.",
  },
  // PFC 15.
  {
    kind: "FRAME",
    code: "frame.other",
    label: "Other",
    description:
      "A clear frame that fits none of the categories above; name it in the annotation note. Do not use it for merely descriptive passages; leave those untagged.",
  },
];
