/**
 * The codebook every Framewise deployment starts with (seeded as version 1 by ensure-default-codebook.ts).
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
 *
 * Codes are stable identifiers stored with annotations: never rename or reuse one, publish a new
 * codebook version instead. Array order is the display order (it becomes `position`).
 */

export type CategoryKind = "FRAME" | "ATTRIBUTION" | "SOURCE_TYPE" | "LOADED_LANGUAGE";

export interface CodebookCategorySeed {
  kind: CategoryKind;
  code: string;
  label: string;
  description: string;
}

const FRAMES: CodebookCategorySeed[] = [
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

// How a source is given a voice. Orthogonal to SOURCE_TYPE: tag both on the same span.
const ATTRIBUTION_MODES: CodebookCategorySeed[] = [
  {
    kind: "ATTRIBUTION",
    code: "attribution.direct_quote",
    label: "Direct quote",
    description:
      "The source's own words appear in quotation marks as at least a full clause and are attributed to an identified source. If only a word or short phrase inside the reporter's sentence is quoted, use Partial quote.",
  },
  {
    kind: "ATTRIBUTION",
    code: "attribution.partial_quote",
    label: "Partial quote",
    description:
      'A fragment of an identified source\'s words (a word or phrase) appears in quotation marks inside a sentence otherwise written by the reporter, e.g. called the review "a whitewash". Quotation marks around a term with no speaker are scare quotes: code them as loaded language, not attribution.',
  },
  {
    kind: "ATTRIBUTION",
    code: "attribution.paraphrase",
    label: "Paraphrase",
    description:
      'The reporter restates an identified source\'s statement or position without quotation marks ("The company said the repairs had been made").',
  },
  {
    kind: "ATTRIBUTION",
    code: "attribution.anonymous_source",
    label: "Anonymous source",
    description:
      'Information is attributed to a specific person or group whose identity is deliberately withheld ("a person familiar with the reports", "two aides who spoke on condition of anonymity"), whether quoted or paraphrased. This overrides Direct quote, Partial quote and Paraphrase; record any affiliation the text gives with a source-type tag.',
  },
  {
    kind: "ATTRIBUTION",
    code: "attribution.unattributed_claim",
    label: "Unattributed claim",
    description:
      'A contestable factual or evaluative claim is stated with no source, or only with a vague collective ("critics say", "many believe", "it is widely known"). Do not tag uncontested basics such as time and place; tag where a reader would reasonably ask "says who?".',
  },
];

// Who speaks. Code the role the person speaks in within this passage, not their biography.
const SOURCE_TYPES: CodebookCategorySeed[] = [
  {
    kind: "SOURCE_TYPE",
    code: "source.government",
    label: "Government / official",
    description:
      "People speaking for a government body or public agency: mayors and ministers in their official role, civil servants, regulators, fire and emergency services, public health authorities. An elected official speaking as office-holder is Government; speaking for a party or campaign, or from the opposition, is Political party / politician.",
  },
  {
    kind: "SOURCE_TYPE",
    code: "source.military_security",
    label: "Military / security",
    description:
      "Armed forces, police, intelligence and other state security services and their spokespeople. Civilian emergency services such as fire departments count as Government.",
  },
  {
    kind: "SOURCE_TYPE",
    code: "source.company",
    label: "Company / business",
    description:
      "Companies, their executives and spokespeople, business associations and chambers of commerce. A company's own engineer or scientist is Company, not Expert; a small-business owner describing how they were personally affected is Witness / resident.",
  },
  {
    kind: "SOURCE_TYPE",
    code: "source.politician",
    label: "Political party / politician",
    description:
      "Parties, candidates, campaign staff, opposition figures, and legislators or councillors speaking as politicians rather than for an executive agency.",
  },
  {
    kind: "SOURCE_TYPE",
    code: "source.armed_group",
    label: "Militant / armed group",
    description: "Non-state armed groups, militias and insurgent organizations, and people speaking for them.",
  },
  {
    kind: "SOURCE_TYPE",
    code: "source.ngo_advocacy",
    label: "NGO / advocacy",
    description:
      "Civil-society organizations speaking as organizations: advocacy and environmental groups, charities, trade unions, community associations. A union official speaking for the union is NGO / advocacy; a worker speaking from personal experience is Witness / resident.",
  },
  {
    kind: "SOURCE_TYPE",
    code: "source.expert",
    label: "Expert / academic",
    description:
      "Independent specialists quoted for their expertise: academics, researchers, independent analysts, physicians commenting in general terms. If the expert speaks on behalf of an interested party (company, agency, NGO), code that party instead.",
  },
  {
    kind: "SOURCE_TYPE",
    code: "source.witness_resident",
    label: "Witness / resident",
    description:
      "Ordinary people speaking from their own experience: eyewitnesses, residents, victims and relatives, workers speaking for themselves, local shop owners describing their own situation.",
  },
  {
    kind: "SOURCE_TYPE",
    code: "source.journalist_media",
    label: "Journalist / media",
    description:
      'Other news outlets, journalists, columnists or media accounts cited as the origin of information ("as another paper reported"). The article\'s own reporter is not a source.',
  },
  {
    kind: "SOURCE_TYPE",
    code: "source.unnamed",
    label: "Unnamed / unidentified",
    description:
      'The source is not identified and the text gives no affiliation ("a source said", "one person told us"). If any affiliation is given ("a City Hall staffer"), code that type instead and mark the anonymity with the Anonymous source attribution.',
  },
];

// Code loaded language only in the outlet's own voice (headline, narration, captions, scare quotes):
// words inside a quotation are the source's choice, and the quote is already captured as attribution.
const LOADED_LANGUAGE: CodebookCategorySeed[] = [
  {
    kind: "LOADED_LANGUAGE",
    code: "loaded.loaded_term",
    label: "Loaded term",
    description:
      'A word or phrase with a strong evaluative or emotional charge used where a neutral alternative exists ("cover-up" for a delay in releasing records, "regime" for government). Code only the outlet\'s own voice, not words inside a source\'s quotation.',
  },
  {
    kind: "LOADED_LANGUAGE",
    code: "loaded.euphemism",
    label: "Euphemism",
    description:
      'Mild or vague wording that downplays harm, agency or severity ("incident" for a fire with injuries, "release" for a smoke plume, "relocation" for an evacuation). Use when the wording makes something sound less serious than the facts the article itself reports.',
  },
  {
    kind: "LOADED_LANGUAGE",
    code: "loaded.intensifier",
    label: "Intensifier / sensational term",
    description:
      'Wording that inflates scale, drama or emotion beyond what the reported facts support ("inferno", "horror", "monster blaze", "terrified"). If the word judges who is right or wrong rather than how big or dramatic something is, use Loaded term.',
  },
  {
    kind: "LOADED_LANGUAGE",
    code: "loaded.group_label",
    label: "Labeling of a group",
    description:
      'A characterizing name applied to people or a group in place of a neutral description ("eco-radicals", "cronies", "job-killers", "thugs" for protesters). Takes precedence over Loaded term whenever the word names people.',
  },
];

export const DEFAULT_CODEBOOK: {
  slug: "framewise-default";
  name: string;
  description: string;
  categories: CodebookCategorySeed[];
} = {
  slug: "framewise-default",
  name: "Framewise default codebook",
  description:
    "Frames from the Policy Frames Codebook (Boydstun et al. 2014) plus the conflict, human-interest and responsibility frames of Semetko & Valkenburg (2000); attribution modes, source types and loaded-language categories for comparing how outlets cover the same event.",
  categories: [...FRAMES, ...ATTRIBUTION_MODES, ...SOURCE_TYPES, ...LOADED_LANGUAGE],
};
