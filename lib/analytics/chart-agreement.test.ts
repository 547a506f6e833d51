import { describe, expect, it } from "vitest";
import type { EventAgreement } from "../agreement/compute-event-agreement.ts";
import type { AlphaFigure } from "../agreement/measure-alpha.ts";
import { chartAgreement } from "./chart-agreement.ts";

const figure = (alpha: number): AlphaFigure => ({
  alpha,
  verdict: "reliable",
  thin: false,
  undefinedBecause: null,
  units: 12,
  pairable: 24,
  agreed: 11,
});
const spans = (kind: string, alpha: number) => ({ kind, total: { unitizing: figure(alpha) } });

const agreement = {
  articles: 6,
  spans: [spans("ATTRIBUTION", 0.9), spans("NAMING", 0.8), spans("FRAME", 0.5)],
  attributes: [
    { kind: "ATTRIBUTION", field: "claim", figure: figure(0.7) },
    { kind: "ATTRIBUTION", field: "form", figure: figure(0.95) },
    { kind: "NAMING", field: "actor", figure: figure(1) },
  ],
  articleFields: { primaryFrame: figure(0.4), headlineFrame: figure(0.3) },
} as unknown as EventAgreement;

describe("chartAgreement", () => {
  it("picks the figures of the categories each section uses", () => {
    const pick = (section: Parameters<typeof chartAgreement>[1]) =>
      chartAgreement(agreement, section).map((one) => [one.label, one.measure, one.figure.alpha]);
    expect(pick("claims")).toEqual([
      ["Attribution passages", "uα", 0.9],
      ["Claim", "α", 0.7],
      ["Form", "α", 0.95],
    ]);
    expect(pick("naming")).toEqual([
      ["Naming passages", "uα", 0.8],
      ["Actor named", "α", 1],
    ]);
    expect(pick("frames")).toEqual([
      ["Frame passages", "uα", 0.5],
      ["Primary frame", "α", 0.4],
      ["Headline frame", "α", 0.3],
    ]);
  });
});
