import { codePointAt, isWordCharacter } from "../../articles/word-characters.ts";

// Near-duplicate detection for syndicated copies: MinHash over 5-word shingles, with LSH banding so
// candidates are found by an index lookup. Estimated Jaccard similarity = share of equal signature slots.
// One-permutation hashing (each shingle hashed once, binned by its hash) and shingle hashes rolled from
// word hashes keep the cost near one hash per word, which matters for imports of thousands of articles.

export const SIGNATURE_SIZE = 128;
export const BANDS = 32;
const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
const SHINGLE_WORDS = 5;
const EMPTY = 0x7fffffff;

/** Two bodies this similar (estimated Jaccard of their shingles) are the same story, lightly edited. */
export const SYNDICATION_THRESHOLD = 0.5;

function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a hashes of the lowercased words (runs of letters and digits), in one pass over the characters. */
function wordHashes(text: string): number[] {
  const lower = text.toLowerCase();
  const hashes: number[] = [];
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < lower.length; i += 1) {
    const point = codePointAt(lower, i);
    if (isWordCharacter(point)) {
      hash = Math.imul(hash ^ lower.charCodeAt(i), FNV_PRIME);
      if (point > 0xffff) hash = Math.imul(hash ^ lower.charCodeAt(++i), FNV_PRIME); // the low surrogate
      inWord = true;
    } else if (inWord) {
      hashes.push(hash | 0);
      hash = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) hashes.push(hash | 0);
  return hashes;
}

function shingleHashes(text: string): number[] {
  const words = wordHashes(text);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const hashes: number[] = [];
  for (let start = 0; start < count && start < words.length; start++) {
    let h = SHINGLE_WORDS;
    for (let i = start; i < start + SHINGLE_WORDS && i < words.length; i++) h = mix32(Math.imul(h, 31) ^ words[i]);
    hashes.push(h);
  }
  return hashes;
}

/** The signature stored with each article (signed 32-bit integers, as Postgres INTEGER holds them). */
export function minhashSignature(text: string): number[] {
  const bins = new Array<number>(SIGNATURE_SIZE).fill(EMPTY);
  for (const hash of shingleHashes(text)) {
    const bin = (hash >>> 0) % SIGNATURE_SIZE;
    const value = hash >>> 7; // the bits that did not pick the bin
    if (value < bins[bin]) bins[bin] = value;
  }
  return densify(bins);
}

// Short texts leave bins empty; each borrows from the next filled bin (rotation densification), so
// two texts still agree on a bin exactly when they agree on the value that fills it.
function densify(bins: number[]): number[] {
  if (bins.every((value) => value === EMPTY)) return bins;
  return bins.map((value, bin) => {
    let offset = 0;
    while (bins[(bin + offset) % SIGNATURE_SIZE] === EMPTY) offset++;
    return value === EMPTY ? mix32(bins[(bin + offset) % SIGNATURE_SIZE] ^ offset) : value;
  });
}

export function estimatedSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal += 1;
  return equal / a.length;
}

/** One hash per band, salted with the band number so one array column can hold them all. */
export function lshBandHashes(signature: readonly number[]): number[] {
  return Array.from({ length: BANDS }, (_, band) => {
    let h = mix32(band + 1);
    for (let row = 0; row < ROWS_PER_BAND; row++) h = mix32(h ^ signature[band * ROWS_PER_BAND + row]);
    return h;
  });
}
