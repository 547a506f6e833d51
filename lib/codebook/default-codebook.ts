import type { CodebookCategorySeed } from "./default/category-seed.ts";
import { VERSION_1 } from "./default/version-1.ts";
import { VERSION_2 } from "./default/version-2.ts";

export type { CodebookCategorySeed };

/**
 * The codebook every Framewise deployment starts with; ensure-default-codebook.ts publishes each shipped version
 * a deployment lacks, in order. Codes are stable identifiers stored with annotations: never rename or reuse one,
 * publish a new version instead. Array order is the display order (it becomes `position`).
 */
export const DEFAULT_CODEBOOK = {
  slug: "framewise-default",
  name: "Framewise default codebook",
  description:
    "Frames from the Policy Frames Codebook (Boydstun et al. 2014) plus the conflict, human-interest and responsibility frames of Semetko & Valkenburg (2000); attribution of reported speech, naming of actors and loaded language, for comparing how outlets cover the same event.",
  versions: [
    { notes: "Default codebook shipped with Framewise.", categories: VERSION_1 },
    {
      notes:
        "Attribution becomes one tag with speaker, speaker type, actor, form, anonymity and reporting verb as attributes (the version 1 mode and source-type categories are retired); adds Naming; loaded language names its target actor and direction.",
      categories: VERSION_2,
    },
  ],
} as const satisfies {
  slug: string;
  name: string;
  description: string;
  versions: readonly { notes: string; categories: CodebookCategorySeed[] }[];
};
