// The data README's "named" approximation, applied to predictions so that descriptions
// ("the foreign ministry") are scored like the gold set: after leading lowercase function words
// and determiners, the first remaining token starts with an uppercase letter.
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'at', 'in', 'into', 'on', 'of', 'to', 'for', 'from', 'by', 'with', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our',
  'den', 'det', 'de', 'en', 'et', 'i', 'på', 'til', 'fra', 'af', 'het', 'een', 'van', 'el', 'la', 'los', 'las', 'un', 'una', 'il', 'lo', 'gli', 'le', 'di', 'da', 'del']);

export function isNamedPrediction(text: string): boolean {
  for (const w of text.split(/\s+/)) {
    if (!w) continue;
    if (FUNCTION_WORDS.has(w.toLowerCase()) && w === w.toLowerCase()) continue;
    return /^\p{Lu}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w);
  }
  return false;
}
