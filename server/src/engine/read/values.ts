// Dates, durations, numbers and ordinals, normalised TIMEX3 / ISO 8601 style. One set of
// precompiled, backtracking-safe regular expressions per language pack (month, weekday and
// relative-day names from CLDR), run once per paragraph, earlier patterns winning overlaps.
// Relative expressions are resolved only against the article's anchor date, never today.
import type { Value, ValueKind } from '../types';
import type { LanguagePack } from './lang/pack';

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (xs: Iterable<string>): string => [...new Set(xs)].sort((a, b) => b.length - a.length).map(esc).join('|') || '(?!)';

// Trigger bits: a rule runs on a paragraph only when a word of its kind occurs there.
const B = { month: 1, weekday: 2, relative: 4, event: 8, fraction: 16, unit: 32, numberWord: 64, vague: 128, ordinal: 256, digit: 512 } as const;

interface Rule {
  /** Runs when (mask & all) === all and (any === 0 or mask & any). */
  all: number;
  any?: number;
  /**
   * What the first character of a match can be: a digit only, never a digit, or either. Checked
   * before the regular expression, which would otherwise run (and fail) at many more positions.
   */
  first?: 'digit' | 'nondigit';
  /** At a digit: how many digits in a row the pattern takes there (min, max). */
  digits?: [number, number];
  /** At a digit: a letter (ASCII or beyond) must follow the digits ("3rd", "2º"). */
  letterAfterDigits?: boolean;
  re: RegExp;
  /** The same pattern, sticky: matched only at a given position. */
  sticky: RegExp;
  make: (m: RegExpExecArray, ctx: RuleContext) => Omit<Value, 'start' | 'end' | 'text' | 'sentence'> | undefined;
}
interface RuleContext { pack: LanguagePack; anchor?: Date; before: string; after: string }
/** Text before a word that opens a sentence, a quote or a dash-introduced line (paragraph-clipped). */
const SENTENCE_OPENING = /(?:^|[.!?:;«»"“”„()–—-])\s*$/u;

// Scale words after a number in digits ("12,3 miljoner", "2,5 Mrd."), by language: a missing
// word splits one amount into two numbers. Outside English "billion" is the long scale (10^12).
// An abbreviation (up to four letters) takes its full stop: "60 mia." 
const SCALES: Record<string, Record<string, number>> = {
  en: { million: 1e6, millions: 1e6, mln: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, trillion: 1e12 },
  da: { million: 1e6, millioner: 1e6, mio: 1e6, milliard: 1e9, milliarder: 1e9, mia: 1e9, mrd: 1e9, billion: 1e12, billioner: 1e12 },
  no: { million: 1e6, millioner: 1e6, mill: 1e6, mio: 1e6, milliard: 1e9, milliarder: 1e9, mrd: 1e9, mia: 1e9, billion: 1e12, billioner: 1e12 },
  sv: { miljon: 1e6, miljoner: 1e6, milj: 1e6, mn: 1e6, miljard: 1e9, miljarder: 1e9, mdr: 1e9, md: 1e9, biljon: 1e12, biljoner: 1e12 },
  de: { million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, billion: 1e12, billionen: 1e12 },
  nl: { miljoen: 1e6, mln: 1e6, miljard: 1e9, miljarden: 1e9, mld: 1e9, mrd: 1e9, biljoen: 1e12 },
  es: { millón: 1e6, millon: 1e6, millones: 1e6, 'mil millones': 1e9, millardo: 1e9, millardos: 1e9, billón: 1e12, billones: 1e12 },
  fr: { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9 },
  it: { milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, mrd: 1e9 },
};
// Danish, Norwegian and Swedish press quote one another and are easily taken for one another.
const NORDIC = new Set(['da', 'no', 'sv']);
const scalesOf = (code: string): Record<string, number> =>
  NORDIC.has(code) ? { ...SCALES.sv, ...SCALES.no, ...SCALES.da } : SCALES[code] ?? SCALES.en;

const DECADE_MOD: Record<string, string> = { early: 'START', late: 'END', mid: 'MID', begyndelsen: 'START', slutningen: 'END', midten: 'MID' };
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);

function parseNumber(s: string, pack: LanguagePack): number {
  const decimalComma = pack.code !== 'en';
  let t = s.replace(/\s/g, '');
  if (decimalComma) {
    if (/^\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, '');
    else t = t.replace(/\./g, '').replace(',', '.');
  } else {
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
    else t = t.replace(',', '.');
  }
  return Number(t);
}

const cache = new Map<string, Rule[]>();

/** 'nondigit' when no alternative of an alt() list starts with a digit (the list is its source text). */
const startsNonDigit = (alternatives: string): 'nondigit' | undefined => (alternatives.split('|').some((a) => /^\d/.test(a)) ? undefined : 'nondigit');

function rulesFor(pack: LanguagePack): Rule[] {
  const hit = cache.get(pack.code);
  if (hit) return hit;
  const months = alt(pack.months.keys());
  // With a day number next to it an abbreviation is a month ("Oct 18", "18 Oct.").
  const monthsWithDay = alt([...pack.months.keys(), ...pack.monthAbbreviations.keys()]);
  // "17 de diciembre de 2026": an optional joiner word between day, month and year.
  const joiner = pack.dateJoiners.length ? `(?:(?:${alt(pack.dateJoiners)})\\s+)?` : '';
  // Tokenised English news text spaces the thousands comma ("26, 000"); only a "000" group is
  // taken, so a list like "in 2019, 100 people" stays two numbers.
  const spacedThousands = pack.code === 'en' ? '|, 000' : '';
  const weekdays = alt(pack.weekdays.keys());
  const dayParts = alt(pack.dayParts.keys());
  const numberWords = alt(pack.numberWords.keys());
  const units = alt(pack.durationUnits.keys());
  const relative = alt(pack.relative.keys());
  const eventRel = alt(pack.eventRelative);
  const vague = alt(pack.vague.keys());
  const ordinals = alt(pack.ordinalWords.keys());
  const fractions = alt(pack.fractions.keys());
  const scales = alt(Object.keys(scalesOf(pack.code)));
  const f = 'giu';
  const monthNo = (s: string): number => { const k = s.toLowerCase().replace(/\.$/, ''); return pack.months.get(k) ?? pack.monthAbbreviations.get(k) ?? 0; };
  const withYear = (y: string | undefined, m: number, d?: number): string => `${y ?? 'XXXX'}-${pad(m)}${d ? '-' + pad(d) : ''}`;
  const dateValue = (normalized: string, ctx: RuleContext, hasYear: boolean): Omit<Value, 'start' | 'end' | 'text' | 'sentence'> => {
    // A year-less date takes the anchor's year (articles report recent events).
    if (!hasYear && ctx.anchor) normalized = String(ctx.anchor.getUTCFullYear()) + normalized.slice(4);
    return { kind: 'date', normalized, approx: false };
  };
  const defs: Omit<Rule, 'sticky'>[] = [
    // "24. februar 2022", "24 February"
    { all: B.digit | B.month, first: 'digit', digits: [1, 2], re: new RegExp(`${L}(\\d{1,2})\\.?\\s+${joiner}(${monthsWithDay})(?:,?\\s+${joiner}(\\d{4}))?${R}`, f),
      make: (m, c) => { const d = Number(m[1]); return d >= 1 && d <= 31 ? dateValue(withYear(m[3], monthNo(m[2]), d), c, !!m[3]) : undefined; } },
    // "February 24, 2022"
    { all: B.digit | B.month, first: startsNonDigit(monthsWithDay), re: new RegExp(`${L}(${monthsWithDay})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${R}`, f),
      make: (m, c) => { const d = Number(m[2]); return d >= 1 && d <= 31 ? dateValue(withYear(m[3], monthNo(m[1]), d), c, !!m[3]) : undefined; } },
    // "februar 2022"
    { all: B.digit | B.month, first: startsNonDigit(months), re: new RegExp(`${L}(${months})\\s+(\\d{4})${R}`, f), make: (m) => ({ kind: 'date', normalized: withYear(m[2], monthNo(m[1])), approx: false }) },
    // decades: "1960'erne", "the late 1960s", "the '60s"
    { all: B.digit, digits: [4, 4], re: new RegExp(`${L}(?:the\\s+)?(?:(early|mid|late|begyndelsen\\s+af|midten\\s+af|slutningen\\s+af)[\\s-]+)?(?:(1\\d|20)(\\d)0|['’](\\d)0)(?:['’]?s|['’]?erne|er(?:-jahren|\\s+jaren)?)${R}`, f),
      make: (m) => ({ kind: 'date', normalized: `${m[2] ?? '19'}${m[3] ?? m[4]}X`, approx: !!m[1] }) },
    // relative to another event: "dagen efter", "a day after"
    { all: B.event, first: startsNonDigit(eventRel), re: new RegExp(`${L}(${eventRel})${R}`, f),
      make: (m) => {
        const s = m[1].toLowerCase();
        const offset = /før|before|earlier|innan|vortag/.test(s) ? -1 : 1;
        return { kind: 'date', normalized: 'XXXX-XX-XX', approx: false, relative: { to: 'event', unit: 'day', offset } };
      } },
    // quarter-century, "et kvart århundrede", "half a century", "a decade"
    { all: B.fraction | B.unit, re: new RegExp(`${L}(?:(?:a|an|et|en|ein|ett)\\s+)?(${fractions})(?:\\s+a|\\s+of\\s+a)?[\\s-]+(${units})${R}`, f),
      make: (m) => {
        const frac = pack.fractions.get(m[1].toLowerCase()) ?? 1;
        const unit = pack.durationUnits.get(m[2].toLowerCase());
        if (unit === 'CE') return { kind: 'duration', normalized: `P${100 * frac}Y`, approx: false };
        if (unit === 'DE') return { kind: 'duration', normalized: `P${10 * frac}Y`, approx: false };
        if (unit === 'Y') return { kind: 'duration', normalized: `P${12 * frac}M`, approx: false };
        return undefined;
      } },
    // "3 years", "ti år", "two weeks"
    { all: B.unit, re: new RegExp(`${L}(\\d+(?:[.,]\\d+)?|${numberWords}|a|an|et|en|one)[\\s-]+(${units})${R}`, f),
      make: (m) => {
        const raw = m[1].toLowerCase();
        const n = /^\d/.test(raw) ? parseNumber(raw, pack) : pack.numberWords.get(raw) ?? 1;
        const u = pack.durationUnits.get(m[2].toLowerCase());
        if (!u) return undefined;
        if (u === 'CE') return { kind: 'duration', normalized: `P${n * 100}Y`, approx: false };
        if (u === 'DE') return { kind: 'duration', normalized: `P${n * 10}Y`, approx: false };
        return { kind: 'duration', normalized: u.startsWith('T') ? `PT${n}${u[1]}` : `P${n}${u}`, approx: false };
      } },
    // relative days/weeks/years from CLDR ("i går", "tomorrow", "last year"), optional day part
    { all: B.relative, first: startsNonDigit(relative), re: new RegExp(`${L}(${relative})(?:\\s+(${dayParts}))?${R}`, f),
      make: (m, c) => {
        const rel = pack.relative.get(m[1].toLowerCase().replace(/\s+/g, ' '));
        if (!rel) return undefined;
        const part = m[2] ? pack.dayParts.get(m[2].toLowerCase()) : undefined;
        let normalized: string;
        if (rel.unit === 'day') normalized = c.anchor ? iso(addDays(c.anchor, rel.offset)) : 'XXXX-XX-XX';
        else if (rel.unit === 'year') normalized = c.anchor ? String(c.anchor.getUTCFullYear() + rel.offset) : 'XXXX';
        else if (rel.unit === 'month') {
          if (c.anchor) { const d = new Date(Date.UTC(c.anchor.getUTCFullYear(), c.anchor.getUTCMonth() + rel.offset, 1)); normalized = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`; } else normalized = 'XXXX-XX';
        } else normalized = c.anchor ? isoWeek(addDays(c.anchor, 7 * rel.offset)) : 'XXXX-WXX';
        if (part) normalized += `T${part}`;
        return { kind: 'date', normalized, approx: false, relative: { to: 'anchor', unit: rel.unit, offset: rel.offset } };
      } },
    // weekdays with optional day part: "tirsdag aften", "Tuesday"
    { all: B.weekday, first: startsNonDigit(weekdays), re: new RegExp(`${L}(${weekdays})(?:\\s+(${dayParts}))?${R}`, f),
      make: (m, c) => {
        const wd = pack.weekdays.get(m[1].toLowerCase());
        if (!wd) return undefined;
        const part = m[2] ? pack.dayParts.get(m[2].toLowerCase()) : undefined;
        let normalized = `XXXX-WXX-${wd}`;
        if (c.anchor) {
          // The nearest such weekday to the anchor (news "Tuesday" is within the reported week).
          const a = c.anchor.getUTCDay() || 7;
          let diff = wd - a;
          if (diff > 3) diff -= 7;
          if (diff < -3) diff += 7;
          normalized = iso(addDays(c.anchor, diff));
        }
        return { kind: 'date', normalized: part ? `${normalized}T${part}` : normalized, approx: false };
      } },
    // a month on its own after a preposition: "in February", "i februar"
    { all: B.month, first: startsNonDigit(months), re: new RegExp(`(?<=(?:^|\\s)(?:in|i|since|siden|until|indtil|by|from|fra|im|seit|en|in|a|di)\\s+)(${months})${R}`, f),
      make: (m, c) => {
        const mo = monthNo(m[1]);
        if (!mo || (pack.code === 'en' && !/^\p{Lu}/u.test(m[1]))) return undefined;
        return { kind: 'date', normalized: `${c.anchor ? c.anchor.getUTCFullYear() : 'XXXX'}-${pad(mo)}`, approx: false };
      } },
    // vague quantities: "tens of thousands", "titusinder"
    { all: B.vague, first: startsNonDigit(vague), re: new RegExp(`${L}(${vague})${R}`, f), make: (m) => ({ kind: 'number', normalized: String(pack.vague.get(m[1].toLowerCase().replace(/\s+/g, ' ')) ?? ''), approx: true }) },
    // years
    { all: B.digit, first: 'digit', digits: [4, 4], re: new RegExp(`${L}(1[5-9]\\d\\d|20\\d\\d)${R}(?![.,]\\d)`, f),
      make: (m, c) => (approxBefore(c) ? { kind: 'number', normalized: m[1], approx: true } : { kind: 'date', normalized: m[1], approx: false }) },
    // ordinals in digits: "2nd", "3rd"
    { all: B.digit, first: 'digit', letterAfterDigits: true, re: new RegExp(`${L}(\\d+)(?:st|nd|rd|th|e|er|ème|º|ª)${R}`, 'gu'), make: (m) => ({ kind: 'ordinal', normalized: m[1], approx: false }) },
    // numbers in digits, with scale words and percent
    { all: B.digit, first: 'digit', re: new RegExp(`${L}(\\d{1,3}(?:[.,\\u00a0 ]\\d{3}${spacedThousands})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?:\\s*(${scales})(?:(?<!\\p{L}{5})\\.)?${R})?(\\s*%|\\s+(?:procent|percent|per\\s+cent|prozent|por\\s+ciento|pour\\s+cent|per\\s+cento|procent))?${R}`, 'giu'),
      make: (m, c) => {
        let n = parseNumber(m[1], pack);
        if (m[2]) n *= scalesOf(pack.code)[m[2].toLowerCase().replace(/\s+/g, ' ')] ?? 1;
        if (!Number.isFinite(n)) return undefined;
        const v: Omit<Value, 'start' | 'end' | 'text' | 'sentence'> = { kind: 'number', normalized: String(n), approx: approxBefore(c) };
        if (m[3]) v.unit = 'percent';
        return v;
      } },
    // number words: "ten", "ti", "twenty-five"
    { all: B.numberWord, first: startsNonDigit(numberWords), re: new RegExp(`${L}(${numberWords})(?:-(${numberWords}))?${R}`, f),
      make: (m, c) => {
        const a = pack.numberWords.get(m[1].toLowerCase());
        if (a === undefined) return undefined;
        // A capitalised number word inside a sentence is part of a name or an English phrase
        // ("Fire", "To" in Danish text; "Otto Hahn", "the Big Ten"); opening a sentence it is
        // the number ("Ni personer er savnet."). Articles ("En", "Ein", "Un") are no number words.
        if (/^\p{Lu}/u.test(m[1]) && !SENTENCE_OPENING.test(c.before)) {
          if (pack.code === 'da' && /^(to|ni|fire)$/i.test(m[1])) return undefined;
          // Scale words are nouns, capitalised in German ("zwölf Millionen Euro"): small numbers only.
          if (a < 100 && /^\s+\p{Lu}/u.test(c.after)) return undefined;
        }
        const b = m[2] ? pack.numberWords.get(m[2].toLowerCase()) ?? 0 : 0;
        return { kind: 'number', normalized: String(a + b), approx: approxBefore(c) };
      } },
    // ordinal words
    { all: B.ordinal, first: startsNonDigit(ordinals), re: new RegExp(`${L}(${ordinals})${R}`, f),
      make: (m, c) => {
        const n = pack.ordinalWords.get(m[1].toLowerCase());
        if (!n || n < 0) return undefined;
        // "en anden", "a second": the indefinite article makes these "another" / a time unit.
        if (/(?:^|\s)(?:en|et|a|ein|ett|un|una|ingen|hinanden|blandt|noget|alt)\s+$/i.test(c.before)) return undefined;
        return { kind: 'ordinal', normalized: String(n), approx: false };
      } },
  ];
  // A phrase is triggered by its longest word (ties: the last), so that "the"/"a"/"i" never
  // trigger on their own; candidates also start up to two words before a trigger.
  const trig = (words: Iterable<string>, bit: number): void => {
    for (const w of words) {
      const parts = w.toLowerCase().split(/[\s-]+/);
      let key = parts[0];
      for (const p of parts) if (p.length >= key.length) key = p;
      pack.valueTriggers.set(key, (pack.valueTriggers.get(key) ?? 0) | bit);
    }
  };
  trig(pack.months.keys(), B.month);
  trig(pack.monthAbbreviations.keys(), B.month);
  trig(pack.weekdays.keys(), B.weekday);
  trig(pack.relative.keys(), B.relative);
  trig(pack.eventRelative, B.event);
  trig(pack.fractions.keys(), B.fraction);
  trig(pack.durationUnits.keys(), B.unit);
  trig(['quarter-century', 'half-century'], B.fraction | B.unit);
  trig(pack.numberWords.keys(), B.numberWord);
  trig(pack.vague.keys(), B.vague);
  trig(pack.ordinalWords.keys(), B.ordinal);
  // Language-specific words that regexes above would take for numbers are filtered in make();
  // "to" (Danish two) is English "to" only in English text, which uses the English pack.
  // Every rule gets every field, in one order: one object shape keeps the per-candidate loop's
  // property reads monomorphic (rules with and without the optional fields made it megamorphic).
  const rules: Rule[] = defs.map((r) => ({
    all: r.all, any: r.any, first: r.first, digits: r.digits, letterAfterDigits: r.letterAfterDigits ?? false,
    re: r.re, sticky: new RegExp(r.re.source, r.re.flags.replace('g', '') + 'y'), make: r.make,
  }));
  cache.set(pack.code, rules);
  return rules;
}

function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return `${y}-W${pad(week)}`;
}

/** Approximation markers before a number, one expression per language (documents mix languages). */
const approxMarkers = new Map<string, RegExp>();
function approxBefore(c: RuleContext): boolean {
  let re = approxMarkers.get(c.pack.code);
  if (!re) {
    re = new RegExp(`(?:^|[^\\p{L}])(?:${alt(c.pack.approx)})\\s*$`, 'iu');
    approxMarkers.set(c.pack.code, re);
  }
  return re.test(c.before);
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Words after a candidate position whose triggers count for it: no pattern spans more. */
const WINDOW = 6;

const UNIT_AFTER = /^\s+(?:(?:of|af|de|di|van)\s+)?(\p{Ll}[\p{L}-]{2,})/u;

/**
 * Finds the values of one paragraph. Rules are tried only where a word could start a value: at
 * words that trigger a rule (digits, month names, number words, ...) and the two words before
 * them ("the late 1960s", "et kvart århundrede"); each rule is matched sticky at that position, so
 * a paragraph without such words costs one pass over its words and no regular expression at all.
 */
export function findValues(original: string, text: string, start: number, end: number, pack: LanguagePack, anchor: Date | undefined, sentenceOf: (offset: number) => number, out: Value[], words: readonly { start: number; text: string; lower: string }[]): void {
  const rules = rulesFor(pack);
  let mask = 0;
  let bitsOf: Uint16Array | undefined;
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const w = words[i].text;
    const c = w.charCodeAt(0);
    let bits = 0;
    if (c >= 48 && c <= 57) bits = B.digit;
    const t = pack.valueTriggers.get(words[i].lower);
    if (t) bits |= t;
    else if (w.includes('-')) for (const part of words[i].lower.split('-')) bits |= pack.valueTriggers.get(part) ?? 0;
    if (!bits) continue;
    mask |= bits;
    (bitsOf ??= new Uint16Array(n))[i] = bits;
  }
  if (mask === 0 || !bitsOf) return;
  // Candidate positions with the trigger bits of the few words from there on: a rule is tried at a
  // position only when the words its pattern needs occur right there, not anywhere in the paragraph.
  const candidates: number[] = [];
  const localMasks = new Map<number, number>();
  const addCandidate = (pos: number, bits: number): void => {
    const had = localMasks.get(pos);
    if (had === undefined) candidates.push(pos);
    localMasks.set(pos, (had ?? 0) | bits);
  };
  for (let i = 0; i < n; i++) {
    if (!bitsOf[i]) continue;
    for (let back = Math.max(0, i - 2); back <= i; back++) {
      let local = 0;
      for (let f = back; f < n && f <= back + WINDOW; f++) local |= bitsOf[f];
      addCandidate(words[back].start - start, local);
    }
    const before = words[i].start - 1;
    if (before >= start && (text[before] === "'" || text[before] === '’')) {
      let local = 0;
      for (let f = i; f < n && f <= i + WINDOW; f++) local |= bitsOf[f];
      addCandidate(before - start, local);
    }
  }
  candidates.sort((x, y) => x - y);
  const slice = text.slice(start, end);
  // Candidates run in order and a value starts at its candidate, so the values taken so far cover
  // exactly the positions before the end of the last one.
  let takenEnd = 0;
  for (const pos of candidates) {
    if (pos < takenEnd) continue;
    const local = localMasks.get(pos)!;
    const c = slice.charCodeAt(pos);
    const digit = c >= 48 && c <= 57;
    let run = 0;
    let letterAfter = false;
    if (digit) {
      while (isDigitCode(slice.charCodeAt(pos + run))) run++;
      const a = slice.charCodeAt(pos + run);
      letterAfter = a >= 128 || ((a | 32) >= 97 && (a | 32) <= 122);
    }
    for (const rule of rules) {
      if ((local & rule.all) !== rule.all) continue;
      if (rule.first !== undefined && (rule.first === 'digit') !== digit) continue;
      if (digit && ((rule.digits && (run < rule.digits[0] || run > rule.digits[1])) || (rule.letterAfterDigits && !letterAfter))) continue;
      rule.sticky.lastIndex = pos;
      const m = rule.sticky.exec(slice);
      if (!m || m[0].length === 0) continue;
      const e = pos + m[0].length;
      const v = rule.make(m, { pack, anchor, before: slice.slice(Math.max(0, pos - 24), pos), after: slice.slice(pos + m[0].length, pos + m[0].length + 24) });
      if (!v || v.normalized === '' || v.normalized === 'NaN') continue;
      takenEnd = e;
      const value = { start: start + pos, end: start + e, text: original.slice(start + pos, start + e), ...v, sentence: sentenceOf(start + pos) } as Value;
      if (value.kind === 'number' && !value.unit) {
        const u = UNIT_AFTER.exec(slice.slice(e, e + 48));
        if (u && !pack.stopwords.has(u[1].toLowerCase()) && !pack.months.has(u[1].toLowerCase())) value.unit = u[1];
      }
      out.push(value);
      break;
    }
  }
}

export type { ValueKind };
