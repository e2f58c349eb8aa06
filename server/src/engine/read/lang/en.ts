// English: month-first dates ("February 24") besides "24 February"; genitive only with an apostrophe.
import { buildPack, type LanguagePack } from './pack';

export function englishPack(): LanguagePack {
  return { ...buildPack('en'), monthFirst: true, plainGenitiveS: false };
}
