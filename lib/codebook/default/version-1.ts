import { FRAMES } from "./frames.ts";
import type { CodebookCategorySeed } from "./category-seed.ts";

// Version 1 coded the mode of attribution and the source type as separate span categories; version 2 folds both
// into attributes of one attribution tag. Kept so tags made under version 1 stay readable.

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

export const VERSION_1: CodebookCategorySeed[] = [...FRAMES, ...ATTRIBUTION_MODES, ...SOURCE_TYPES, ...LOADED_LANGUAGE];
