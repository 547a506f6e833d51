// Near-duplicate detection for syndicated copies: MinHash over 5-word shingles, with LSH banding so
// candidates are found by an index lookup. Estimated Jaccard similarity = share of equal signature slots.

export const SIGNATURE_SIZE = 128;
export const BANDS = 32;
const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
const SHINGLE_WORDS = 5;

/** Two bodies this similar (estimated Jaccard of their shingles) are the same story, lightly edited. */
export const SYNDICATION_THRESHOLD = 0.5;

// Fixed seeds: signatures must stay comparable across processes and releases.
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, index) => mix32(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b)));

function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

function hashString(text: string): number {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

function shingleHashes(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SHINGLE_WORDS) return words.length ? [hashString(words.join(" "))] : [];
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) hashes.add(hashString(words.slice(i, i + SHINGLE_WORDS).join(" ")));
  return [...hashes];
}

/** The signature stored with each article (signed 32-bit integers, as Postgres INTEGER holds them). */
export function minhashSignature(text: string): number[] {
  const shingles = shingleHashes(text);
  return SEEDS.map((seed) => {
    let min = 0x7fffffff;
    for (const shingle of shingles) {
      const value = mix32(shingle ^ seed);
      if (value < min) min = value;
    }
    return min;
  });
}

export function estimatedSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal += 1;
  return equal / a.length;
}

/** One hash per band of the signature; articles that share any band hash are candidates. */
export function lshBandHashes(signature: readonly number[]): number[] {
  return Array.from({ length: BANDS }, (_, band) => {
    let h = band;
    for (let row = 0; row < ROWS_PER_BAND; row++) h = mix32(h ^ signature[band * ROWS_PER_BAND + row]);
    return h;
  });
}
