import { z } from "zod";

/** The reviewer attaches an import to an existing event or names a new one. */
export const eventChoiceSchema = z.union([
  z.object({ eventId: z.uuid({ error: "Choose an event from the list." }) }),
  z.object({
    newEventTitle: z.string().trim().min(3, { error: "Give the new event a title of at least 3 characters." }).max(300),
  }),
]);

export type EventChoice = z.infer<typeof eventChoiceSchema>;
