import type { CodebookCategorySeed } from "./category-seed.ts";
import { FRAMES } from "./frames.ts";

// Version 2: one attribution tag whose attributes say who speaks, in which form and with which verb (version 1
// had a category per mode and per source type), a naming tag, and loaded language aimed at an actor.

const OTHER_FRAME: CodebookCategorySeed = {
  kind: "FRAME",
  code: "frame.other",
  label: "Other",
  description:
    "A clear frame that fits none of the categories above; name it in the Frame name attribute. Do not use it for merely descriptive passages; leave those untagged.",
  attributes: [
    {
      code: "frame_name",
      label: "Frame name",
      description: "A short name for the frame, so recurring ones can become categories of a later version.",
      type: "text",
      options: [],
    },
  ],
};

const ATTRIBUTION: CodebookCategorySeed = {
  kind: "ATTRIBUTION",
  code: "attribution.reported_speech",
  label: "Attribution",
  description:
    'Reported speech or a contestable claim: tag the quoted or paraphrased statement itself (not the "he said"). Say who speaks and for which actor, the form (direct quote in quotation marks, indirect speech or paraphrase, or a claim with no source or only a vague one such as "critics say"), whether the speaker is named, and the reporting verb: neutral ("said", "told", "stated") or evaluative ("claimed", "insisted", "admitted", "conceded", "alleged"). Link the event claim the statement carries, if any. A source whose identity is withheld ("a source close to Hamas") is anonymous; record the affiliation the text gives as the actor.',
};

const NAMING: CodebookCategorySeed = {
  kind: "NAMING",
  code: "naming.actor",
  label: "Naming",
  description:
    'A name or description the outlet itself uses for an actor of the event ("the terror group", "the Palestinian Islamist group", "the resistance movement", "the occupying regime"), with the actor it names. Tag every naming in the outlet\'s voice, neutral ones too, so names can be compared across outlets; names inside a quotation are the source\'s and are not tagged.',
};

// Code loaded language only in the outlet's own voice (headline, narration, captions, scare quotes): words
// inside a quotation are the source's choice, and the quote is already captured as attribution.
const LOADED_LANGUAGE: CodebookCategorySeed[] = [
  {
    kind: "LOADED_LANGUAGE",
    code: "loaded.loaded_term",
    label: "Loaded term",
    description:
      'A word or phrase with a strong evaluative or emotional charge used where a neutral alternative exists ("cover-up" for a delay in releasing records, "regime" for government, "massacre" for a strike). Record the actor it is aimed at and whether it is favourable or unfavourable to them.',
  },
  {
    kind: "LOADED_LANGUAGE",
    code: "loaded.euphemism",
    label: "Euphemism",
    description:
      'Mild or vague wording that downplays harm, agency or severity ("incident" for a fire with injuries, "neutralised" for killed). Use when the wording makes something sound less serious than the facts the article itself reports; it is usually favourable to the actor responsible.',
  },
  {
    kind: "LOADED_LANGUAGE",
    code: "loaded.intensifier",
    label: "Intensifier / sensational term",
    description:
      'Wording that inflates scale, drama or emotion beyond what the reported facts support ("inferno", "horror", "bloodbath"). If the word judges who is right or wrong rather than how big or dramatic something is, use Loaded term.',
  },
  {
    kind: "LOADED_LANGUAGE",
    code: "loaded.group_label",
    label: "Labeling of a group",
    description:
      'A characterizing label applied to people in place of a neutral description ("thugs" for protesters, "terrorists" for all members of a movement). Tag the same span as Naming when it names an event actor.',
  },
];

export const VERSION_2: CodebookCategorySeed[] = [
  ...FRAMES.map((frame) => (frame.code === OTHER_FRAME.code ? OTHER_FRAME : frame)),
  ATTRIBUTION,
  NAMING,
  ...LOADED_LANGUAGE,
];
