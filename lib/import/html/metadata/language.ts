import { francAll } from "franc-min";

/** franc-min's ISO 639-3 answers that have an ISO 639-1 code, which is what BCP-47 prefers. */
const TWO_LETTER_CODES: Readonly<Record<string, string>> = {
  amh: "am", arb: "ar", azj: "az", bel: "be", ben: "bn", bos: "bs", bul: "bg", ces: "cs", cmn: "zh", deu: "de",
  ell: "el", eng: "en", fra: "fr", guj: "gu", hau: "ha", hin: "hi", hrv: "hr", hun: "hu", ibo: "ig", ind: "id",
  ita: "it", jav: "jv", jpn: "ja", kan: "kn", kaz: "kk", kin: "rw", kor: "ko", lin: "ln", mal: "ml", mar: "mr",
  mya: "my", nld: "nl", npi: "ne", nya: "ny", pan: "pa", pbu: "ps", pes: "fa", plt: "mg", pol: "pl", por: "pt",
  ron: "ro", run: "rn", rus: "ru", sin: "si", som: "so", spa: "es", srp: "sr", sun: "su", swe: "sv", swh: "sw",
  tam: "ta", tel: "te", tgl: "tl", tha: "th", tur: "tr", ukr: "uk", urd: "ur", uzn: "uz", vie: "vi", yor: "yo",
  zlm: "ms", zul: "zu",
};

/** Below this much text trigram statistics are too noisy to trust. */
const MIN_DETECTION_LENGTH = 200;
/** The runner-up must score clearly below the winner (franc scores the winner 1), or the guess is a coin toss. */
const MAX_RUNNER_UP_SCORE = 0.9;
/** Enough text to decide; more only costs time. */
const SAMPLE_LENGTH = 4000;

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
  if (body.length < MIN_DETECTION_LENGTH) return null;
  const [best, runnerUp] = francAll(body.slice(0, SAMPLE_LENGTH));
  if (!best || best[0] === "und") return null;
  if (runnerUp && runnerUp[1] > MAX_RUNNER_UP_SCORE) return null;
  return TWO_LETTER_CODES[best[0]] ?? null;
}
