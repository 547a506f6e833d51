import { describe, expect, it } from "vitest";
import {
  estimatedSimilarity,
  lshBandHashes,
  minhashSignature,
  SIGNATURE_SIZE,
  SYNDICATION_THRESHOLD,
} from "./minhash.ts";

const wireStory = `PORT CALDER — A fire at the Meridian Polymers plant forced the evacuation of about 4,200 residents on
Tuesday, city officials said. Firefighters contained the blaze by evening, but a shelter-in-place order remained
for neighbourhoods downwind of the plant while state inspectors measured the air. Two workers were injured and
fourteen people were treated at Calder General Hospital for breathing problems, a hospital spokeswoman said.
The company said it deeply regretted the fire and would cooperate fully with investigators.`;

describe("MinHash near-duplicate detection", () => {
  it("finds a lightly edited copy of a wire story similar above the threshold", () => {
    const edited = wireStory.replace("Tuesday", "Tuesday afternoon").replace("deeply regretted", "regretted");
    const similarity = estimatedSimilarity(minhashSignature(wireStory), minhashSignature(edited));
    expect(similarity).toBeGreaterThan(SYNDICATION_THRESHOLD);
    expect(similarity).toBeLessThan(1);
  });

  it("keeps unrelated stories far apart", () => {
    const other =
      "The city council approved a new budget on Monday after a long debate over road repairs and the cost of public transport, the mayor's office said.";
    expect(estimatedSimilarity(minhashSignature(wireStory), minhashSignature(other))).toBeLessThan(0.1);
  });

  it("is deterministic and gives identical texts identical signatures and bands", () => {
    const signature = minhashSignature(wireStory);
    expect(signature).toHaveLength(SIGNATURE_SIZE);
    expect(minhashSignature(wireStory)).toEqual(signature);
    expect(signature.every((value) => Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31)).toBe(true);
    expect(lshBandHashes(signature)).toEqual(lshBandHashes(minhashSignature(wireStory.toUpperCase())));
  });

  it("never changes the signature of a text: stored signatures must stay comparable with new ones", () => {
    // Checksums of signatures computed by the first implementation (regular-expression tokenizer).
    const checksum = (text: string) =>
      minhashSignature(text).reduce((acc, value) => (Math.imul(acc, 31) + value) | 0, 7);
    expect(checksum("PORT CALDER — A fire at the Meridian Polymers plant")).toBe(-426921404);
    expect(checksum("Ünïcödé 𝐀𝐁 北京 e\u0301t\u00e9 😀 x")).toBe(1759929558);
  });
});
