import { z } from "zod";
import { distinctFrom, requiredLine, singleLine } from "./text-fields.ts";

export const ACTOR_NAME_MAX_LENGTH = 120;
export const ACTOR_ALIASES_MAX = 20;

const aliasLines = z
  .string()
  .default("")
  .transform((text) => text.split("\n").map(singleLine).filter(Boolean))
  .pipe(
    z
      .array(
        z.string().max(ACTOR_NAME_MAX_LENGTH, { error: `Keep each alias under ${ACTOR_NAME_MAX_LENGTH} characters.` }),
      )
      .max(ACTOR_ALIASES_MAX, { error: `List at most ${ACTOR_ALIASES_MAX} aliases.` }),
  );

/** An actor as the editor's form submits it: aliases one per line, trimmed, repeats and the name itself dropped. */
export const actorInputSchema = z
  .object({
    name: requiredLine(ACTOR_NAME_MAX_LENGTH, {
      empty: "Give the actor a name.",
      tooLong: `Keep the name under ${ACTOR_NAME_MAX_LENGTH} characters.`,
    }),
    aliases: aliasLines,
  })
  .transform(({ name, aliases }) => ({ name, aliases: distinctFrom(name, aliases) }));

export type ActorInput = z.output<typeof actorInputSchema>;

export const listItemIdSchema = z.object({ id: z.uuid() });

export const moveInputSchema = listItemIdSchema.extend({ direction: z.enum(["up", "down"]) });
