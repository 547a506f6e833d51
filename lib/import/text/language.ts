import { francAll } from "franc-min";

/** franc-min's ISO 639-3 answers that have an ISO 639-1 code, which is what BCP-47 prefers. */
const TWO_LETTER_CODES: Readonly<Record<string, string>> = {
  amh: "am",
  arb: "ar",
  azj: "az",
  bel: "be",
  ben: "bn",
  bos: "bs",
  bul: "bg",
  ces: "cs",
  cmn: "zh",
  deu: "de",
  ell: "el",
  eng: "en",
  fra: "fr",
  guj: "gu",
  hau: "ha",
  hin: "hi",
  hrv: "hr",
  hun: "hu",
  ibo: "ig",
  ind: "id",
  ita: "it",
  jav: "jv",
  jpn: "ja",
  kan: "kn",
  kaz: "kk",
  kin: "rw",
  kor: "ko",
  lin: "ln",
  mal: "ml",
  mar: "mr",
  mya: "my",
  nld: "nl",
  npi: "ne",
  nya: "ny",
  pan: "pa",
  pbu: "ps",
  pes: "fa",
  plt: "mg",
  pol: "pl",
  por: "pt",
  ron: "ro",
  run: "rn",
  rus: "ru",
  sin: "si",
  som: "so",
  spa: "es",
  srp: "sr",
  sun: "su",
  swe: "sv",
  swh: "sw",
  tam: "ta",
  tel: "te",
  tgl: "tl",
  tha: "th",
  tur: "tr",
  ukr: "uk",
  urd: "ur",
  uzn: "uz",
  vie: "vi",
  yor: "yo",
  zlm: "ms",
  zul: "zu",
};

/** Below this much text trigram statistics are too noisy to trust. */
const MIN_DETECTION_LENGTH = 200;
/** franc reads at most this much. */
const SAMPLE_LENGTH = 2000;
/**
 * franc scores the winner 1 and the others by their distance gap divided by a bound that grows with the
 * sample's length, so the runner-up's gap times the length is what says how clear the win was. 25 keeps
 * about 96% of answers on multilingual benchmark pages, at about 97% agreement with their declared language.
 */
const MIN_WINNING_MARGIN = 25;

/**
 * The primary language subtag of a declared language ("en-US", "pt_BR", "DE" → "en", "pt", "de"). Only the
 * primary subtag is kept so articles group by language whatever region their outlet declares.
 */
export function primaryLanguageSubtag(declared: string | null | undefined): string | null {
  const primary = declared?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) && primary !== "und" ? primary : null;
}

/** The body's language as a two-letter code when franc is confident, otherwise null. */
export function detectLanguage(body: string): string | null {
  const sample = body.slice(0, SAMPLE_LENGTH);
  if (sample.length < MIN_DETECTION_LENGTH) return null;
  const [best, runnerUp] = francAll(sample);
  if (!best || best[0] === "und") return null;
  if (runnerUp && (1 - runnerUp[1]) * sample.length < MIN_WINNING_MARGIN) return null;
  return TWO_LETTER_CODES[best[0]] ?? null;
}
