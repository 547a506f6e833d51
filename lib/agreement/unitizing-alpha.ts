/**
 * Krippendorff's unitizing alpha (uα) for one category: how well observers agree on where the units of that
 * category lie in a continuum (here, the characters of the texts they read end to end), corrected for chance.
 * Follows Krippendorff (2004), Content Analysis: An Introduction to Its Methodology, 2nd ed., whose worked
 * example (p. 254) the tests reproduce; first proposed in Krippendorff (1995), "On the reliability of unitizing
 * continuous data", Sociological Methodology 25:47–76. Each observer's marks split the continuum into sections: units of the category and the
 * gaps between them. Pairs of sections from different observers disagree by
 *   δ² = (b_i − b_j)² + (e_i − e_j)²  for two overlapping units (begins b, ends e),
 *   δ² = l²                          for a unit of length l lying inside the other observer's gap,
 * and 0 otherwise (gap against gap, or sections that do not overlap).
 */

/** A unit an observer marked: [start, end) of the continuum, in whole positions. */
export interface Section {
  start: number;
  end: number;
}

export interface UnitizingAlpha {
  /** 1 − observed/expected; null when nobody marked a unit of the category, so there is nothing to agree on. */
  alpha: number | null;
  /** D_o: summed δ² over pairs of sections of different observers, per ordered pair of observers and per L². */
  observed: number;
  /** D_e: the δ² to expect if every unit and gap were placed anywhere in the continuum at random. */
  expected: number;
  /** N: units marked by all observers together, after joining each observer's overlapping units. */
  units: number;
}

export interface UnitizingOptions {
  /**
   * Positions where the continuum is made of separate texts put end to end: gaps end there, as no unit can
   * cross them, so the result does not depend on the order of the texts. Without breaks: the published formula.
   */
  breaks?: readonly number[];
}

/**
 * uα for one category over a continuum of `continuumLength` positions marked by every observer. An observer's
 * units of one category must not overlap (the measure's assumption): overlapping ones are joined first.
 */
export function unitizingAlpha(
  continuumLength: number,
  observers: readonly (readonly Section[])[],
  { breaks = [] }: UnitizingOptions = {},
): UnitizingAlpha {
  if (!Number.isInteger(continuumLength) || continuumLength < 1) {
    throw new RangeError(`The continuum needs a whole length of at least 1, got ${continuumLength}`);
  }
  if (observers.length < 2) throw new RangeError("Unitizing alpha needs at least two observers");
  const units = observers.map((sections) => joinOverlapping(sections, continuumLength));
  const unitCount = units.reduce((sum, own) => sum + own.length, 0);
  if (unitCount === 0) return { alpha: null, observed: 0, expected: 0, units: 0 };

  const observed = observedDisagreement(units, continuumLength);
  const expected = expectedDisagreement(
    units,
    continuumLength,
    [...breaks].sort((a, b) => a - b),
  );
  return { alpha: expected === 0 ? null : 1 - observed / expected, observed, expected, units: unitCount };
}

/**
 * uα over several categories together: 1 − Σ D_o / Σ D_e (Krippendorff 2004), so categories weigh by their
 * expected disagreement, i.e. by how much of the continuum they cover. null when no category has a unit.
 */
export function pooledUnitizingAlpha(categories: readonly UnitizingAlpha[]): UnitizingAlpha {
  const observed = categories.reduce((sum, category) => sum + category.observed, 0);
  const expected = categories.reduce((sum, category) => sum + category.expected, 0);
  const units = categories.reduce((sum, category) => sum + category.units, 0);
  return { alpha: expected === 0 ? null : 1 - observed / expected, observed, expected, units };
}

// D_o = Σ over ordered observer pairs (i, j) of Σ δ², divided by m(m − 1)L². A unit of i inside a gap of j and a
// gap of i around a unit of j are the same pairs seen from either side, so each pair (i, j) adds its own units'
// δ² against j's units and twice its units that overlap none of j's (those lie inside one of j's gaps).
function observedDisagreement(units: Section[][], length: number): number {
  let sum = 0;
  units.forEach((own, i) =>
    units.forEach((other, j) => {
      if (i !== j) sum += sectionDisagreement(own, other);
    }),
  );
  const m = units.length;
  return sum / (m * (m - 1) * length * length);
}

function sectionDisagreement(own: Section[], other: Section[]): number {
  let sum = 0;
  let first = 0;
  for (const unit of own) {
    // Both lists are sorted and free of overlaps, so the other's units ending before this one never come back.
    while (first < other.length && other[first].end <= unit.start) first++;
    let overlapped = false;
    for (let k = first; k < other.length && other[k].start < unit.end; k++) {
      sum += (unit.start - other[k].start) ** 2 + (unit.end - other[k].end) ** 2;
      overlapped = true;
    }
    if (!overlapped) sum += 2 * (unit.end - unit.start) ** 2;
  }
  return sum;
}

// D_e = (2/L) Σ_units [ (N − 1)/3 · (2l³ − 3l² + l) + l² Σ_{gaps g ≥ l} (g − l + 1) ] / (mL(mL − 1) − Σ_units l(l − 1)),
// with gaps taken from every observer.
function expectedDisagreement(units: Section[][], length: number, breaks: readonly number[]): number {
  const lengths = units.flat().map((unit) => unit.end - unit.start);
  const inGaps = gapRoom(units.flatMap((own) => gapLengths(own, length, breaks)));
  const n = lengths.length;
  let numerator = 0;
  for (const l of lengths) numerator += ((n - 1) / 3) * (2 * l ** 3 - 3 * l ** 2 + l) + l ** 2 * inGaps(l);
  const pooled = units.length * length;
  const denominator = pooled * (pooled - 1) - lengths.reduce((sum, l) => sum + l * (l - 1), 0);
  return ((2 / length) * numerator) / denominator;
}

// Σ over gaps g ≥ l of (g − l + 1): the places a unit of length l fits in the gaps. From the gaps' counts and sums
// above each length (binary search over the sorted gaps) rather than a walk over every gap for every unit; the
// terms are whole numbers, so the sum is the same to the last digit.
function gapRoom(gaps: number[]): (l: number) => number {
  gaps.sort((a, b) => b - a);
  const sums = [0];
  for (const gap of gaps) sums.push(sums[sums.length - 1] + gap);
  return (l) => {
    let low = 0;
    let high = gaps.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (gaps[middle] >= l) low = middle + 1;
      else high = middle;
    }
    return sums[low] - low * (l - 1);
  };
}

function gapLengths(units: Section[], length: number, breaks: readonly number[]): number[] {
  const gaps: number[] = [];
  let position = 0;
  // Breaks are sorted and positions only grow, so the next break to look at never moves back.
  let next = 0;
  const gapUntil = (end: number) => {
    for (; next < breaks.length && breaks[next] < end; next++) {
      if (breaks[next] <= position) continue;
      gaps.push(breaks[next] - position);
      position = breaks[next];
    }
    if (end > position) gaps.push(end - position);
  };
  for (const unit of units) {
    gapUntil(unit.start);
    position = unit.end;
  }
  gapUntil(length);
  return gaps;
}

function joinOverlapping(sections: readonly Section[], length: number): Section[] {
  for (const { start, end } of sections) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) {
      throw new RangeError(`A unit needs whole positions with 0 ≤ start < end ≤ ${length}, got [${start}, ${end})`);
    }
  }
  const joined: Section[] = [];
  for (const { start, end } of [...sections].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = joined.at(-1);
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else joined.push({ start, end });
  }
  return joined;
}
