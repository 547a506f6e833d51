/**
 * How the two demo reviewers tagged the demo event, so every tagging, agreement and comparison screen shows data on
 * first start. Ravi and Rosa agree on most passages and differ where real reviewers do: the frame of a passage,
 * a span's length, a reporting verb's class, whether a statement carries an event claim, a tag only one of them
 * saw. Passages are quoted exactly from demo-data.ts (the seed finds them; its test fails if one is missing).
 *
 * Rosa has submitted every article; Ravi still has the business paper's and the tabloid's open in his queue. The
 * first two wire stories are adjudicated into gold, the first Sentinel story is half way.
 */

export type Reviewer = "ravi" | "rosa";

export interface DemoTagCore {
  code: string; // category code in codebook version 2
  text: string; // the exact passage, its first occurrence in the body
  actor?: string; // DEMO_ACTORS name
  claim?: number; // index into DEMO_CLAIMS
  attributes?: Record<string, unknown>;
}

export interface DemoTag extends DemoTagCore {
  only?: Reviewer; // tagged by one reviewer alone
  rosa?: Partial<DemoTagCore>; // where Rosa's tag differs from Ravi's
  gold?: Reviewer | "reject"; // whose version the adjudicator takes (default: Ravi's, or the only one)
}

export interface DemoForm {
  primary: string;
  headline: string;
  tones: Record<string, number>; // actor name → −2 … +2
}

export interface DemoTagging {
  article: string; // DemoArticle title
  tags: DemoTag[];
  forms: Partial<Record<Reviewer, DemoForm>>; // a reviewer who has not started has none
  submitted: Reviewer[];
  adjudication?: "complete" | "half";
}

const MERIDIAN = "Meridian Polymers";
const CITY = "Port Calder city government";
const FIRE = "Port Calder Fire Department";
const RESIDENTS = "Residents";
const DEQ = "State Department of Environmental Quality";
const UNION = "United Chemical Workers Local 418";
const BAY_WATCH = "Calder Bay Watch";
const OPPOSITION = "Council opposition";
const CHAMBER = "Port Calder Chamber of Commerce";

const PASSED_INSPECTIONS = 0;
const MAYORS_ADDRESS = 1;
const INSPECTORS_FLAGGED = 2;
const SUBPOENA_FAILED = 3;

type Form = "direct_quote" | "indirect" | "unattributed";

/** An attribution's attributes: who speaks as what, in which form, with which verb. */
function voice(
  speaker: string | null,
  speakerType: string | null,
  form: Form,
  verb: string | null,
  options: { evaluative?: boolean; anonymous?: boolean } = {},
): Record<string, unknown> {
  const verbClass = verb ? (options.evaluative ? "evaluative" : "neutral") : null;
  return { speaker, speakerType, form, anonymous: options.anonymous ?? false, verb, verbClass };
}

const unfavourable = { direction: "unfavourable" };

export const DEMO_TAGGING: DemoTagging[] = [
  {
    article: "Chemical plant fire forces evacuation of 4,200 in Port Calder",
    adjudication: "complete",
    submitted: ["ravi", "rosa"],
    forms: {
      ravi: {
        primary: "frame.health_safety",
        headline: "frame.quality_of_life",
        tones: { [MERIDIAN]: 0, [CITY]: 1, [FIRE]: 1 },
      },
      rosa: {
        primary: "frame.health_safety",
        headline: "frame.health_safety",
        tones: { [MERIDIAN]: 0, [CITY]: 0, [FIRE]: 1 },
      },
    },
    tags: [
      { code: "naming.actor", text: "Meridian Polymers plant", actor: MERIDIAN },
      {
        code: "attribution.reported_speech",
        text: `"We are dealing with a large volume of burning product, and we are going to be here for a while,"`,
        actor: FIRE,
        attributes: voice("Fire Chief Marcus Oyelaran", "government_official", "direct_quote", "told"),
      },
      {
        code: "frame.health_safety",
        text: "Two plant workers were injured, one of whom was taken to Bayview Regional Burn Center with serious burns, the chief said.",
      },
      {
        code: "attribution.reported_speech",
        text: "A Calder General Hospital spokesperson said nine residents had been treated for breathing difficulties and eye irritation.",
        attributes: voice("A Calder General Hospital spokesperson", "government_official", "indirect", "said"),
        only: "ravi",
      },
      {
        code: "frame.quality_of_life",
        text: "The city ordered residents within one mile of the plant, covering most of the Eastside and Tidewater neighborhoods, to leave their homes",
        rosa: { code: "frame.health_safety" },
        gold: "ravi",
      },
      {
        code: "attribution.reported_speech",
        text: `"Our first job is to get every family safe, and we are not going to rush anyone home before the air is clean,"`,
        actor: CITY,
        claim: MAYORS_ADDRESS,
        attributes: voice("Mayor Dana Whitcombe", "government_official", "direct_quote", "said"),
        rosa: { claim: undefined },
      },
      {
        code: "attribution.reported_speech",
        text: "She said the city would commission an independent review of the fire and of the plant's inspection history.",
        actor: CITY,
        claim: MAYORS_ADDRESS,
        attributes: voice("Mayor Dana Whitcombe", "government_official", "indirect", "said"),
      },
      {
        code: "attribution.reported_speech",
        text: `"We deeply regret the impact this fire is having on our neighbors, and we are cooperating fully with the fire department and state regulators,"`,
        actor: MERIDIAN,
        attributes: voice("Gregory Lindqvist", "company_business", "direct_quote", "said"),
      },
      {
        code: "attribution.reported_speech",
        text: "The company said the plant had passed all required inspections.",
        actor: MERIDIAN,
        claim: PASSED_INSPECTIONS,
        attributes: voice("Meridian Polymers", "company_business", "indirect", "said"),
        rosa: { text: "the plant had passed all required inspections" },
        gold: "rosa",
      },
    ],
  },
  {
    article: "INFERNO HELL: Terrified mom flees toxic cloud with kids as chem plant blast rocks Port Calder",
    submitted: ["rosa"],
    forms: {
      rosa: {
        primary: "frame.human_interest",
        headline: "frame.human_interest",
        tones: { [MERIDIAN]: -2, [RESIDENTS]: 1 },
      },
    },
    tags: [
      {
        code: "frame.human_interest",
        text: "A terrified mother clutched her two little ones and ran for her life",
        only: "rosa",
      },
      {
        code: "loaded.intensifier",
        text: "monster chemical blaze",
        actor: MERIDIAN,
        attributes: unfavourable,
        only: "rosa",
      },
      { code: "loaded.intensifier", text: "towering inferno", actor: MERIDIAN, attributes: unfavourable, only: "rosa" },
      { code: "loaded.intensifier", text: "horrific burns", actor: MERIDIAN, attributes: unfavourable, only: "rosa" },
      {
        code: "attribution.reported_speech",
        text: `"The windows shook and then the whole sky went orange. I thought it was the end of the world,"`,
        actor: RESIDENTS,
        attributes: voice("Tasha Greene", "witness_civilian", "direct_quote", "told"),
        only: "rosa",
      },
      {
        code: "attribution.reported_speech",
        text: `"Everybody knew that tank ran hot. Everybody. We said it again and again, and nothing happened,"`,
        actor: UNION,
        attributes: voice("a plant worker", "witness_civilian", "direct_quote", "said", { anonymous: true }),
        only: "rosa",
      },
      {
        code: "attribution.reported_speech",
        text: "staff had been sounding the alarm about one of the storage tanks for months",
        actor: UNION,
        attributes: voice("a plant worker", "witness_civilian", "indirect", "claimed", {
          anonymous: true,
          evaluative: true,
        }),
        only: "rosa",
      },
      {
        code: "attribution.reported_speech",
        text: "The company insisted the plant had passed every required inspection.",
        actor: MERIDIAN,
        claim: PASSED_INSPECTIONS,
        attributes: voice("Meridian Polymers", "company_business", "indirect", "insisted", { evaluative: true }),
        only: "rosa",
      },
    ],
  },
  {
    article: "Meridian fire idles 380 jobs and rattles waterfront economy",
    submitted: ["rosa"],
    forms: {
      rosa: {
        primary: "frame.economic",
        headline: "frame.economic",
        tones: { [MERIDIAN]: 1, [CHAMBER]: 1, [BAY_WATCH]: -1 },
      },
    },
    tags: [
      {
        code: "frame.economic",
        text: "has idled one of the city's largest manufacturing employers",
        only: "rosa",
      },
      {
        code: "attribution.reported_speech",
        text: `"Our people are our first priority, and no employee will miss a paycheck because of this incident,"`,
        actor: MERIDIAN,
        attributes: voice("Gregory Lindqvist", "company_business", "direct_quote", "said"),
        only: "rosa",
      },
      {
        code: "attribution.reported_speech",
        text: `the plant had "passed every required inspection"`,
        actor: MERIDIAN,
        claim: PASSED_INSPECTIONS,
        attributes: voice("Gregory Lindqvist", "company_business", "direct_quote", "stressed"),
        only: "rosa",
      },
      {
        code: "loaded.euphemism",
        text: "temporary relocation order",
        actor: CITY,
        attributes: { direction: "favourable" },
        only: "rosa",
      },
      {
        code: "loaded.euphemism",
        text: "the release from the site",
        actor: MERIDIAN,
        attributes: { direction: "favourable" },
        only: "rosa",
      },
      {
        code: "attribution.reported_speech",
        text: `"This plant has been a good neighbor and a steady employer for almost 40 years,"`,
        actor: CHAMBER,
        attributes: voice("Janet Okafor", "company_business", "direct_quote", "said"),
        only: "rosa",
      },
      {
        code: "attribution.reported_speech",
        text: `"Plastic pellets are a meaningful share of what moves through the Calder terminals,"`,
        attributes: voice("Aaron Feld", "expert_academic", "direct_quote", "said"),
        only: "rosa",
      },
      {
        code: "attribution.reported_speech",
        text: "Activist groups have called for the plant to stay closed until a full investigation is complete",
        actor: BAY_WATCH,
        attributes: voice("Activist groups", "international_org_ngo", "indirect", "called for"),
        only: "rosa",
      },
    ],
  },
  {
    article: "Inspectors flagged cooling problem at Port Calder plant months before fire, source says",
    adjudication: "complete",
    submitted: ["ravi", "rosa"],
    forms: {
      ravi: {
        primary: "frame.responsibility",
        headline: "frame.responsibility",
        tones: { [MERIDIAN]: -1, [CITY]: -1, [FIRE]: -1, [UNION]: 1 },
      },
      rosa: {
        primary: "frame.responsibility",
        headline: "frame.responsibility",
        tones: { [MERIDIAN]: -1, [CITY]: 0, [FIRE]: -1, [UNION]: 0 },
      },
    },
    tags: [
      {
        code: "attribution.reported_speech",
        text: "City fire inspectors warned Meridian Polymers last year that a cooling system on one of its styrene storage tanks was not working properly",
        claim: INSPECTORS_FLAGGED,
        attributes: voice("a person familiar with the inspection reports", null, "indirect", "according to", {
          anonymous: true,
        }),
        rosa: {
          attributes: voice(
            "a person familiar with the inspection reports",
            "document_report",
            "indirect",
            "according to",
            {
              anonymous: true,
            },
          ),
        },
        gold: "rosa",
      },
      {
        code: "frame.responsibility",
        text: "a follow-up inspection had not taken place by the time fire broke out at the plant on Tuesday",
        rosa: { code: "frame.legality" },
      },
      {
        code: "attribution.reported_speech",
        text: "an August 2025 inspection by the Port Calder fire marshal's office found that the cooling system on a tank known as Tank 3 was malfunctioning",
        claim: INSPECTORS_FLAGGED,
        attributes: voice("The person", null, "indirect", "said", { anonymous: true }),
      },
      {
        code: "attribution.reported_speech",
        text: "Meridian Polymers insisted the repairs had been made.",
        actor: MERIDIAN,
        claim: PASSED_INSPECTIONS,
        attributes: voice("Meridian Polymers", "company_business", "indirect", "insisted", { evaluative: true }),
        rosa: { attributes: voice("Meridian Polymers", "company_business", "indirect", "insisted") },
      },
      {
        code: "attribution.reported_speech",
        text: `"Every item identified in the 2025 inspection was corrected by October and documented with the city,"`,
        actor: MERIDIAN,
        claim: PASSED_INSPECTIONS,
        attributes: voice("Gregory Lindqvist", "company_business", "direct_quote", "said"),
      },
      {
        code: "attribution.reported_speech",
        text: "The fire marshal's office declined to comment, citing the ongoing investigation.",
        actor: FIRE,
        attributes: voice("The fire marshal's office", "government_official", "indirect", "declined to comment"),
        only: "ravi",
        gold: "reject",
      },
      {
        code: "attribution.reported_speech",
        text: `"People on the floor were talking about that tank for months,"`,
        actor: UNION,
        attributes: voice("Ray Duarte", "international_org_ngo", "direct_quote", "said"),
        rosa: { attributes: voice("Ray Duarte", "witness_civilian", "direct_quote", "said") },
      },
      {
        code: "attribution.reported_speech",
        text: "The state Department of Environmental Quality said air readings outside the one-mile evacuation zone had stayed below levels of health concern.",
        actor: DEQ,
        attributes: voice("The state Department of Environmental Quality", "government_official", "indirect", "said"),
      },
      {
        code: "frame.health_safety",
        text: "the state suspended shellfish harvesting in the bay as a precaution",
        only: "rosa",
      },
    ],
  },
  {
    article: "Whitcombe's City Hall sat on warnings as Meridian 'time bomb' ticked, insiders say",
    adjudication: "half",
    submitted: ["ravi", "rosa"],
    forms: {
      ravi: {
        primary: "frame.responsibility",
        headline: "frame.responsibility",
        tones: { [CITY]: -2, [OPPOSITION]: 1, [MERIDIAN]: -1 },
      },
      rosa: {
        primary: "frame.political",
        headline: "frame.responsibility",
        tones: { [CITY]: -2, [OPPOSITION]: 1, [MERIDIAN]: 0 },
      },
    },
    tags: [
      {
        code: "frame.responsibility",
        text: "knew about a dangerous defect at the Meridian Polymers plant months before the fire",
      },
      { code: "naming.actor", text: "Mayor Dana Whitcombe's fire marshal's office", actor: FIRE },
      { code: "loaded.loaded_term", text: "let the follow-up inspection slide", actor: CITY, attributes: unfavourable },
      {
        code: "attribution.reported_speech",
        text: `"a time bomb everybody at City Hall had been told about."`,
        claim: INSPECTORS_FLAGGED,
        attributes: voice("A person familiar with the inspection reports", null, "direct_quote", "said", {
          anonymous: true,
        }),
      },
      { code: "loaded.loaded_term", text: "quietly postponed", actor: CITY, attributes: unfavourable, only: "rosa" },
      {
        code: "attribution.reported_speech",
        text: "the postponement came after the fire marshal's office lost two inspector positions in Whitcombe's 2025 budget",
        actor: CITY,
        attributes: voice("A City Hall staffer", "government_official", "indirect", "claimed", {
          anonymous: true,
          evaluative: true,
        }),
      },
      {
        code: "frame.political",
        text: "Councilman Frank DeLuca, who has clashed with the mayor over public safety spending since her election",
        rosa: { code: "frame.conflict" },
      },
      { code: "loaded.loaded_term", text: "botched oversight", actor: CITY, attributes: unfavourable },
      {
        code: "attribution.reported_speech",
        text: `"This mayor gave a nice speech on Tuesday about keeping families safe. Where was that concern when her own inspectors were raising red flags?"`,
        actor: OPPOSITION,
        claim: MAYORS_ADDRESS,
        attributes: voice("Councilman Frank DeLuca", "political_party", "direct_quote", "said"),
        rosa: { claim: undefined },
      },
      {
        code: "attribution.reported_speech",
        text: `Whitcombe's televised promise of an "independent review" has drawn scorn from critics`,
        claim: MAYORS_ADDRESS,
        attributes: voice("critics", null, "unattributed", null),
        only: "ravi",
      },
      { code: "loaded.loaded_term", text: "stonewalling", actor: CITY, attributes: unfavourable },
      {
        code: "attribution.reported_speech",
        text: "staff were told Tuesday afternoon not to discuss the plant with anyone outside the department",
        actor: FIRE,
        attributes: voice("Sources close to the fire marshal's office", null, "indirect", "said", { anonymous: true }),
      },
      {
        code: "attribution.reported_speech",
        text: "Meridian Polymers claimed all the problems had been fixed by October.",
        actor: MERIDIAN,
        claim: PASSED_INSPECTIONS,
        attributes: voice("Meridian Polymers", "company_business", "indirect", "claimed", { evaluative: true }),
      },
      {
        code: "attribution.reported_speech",
        text: `"shameful politicking in the middle of an emergency"`,
        actor: CITY,
        attributes: voice("Ben Carrow", "government_official", "direct_quote", "dismissed", { evaluative: true }),
      },
    ],
  },
  {
    article: "'They knew': Port Calder residents demand answers after toxic disaster at Meridian plant",
    submitted: ["ravi", "rosa"],
    forms: {
      ravi: {
        primary: "frame.responsibility",
        headline: "frame.human_interest",
        tones: { [MERIDIAN]: -2, [RESIDENTS]: 2, [BAY_WATCH]: 1, [CITY]: -1 },
      },
      rosa: {
        primary: "frame.health_safety",
        headline: "frame.responsibility",
        tones: { [MERIDIAN]: -2, [RESIDENTS]: 1, [BAY_WATCH]: 1, [CITY]: -1 },
      },
    },
    tags: [
      { code: "frame.human_interest", text: "Linda Marsh spent Tuesday night on a cot in a university gymnasium" },
      { code: "loaded.intensifier", text: "toxic disaster", actor: MERIDIAN, attributes: unfavourable },
      {
        code: "attribution.reported_speech",
        text: `"I woke up and couldn't breathe. The whole sky was orange,"`,
        actor: RESIDENTS,
        attributes: voice("Linda Marsh", "witness_civilian", "direct_quote", "said"),
      },
      { code: "frame.responsibility", text: "Now residents have reason to believe their fears were ignored." },
      {
        code: "attribution.reported_speech",
        text: "City fire inspectors flagged a malfunctioning cooling system on one of the plant's styrene tanks last August, and a follow-up inspection never happened",
        claim: INSPECTORS_FLAGGED,
        attributes: voice("Harbor Wire", "journalist_media", "indirect", "reported"),
      },
      {
        code: "attribution.reported_speech",
        text: "Meridian claimed the problems had been fixed by October.",
        actor: MERIDIAN,
        claim: PASSED_INSPECTIONS,
        attributes: voice("Meridian", "company_business", "indirect", "claimed", { evaluative: true }),
      },
      {
        code: "loaded.loaded_term",
        text: "the start of a cover-up",
        actor: MERIDIAN,
        attributes: unfavourable,
        only: "rosa",
      },
      {
        code: "attribution.reported_speech",
        text: `"A company with nothing to hide would publish those inspection reports today,"`,
        actor: BAY_WATCH,
        attributes: voice("Samira Novak", "international_org_ngo", "direct_quote", "said"),
      },
      {
        code: "frame.health_safety",
        text: "recorded styrene readings in Tidewater on Tuesday afternoon that Novak said were several times higher than the figures released by the state",
        only: "ravi",
      },
      {
        code: "attribution.reported_speech",
        text: "State environmental officials have maintained that air outside the evacuation zone stayed below levels of health concern.",
        actor: DEQ,
        attributes: voice("State environmental officials", "government_official", "indirect", "maintained", {
          evaluative: true,
        }),
        rosa: { attributes: voice("State environmental officials", "government_official", "indirect", "maintained") },
      },
      {
        code: "loaded.intensifier",
        text: "the poisoned runoff",
        actor: MERIDIAN,
        attributes: unfavourable,
        rosa: { text: "poisoned runoff" },
      },
      {
        code: "attribution.reported_speech",
        text: `"My members shouldn't have to choose between their jobs and their lungs,"`,
        actor: UNION,
        attributes: voice("Ray Duarte", "international_org_ngo", "direct_quote", "said"),
      },
      { code: "naming.actor", text: "the chemical giant", actor: MERIDIAN },
      {
        code: "loaded.loaded_term",
        text: "the chemical giant",
        actor: MERIDIAN,
        attributes: unfavourable,
        only: "rosa",
      },
    ],
  },
  {
    article: "Most Eastside residents allowed home as questions grow over Meridian inspections",
    submitted: ["ravi", "rosa"],
    forms: {
      ravi: {
        primary: "frame.quality_of_life",
        headline: "frame.quality_of_life",
        tones: { [CITY]: 0, [MERIDIAN]: 0, [RESIDENTS]: 0 },
      },
      rosa: {
        primary: "frame.health_safety",
        headline: "frame.quality_of_life",
        tones: { [CITY]: 1, [MERIDIAN]: 0, [RESIDENTS]: 0 },
      },
    },
    tags: [
      {
        code: "frame.quality_of_life",
        text: "Most Eastside residents were allowed home Wednesday afternoon, a day and a half after the Meridian Polymers fire forced them out",
      },
      {
        code: "attribution.reported_speech",
        text: `"Tidewater is closest to the site and closest to the water, and we want another full round of samples before we send families back,"`,
        actor: CITY,
        attributes: voice(
          "Emergency Management Director Priya Halvorsen",
          "government_official",
          "direct_quote",
          "said",
        ),
      },
      {
        code: "attribution.reported_speech",
        text: `"Every time I ask a question, someone tells me there will be an update at the next briefing,"`,
        actor: RESIDENTS,
        attributes: voice("Linda Marsh", "witness_civilian", "direct_quote", "said"),
      },
      {
        code: "attribution.reported_speech",
        text: `"They did what they had to do,"`,
        actor: RESIDENTS,
        attributes: voice("Dale Whitford", "witness_civilian", "direct_quote", "said"),
        only: "rosa",
      },
      { code: "frame.responsibility", text: "Questions about the plant's safety record sharpened" },
      {
        code: "attribution.reported_speech",
        text: "city inspectors had flagged a faulty cooling system on a styrene tank in August 2025",
        claim: INSPECTORS_FLAGGED,
        attributes: voice("Harbor Wire", "journalist_media", "indirect", "reported"),
      },
      {
        code: "attribution.reported_speech",
        text: "Meridian says the repairs were completed in October.",
        actor: MERIDIAN,
        claim: PASSED_INSPECTIONS,
        attributes: voice("Meridian", "company_business", "indirect", "says"),
      },
      {
        code: "attribution.reported_speech",
        text: `"every inspection, every follow-up and every missed follow-up."`,
        actor: CITY,
        claim: MAYORS_ADDRESS,
        attributes: voice("Mayor Dana Whitcombe", "government_official", "direct_quote", "told"),
      },
      {
        code: "attribution.reported_speech",
        text: "called on the city to release the inspection reports immediately",
        actor: BAY_WATCH,
        attributes: voice("Samira Novak", "international_org_ngo", "indirect", "called on"),
      },
      {
        code: "attribution.reported_speech",
        text: "urged residents to await the review's findings before judging the company",
        actor: CHAMBER,
        attributes: voice("Janet Okafor", "company_business", "indirect", "urged"),
        only: "ravi",
      },
    ],
  },
  {
    article: "Council meeting erupts as DeLuca demands Whitcombe's Meridian records",
    submitted: ["ravi", "rosa"],
    forms: {
      ravi: { primary: "frame.conflict", headline: "frame.conflict", tones: { [CITY]: -2, [OPPOSITION]: 1 } },
      rosa: { primary: "frame.conflict", headline: "frame.political", tones: { [CITY]: -1, [OPPOSITION]: 2 } },
    },
    tags: [
      { code: "loaded.intensifier", text: "Tempers boiled over", attributes: unfavourable, only: "ravi" },
      {
        code: "frame.conflict",
        text: "Councilman Frank DeLuca demanded that Mayor Dana Whitcombe hand over every document",
      },
      { code: "naming.actor", text: "the mayor's cronies on the council", actor: CITY },
      { code: "loaded.group_label", text: "cronies", actor: CITY, attributes: unfavourable },
      { code: "loaded.loaded_term", text: "bury the request", actor: CITY, attributes: unfavourable },
      {
        code: "attribution.reported_speech",
        text: "A motion to subpoena the fire marshal's inspection files failed 5-4",
        claim: SUBPOENA_FAILED,
        attributes: voice(null, null, "unattributed", null),
        rosa: { code: "frame.political", attributes: {}, claim: undefined },
      },
      { code: "naming.actor", text: "the mayor's rubber-stamp majority", actor: CITY },
      { code: "loaded.group_label", text: "rubber-stamp majority", actor: CITY, attributes: unfavourable },
      {
        code: "attribution.reported_speech",
        text: `"What is this mayor hiding?"`,
        actor: OPPOSITION,
        attributes: voice("Councilman Frank DeLuca", "political_party", "direct_quote", "asked"),
      },
      {
        code: "attribution.reported_speech",
        text: "Whitcombe insisted the records would be made public once the independent review was complete.",
        actor: CITY,
        claim: MAYORS_ADDRESS,
        attributes: voice("Mayor Dana Whitcombe", "government_official", "indirect", "insisted", { evaluative: true }),
      },
      {
        code: "attribution.reported_speech",
        text: `"I will not let an emergency in this city become a campaign commercial,"`,
        actor: CITY,
        attributes: voice("Mayor Dana Whitcombe", "government_official", "direct_quote", "said"),
      },
      {
        code: "attribution.reported_speech",
        text: "the mayor's office lobbied wavering members by phone throughout the afternoon",
        actor: OPPOSITION,
        attributes: voice("Two council aides", "political_party", "indirect", "said", { anonymous: true }),
      },
      {
        code: "attribution.reported_speech",
        text: "The mayor's office denied making any such calls.",
        actor: CITY,
        attributes: voice("The mayor's office", "government_official", "indirect", "denied"),
        rosa: {
          attributes: voice("The mayor's office", "government_official", "indirect", "denied", { evaluative: true }),
        },
      },
      {
        code: "attribution.reported_speech",
        text: `"They kept us in a gym for two nights and told us nothing,"`,
        actor: RESIDENTS,
        attributes: voice("Marisol Vega", "witness_civilian", "direct_quote", "said"),
      },
    ],
  },
];
