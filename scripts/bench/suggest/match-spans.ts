export interface Match {
  gold: number;
  predicted: number;
  dice: number;
}

/**
 * One-to-one matching of predicted to gold items at a minimum similarity: the most similar pair first, then the
 * next among those left (greedy; ties go to the earlier gold item, then the earlier prediction).
 */
export function matchOneToOne(
  goldCount: number,
  predictedCount: number,
  similarity: (gold: number, predicted: number) => number,
  threshold: number,
): Match[] {
  const candidates: Match[] = [];
  for (let gold = 0; gold < goldCount; gold++) {
    for (let predicted = 0; predicted < predictedCount; predicted++) {
      const value = similarity(gold, predicted);
      if (value >= threshold) candidates.push({ gold, predicted, dice: value });
    }
  }
  candidates.sort((a, b) => b.dice - a.dice || a.gold - b.gold || a.predicted - b.predicted);
  const goldUsed = new Set<number>();
  const predictedUsed = new Set<number>();
  const matches: Match[] = [];
  for (const candidate of candidates) {
    if (goldUsed.has(candidate.gold) || predictedUsed.has(candidate.predicted)) continue;
    goldUsed.add(candidate.gold);
    predictedUsed.add(candidate.predicted);
    matches.push(candidate);
  }
  return matches;
}
