// Other Latin-script languages (de, sv, no, nl, es, fr, it): the generic pack built from the data
// folder gives sentences, capitalised-name entities, numbers and dates. Unknown languages read
// with the English pack's punctuation rules but no language lexicons.
import { buildPack, type LanguagePack } from './pack';
import { danishPack } from './da';
import { englishPack } from './en';

const cache = new Map<string, LanguagePack>();

export function languagePack(code: string): LanguagePack {
  let pack = cache.get(code);
  if (!pack) {
    pack = code === 'da' ? danishPack() : code === 'en' ? englishPack() : buildPack(code);
    cache.set(code, pack);
  }
  return pack;
}
