// The article's date anchor for relative expressions: ReadOptions.anchorDate, else the front-matter
// date, else a wire-style dateline ("COPENHAGEN, March 15, 2022 (Reuters) -"). Never today's date.
import type { LanguagePack } from './lang/pack';
import { languagePack } from './lang/generic';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function fromIso(s: string | undefined): Date | undefined {
  const m = s ? ISO_DATE.exec(s.trim()) : null;
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3]) ? undefined : d;
}

export function findAnchorDate(option: string | undefined, frontMatterDate: string | undefined, masked: string, pack: LanguagePack): Date | undefined {
  return fromIso(option) ?? fromIso(frontMatterDate) ?? fromDateline(masked, pack);
}

/** "CITY[, Region], Month D, YYYY (Agency) -" or "CITY, D. month YYYY (Agency) -" in the first 300 characters. */
function fromDateline(masked: string, pack: LanguagePack): Date | undefined {
  const head = masked.slice(0, 300).trimStart();
  // An optional country/state segment may follow the city ("YSTAD, Sweden, March 15, 2026").
  const m = /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40},\s+(?:\p{Lu}[\p{L}\p{M} .'’-]{1,30},\s+){0,2}(?:(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4}))\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]/u.exec(head);
  if (!m) return undefined;
  // Datelines are short and often misdetected; English month names are accepted too.
  const name = (m[1] ?? m[5]).toLowerCase();
  const en = languagePack('en');
  const month = pack.months.get(name) ?? pack.monthAbbreviations.get(name) ?? en.months.get(name) ?? en.monthAbbreviations.get(name);
  if (!month) return undefined;
  const day = Number(m[2] ?? m[4]);
  const year = Number(m[3] ?? m[6]);
  return fromIso(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}
