// Danish: day-before-month dates ("24. februar"), plain genitive -s ("Ruslands").
import { buildPack, type LanguagePack } from './pack';

export function danishPack(): LanguagePack {
  return { ...buildPack('da'), monthFirst: false };
}
