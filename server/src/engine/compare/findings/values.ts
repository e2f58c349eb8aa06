// conflict/numeric and conflict/date: aligned claims of different sources give the same quantity
// or the same date differently. Tolerant by design: bounds ("more than 40" agrees with 43),
// approximations and rounding agree; a different quantity (injured vs killed), an update ("later
// rose to") or a value that depends on an unknown anchor ("tirsdag", "tomorrow") is not compared.
import type { Value } from '../../types';
import type { ClaimInfo } from '../claims';
import { lexiconFor } from '../lexicons';
import { MEASURES } from '../../lexicon/measureNouns';
import { wordAt } from '../sentenceFacts';
import { claimPassage, excerpt, fileName, makeFinding, normalizedClaim, sourceName, type NewFinding, type StoryContext } from './context';

type Bound = 'exact' | 'lower' | 'upper' | 'approx';

interface Quantity {
  claim: ClaimInfo;
  value: Value;
  amount: number;
  bound: Bound;
  /** What is counted: an event-concept family ("fatalities", "injuries") or a unit word. */
  key: string;
  /** "tens of thousands": an order of magnitude, not a number. */
  magnitude: boolean;
  /** The measure noun by the figure ("passengers", "deposit rate"), when there is one. */
  measure?: string;
}

export function valueConflicts(ctx: StoryContext): NewFinding[] {
  const out: NewFinding[] = [];
  // Pairs of claims that report the same fact: group mates and every other aligned partner.
  const pairs = new Map<string, [ClaimInfo, ClaimInfo]>();
  const add = (a: ClaimInfo, b: ClaimInfo) => {
    if (a.doc === b.doc) return;
    const [x, y] = a.id < b.id ? [a, b] : [b, a];
    pairs.set(`${x.id}|${y.id}`, [x, y]);
  };
  for (const g of ctx.groups) for (let i = 0; i < g.claims.length; i++) for (let j = i + 1; j < g.claims.length; j++) add(g.claims[i], g.claims[j]);
  for (const [a, list] of ctx.partners) for (const b of list) add(a, b);
  for (const [a, b] of pairs.values()) {
    if (isUpdate(a) || isUpdate(b) || translatedQuotes(a, b)) continue;
    const numeric = sameScene(ctx, a, b) && sameOccasion(a, b) && !sameFigures(a, b) ? numericConflict(a, b) : undefined;
    if (numeric) out.push(...report(ctx, 'numeric', a, b, numeric[0], numeric[1]));
    const date = dateConflict(a, b);
    if (date) out.push(...report(ctx, 'date', a, b, date[0], date[1]));
  }
  out.push(...headlineConflicts(ctx), ...nextOccasionConflicts(ctx));
  return out;
}

/**
 * Story-wide: "the next meeting is on 17 December" names the one upcoming occasion of a scheduled
 * event, so when two sources each date the next occasion of the same event once, and differently,
 * they contradict each other even if the sentences share nothing else.
 */
function nextOccasionConflicts(ctx: StoryContext): NewFinding[] {
  const out: NewFinding[] = [];
  const perDoc = ctx.docs.map((d) => {
    const dates = new Map<string, { claim: ClaimInfo; value: Value }[]>();
    for (const c of ctx.claims) {
      if (c.doc !== d || isUpdate(c)) continue;
      const event = nextEvent(c);
      const days = absoluteDates(c).filter((v) => precision(v.normalized) === 3);
      if (!event || !days.length) continue;
      (dates.get(event) ?? dates.set(event, []).get(event)!).push(...days.map((value) => ({ claim: c, value })));
    }
    return dates;
  });
  for (let i = 0; i < perDoc.length; i++) {
    for (let j = i + 1; j < perDoc.length; j++) {
      for (const [event, da] of perDoc[i]) {
        const db = perDoc[j].get(event);
        if (!db || !single(da, (x) => x.value.normalized) || !single(db, (x) => x.value.normalized)) continue;
        const [a, b] = [da[0], db[0]];
        if (!compatibleDates(a.value.normalized, b.value.normalized) && !translatedQuotes(a.claim, b.claim)) out.push(...report(ctx, 'date', a.claim, b.claim, a.value, b.value));
      }
    }
  }
  return out;
}

/** The event a "next" word qualifies ("the next policy meeting", "die nächste geldpolitische Sitzung"), by concept id. */
function nextEvent(c: ClaimInfo): string | undefined {
  for (const m of c.facts.markers) {
    if (m.marker !== 'next') continue;
    const e = c.events.find((x) => x.first > m.last && x.first - m.last <= 3 && !x.negated && !c.facts.words.slice(m.last + 1, x.first + 1).some((w) => w.breakBefore));
    if (e) return e.concept.id;
  }
  return undefined;
}

/**
 * Story-wide: when each of two sources gives exactly one figure for a kind of event (one death
 * toll, one number of job cuts), those figures answer the same question even when the sentences
 * are worded too differently to align. Dates are not compared this way: a story often dates
 * several instances of one kind of event (joined in 1996, readmitted in 2019).
 */
function headlineConflicts(ctx: StoryContext): NewFinding[] {
  const out: NewFinding[] = [];
  const perDoc = ctx.docs.map((d) => {
    const claims = ctx.claims.filter((c) => c.doc === d && !isUpdate(c));
    const figures = new Map<string, Quantity[]>();
    for (const q of claims.flatMap(quantities)) if ((HEADLINE_FAMILIES.has(q.key) || RECORD_MEASURES.has(q.key)) && !isMoney(q.value)) (figures.get(q.key) ?? figures.set(q.key, []).get(q.key)!).push(q);
    return { figures };
  });
  for (let i = 0; i < perDoc.length; i++) {
    for (let j = i + 1; j < perDoc.length; j++) {
      for (const [key, qa] of perDoc[i].figures) {
        const qb = perDoc[j].figures.get(key);
        if (!qb || !single(qa, (q) => `${q.amount}/${q.bound}`) || !single(qb, (q) => `${q.amount}/${q.bound}`)) continue;
        if (comparable(qa[0], qb[0]) && !agree(qa[0], qb[0]) && !translatedQuotes(qa[0].claim, qb[0].claim) && !sameFigures(qa[0].claim, qb[0].claim) && sameScene(ctx, qa[0].claim, qb[0].claim) && sameOccasion(qa[0].claim, qb[0].claim)) out.push(...report(ctx, 'numeric', qa[0].claim, qb[0].claim, qa[0].value, qb[0].value));
      }
    }
  }
  return out;
}

/**
 * The two figures are about the same place or actors: the claims, or the sentence before each
 * ("Ein Erdbeben ... Albanien ... Nach Angaben der Behörden wurden 38 Menschen getötet"), share
 * a named entity.
 */
function sameScene(ctx: StoryContext, a: ClaimInfo, b: ClaimInfo): boolean {
  const around = (c: ClaimInfo) => {
    const prev = ctx.claims.find((x) => x.doc === c.doc && x.facts.index === c.facts.index - 1);
    return new Set([...c.entities, ...(prev?.entities ?? [])]);
  };
  const ea = around(a);
  return [...around(b)].some((e) => ea.has(e));
}

/** Counts a story has one figure of record for: the dead, the injured, the arrested, the rescued, the jobs cut. */
const HEADLINE_FAMILIES = new Set(['fatalities', 'injuries', 'justice', 'rescue', 'labour-change']);
/** Measures a story has one figure of record for (the missing, the passengers aboard, a deposit rate), as quantity keys. */
const RECORD_MEASURES = new Set(MEASURES.filter((m) => m.record).map((m) => `m:${m.id}`));

/**
 * Two figures of one key may still measure different things: "12 soldiers" and "14 firefighters"
 * killed, "25 basis points" and "0.25 percentage points", "90 million kroner" and "12 million
 * euros". They compare only when their measure nouns and units do not differ.
 */
function comparable(x: Quantity, y: Quantity): boolean {
  if (x.measure && y.measure && x.measure !== y.measure) return false;
  return unitClass(x.value) === unitClass(y.value);
}

/** The kind of unit a figure is given in: a currency, a percentage, points, or a plain count. */
function unitClass(v: Value): string {
  const u = `${v.text} ${v.unit ?? ''}`.toLowerCase();
  for (const [cls, re] of UNIT_CLASSES) if (re.test(u)) return cls;
  return 'count';
}

const UNIT_CLASSES: [string, RegExp][] = [
  ['points', /\b(?:percentage points?|basis points?|prozentpunkte?n?|basispunkte?n?|procentpoint|procentenheter|procentpunten|basispunten|puntos?|points?)\b/u],
  ['percent', /%|\b(?:percent|per cent|pct|procent|prosent|prozent|por ciento|pour cent)\b/u],
  ['eur', /€|\beuros?\b|\beur\b/u],
  ['usd', /\$|\bdollars?\b|\busd\b/u],
  ['gbp', /£|\bpounds?\b|\bgbp\b/u],
  ['dkk', /\b(?:kroner|kr|dkk|nok)\b/u],
  ['sek', /\b(?:kronor|sek)\b/u],
];

/** "for" before a price (en, da/no, sv, de, nl, es, fr). */
const PRICE_PREPOSITIONS = new Set(['for', 'för', 'für', 'voor', 'por', 'pour']);
/** Events that have a price: a purchase or sale, a payment. */
const PRICED_FAMILIES = new Set(['business-combination', 'payment']);
/** Words from the purchase verb to its price ("to buy Danish grocery chain Nordkøb for 1.3 billion euros"). */
const PRICE_DISTANCE = 8;

/** Sums of money: offers and estimates differ without contradicting each other. */
function isMoney(v: Value): boolean {
  return /[$€£¥]|\b(dollars?|euros?|pounds?|kr|kroner|kronor|usd|eur|dkk|sek)\b/i.test(`${v.text} ${v.unit ?? ''}`);
}

/** All items say the same thing (one figure, repeated at most). */
function single<T>(items: T[], key: (t: T) => string): boolean {
  return new Set(items.map(key)).size === 1;
}

function report(ctx: StoryContext, type: 'numeric' | 'date', a: ClaimInfo, b: ClaimInfo, va: Value, vb: Value): NewFinding[] {
  // One warning on each side: each source is the other's contradiction.
  const side = (x: ClaimInfo, vx: Value, y: ClaimInfo, vy: Value) =>
    makeFinding(ctx, 'conflict', type, claimPassage(x), [claimPassage(y, `${sourceName(y.doc)} gives “${vy.text}”: ${excerpt(y)}`)],
      `${sourceName(x.doc)} gives “${vx.text}” (${vx.normalized}) where ${sourceName(y.doc)} gives “${vy.text}” (${vy.normalized}) for the same ${type === 'date' ? 'event' : 'figure'}.`,
      [normalizedClaim(x), vx.normalized, vy.normalized, fileName(y.doc.path)]);
  return [side(a, va, b, vb), side(b, vb, a, va)];
}

/**
 * Two sentences giving exactly the same figures agree on them, however each attaches them to its
 * words ("bail out three carmakers with some of the 700 billion" against a translation that puts the
 * figures in another order): no pairing of their figures can be a disagreement.
 */
function sameFigures(a: ClaimInfo, b: ClaimInfo): boolean {
  const figures = (c: ClaimInfo) => new Set(c.values.filter((v) => v.kind !== 'date').map((v) => `${v.kind}:${v.normalized}`));
  const fa = figures(a);
  const fb = figures(b);
  return fa.size > 0 && fa.size === fb.size && [...fa].every((f) => fb.has(f));
}

/** An update ("later rose to") or a hypothetical ("could reach") is not the figure of record. */
function isUpdate(c: ClaimInfo): boolean {
  return c.facts.markers.some((m) => m.marker === 'update' || m.marker === 'conditional');
}

/** Quotes in two languages: one may be a loose translation of the other, so they never conflict. */
function translatedQuotes(a: ClaimInfo, b: ClaimInfo): boolean {
  return a.facts.language !== b.facts.language && (a.facts.quoted > 0.3 || b.facts.quoted > 0.3);
}

// ---------------------------------------------------------------------------------------------
// Numbers and durations

function numericConflict(a: ClaimInfo, b: ClaimInfo): [Value, Value] | undefined {
  const qa = quantities(a);
  const qb = quantities(b);
  for (const x of qa) {
    const rivals = qb.filter((y) => y.key === x.key);
    // Only when each side gives exactly one figure of this kind: otherwise we cannot tell which
    // figure answers which.
    if (rivals.length !== 1 || qa.filter((y) => y.key === x.key).length !== 1) continue;
    const y = rivals[0];
    if (comparable(x, y) && !agree(x, y)) return [x.value, y.value];
  }
  return undefined;
}

const quantityCache = new WeakMap<ClaimInfo, Quantity[]>();

function quantities(c: ClaimInfo): Quantity[] {
  let cached = quantityCache.get(c);
  if (!cached) quantityCache.set(c, (cached = readQuantities(c)));
  return cached;
}

function readQuantities(c: ClaimInfo): Quantity[] {
  const out: Quantity[] = [];
  const lex = lexiconFor(c.facts.language);
  const sorted = [...c.values].sort((a, b) => a.start - b.start);
  sorted.forEach((v, k) => {
    // "4,1 miljard" read as two numbers: the figure is not known for sure.
    const prev = sorted[k - 1];
    const next = sorted[k + 1];
    const split = v.kind === 'number' && ((prev?.kind === 'number' && v.start - prev.end <= 1) || (next?.kind === 'number' && next.start - v.end <= 1));
    const q = split ? undefined : quantity(c, v, lex);
    if (q) out.push(q);
  });
  // "14 of the 35 seats": the part takes the total's measure, as a quantity of its own.
  sorted.forEach((v, k) => {
    const total = sorted[k + 1];
    if (v.kind !== 'number' || total?.kind !== 'number') return;
    const between = c.doc.text.slice(v.end, total.start).trim().toLowerCase().replace(/\s+/g, ' ');
    const whole = out.find((q) => q.value === total);
    if (!whole || !lex.partitives.has(between) || v.relative || isAge(c, v)) return;
    const part = { ...whole, value: v, amount: Number(v.normalized), bound: boundOf(c, wordAt(c.facts.words, v.start), v), key: `${whole.key}:part`, magnitude: false };
    const own = out.findIndex((q) => q.value === v);
    if (own >= 0) out[own] = part;
    else out.push(part);
  });
  return out;
}

function quantity(c: ClaimInfo, v: Value, lex: ReturnType<typeof lexiconFor>): Quantity | undefined {
  {
    let amount: number | undefined;
    let key: string | undefined;
    let measure: string | undefined;
    const wi = wordAt(c.facts.words, v.start);
    if (v.kind === 'number') {
      amount = Number(v.normalized);
      if (v.relative || isAge(c, v) || isScoreOrTime(c, v) || isBreakdown(c, v)) return undefined;
      // The nearest event word within a few words of the same clause says what is counted
      // ("40 killed", "dræbte 40", "killing 62 people").
      let best: { d: number; family: string } | undefined;
      // Distances count from the value's own words ("51.6 percent | of the vote").
      const wiEnd = Math.max(wi, wordAt(c.facts.words, v.end - 1));
      for (const e of c.events) {
        // The value inside the event's words: "cut 1,200 jobs", "1.500 banen schrappen".
        if (e.first <= wi && e.last >= wiEnd) {
          best = { d: 0, family: e.concept.family };
          continue;
        }
        if (e.last >= wi && e.first <= wiEnd) continue;
        const d = e.first > wiEnd ? e.first - wiEnd : wi - e.last;
        const [from, to] = e.first < wi ? [e.last + 1, wi] : [wiEnd + 1, e.first];
        if (c.facts.words.slice(from, to + 1).some((w) => w.breakBefore)) continue;
        // "sobrevivió cuatro generaciones y vendió ...": a figure before "and" belongs to the first clause.
        if (e.first > wiEnd && c.facts.words.slice(from, to).some((w) => isConjunction(w.norm, c.facts.language))) continue;
        if (d <= 3 && (!best || d < best.d)) best = { d, family: e.concept.family };
      }
      // "bought Nordkøb for 1.3 billion euros": a sum after "for" is the price of the deal or
      // payment the clause reports, however many words name what was bought.
      if (!best && isMoney(v) && PRICE_PREPOSITIONS.has(c.facts.words[wi - 1]?.norm ?? '')) {
        for (const e of c.events) {
          const d = wi - e.last;
          if (d > 0 && d <= PRICE_DISTANCE && PRICED_FAMILIES.has(e.concept.family) && !c.facts.words.slice(e.last + 1, wi + 1).some((w) => w.breakBefore) && (!best || d < best.d)) best = { d, family: e.concept.family };
        }
      }
      if (v.unit) {
        const unitConcept = lex.concepts.match([{ norm: v.unit.toLowerCase(), start: 0, end: 0, breakBefore: false }])[0];
        if (unitConcept) best = { d: 0, family: unitConcept.value.family };
      }
      measure = measureOf(c, wi, wiEnd);
      key = best?.family ?? (measure ? `m:${measure}` : undefined);
      // Wins and defeats are counted in scores and streaks; only vote shares compare.
      if (key === 'contest' && !/^(percent|procent|prozent|pct|%)$/i.test(v.unit ?? '')) key = undefined;
    } else if (v.kind === 'duration') {
      const m = /^P(\d+(?:\.\d+)?)([YMWD])$/.exec(v.normalized);
      if (!m) return undefined;
      amount = Number(m[1]);
      // A duration compares only with one of the same event ("held for 3 weeks" vs "held for
      // 4 weeks"), not with any other span the story mentions ("five years on the team").
      const event = nearestEvent(c, v);
      key = event?.near ? `duration:${m[2]}:${event.family}` : undefined;
    }
    if (amount === undefined || !Number.isFinite(amount) || !key) return undefined;
    const bound = boundOf(c, wi, v);
    return { claim: c, value: v, amount, bound, key, magnitude: v.approx && !/\d/.test(v.text) && amount >= 10, measure };
  }
}

/**
 * What a figure counts: a measure noun right after it in the same clause ("312 passengers", "41
 * crew members", "nine people were missing"), else one shortly before it ("the deposit rate now
 * stands at 1.75 %", "La facilidad de depósito queda así en el 2 %").
 */
function measureOf(c: ClaimInfo, wi: number, wiEnd: number): string | undefined {
  const ws = c.facts.words;
  const clear = (from: number, to: number) => !ws.slice(from, to + 1).some((w) => w.breakBefore);
  let after: { d: number; id: string } | undefined;
  let before: { d: number; id: string } | undefined;
  for (const m of c.facts.measures) {
    if (m.first > wiEnd) {
      const d = m.first - wiEnd;
      if (d <= MEASURE_AFTER && clear(wiEnd + 1, m.first) && (!after || d < after.d)) after = { d, id: m.measure.id };
    } else if (m.last < wi) {
      const d = wi - m.last;
      // "fallen ill and three were admitted": a figure after "and" opens a clause of its own.
      const coordinated = ws.slice(m.last + 1, wi).some((w) => isConjunction(w.norm, c.facts.language));
      if (d <= MEASURE_BEFORE && clear(m.last + 1, wi) && !coordinated && (!before || d < before.d)) before = { d, id: m.measure.id };
    }
  }
  return (after ?? before)?.id;
}

/** Words from a figure to its measure noun: after it ("nine people were missing"), before it ("La facilidad de depósito queda así en el 2 %"). */
const MEASURE_AFTER = 3;
const MEASURE_BEFORE = 5;

/**
 * "two women and one man died", "a man and two women": a part of a breakdown, not the total. The
 * figure is coordinated with another counted noun phrase right before or after it.
 */
function isBreakdown(c: ClaimInfo, v: Value): boolean {
  const t = c.doc.text;
  const before = t.slice(Math.max(0, v.start - 24), v.start);
  const after = t.slice(v.end, v.end + 40);
  if (BREAKDOWN_BEFORE.test(before)) return true;
  return BREAKDOWN_AFTER.test(after);
}

/** Coordinating "and" of the sentence's language ("en" is "and" in Dutch only, an article elsewhere). */
function isConjunction(word: string, language: string): boolean {
  return word === 'en' ? language === 'nl' : word === 'e' ? language === 'it' : AND.has(word);
}
const AND = new Set(['and', 'og', 'und', 'och', 'y', 'et']);

/** Coordinating "and" in the supported languages (da/no og, de und, nl en, sv och, es y, fr et, it e). */
const CONJUNCTIONS = 'and|og|und|en|och|y|et|e';
/** Words that open a counted noun phrase: indefinite articles and small number words (en, da, de, nl, sv, es), or digits. */
const COUNT_WORDS = 'a|an|one|two|three|four|five|en|et|to|tre|fire|ein|eine|zwei|drei|een|twee|drie|ett|två|un|una|dos|tres|\\d+';
/** "two women and | 3": a counted noun phrase and a conjunction before the figure (built once, not per figure). */
const BREAKDOWN_BEFORE = new RegExp(`\\b(?:${COUNT_WORDS})\\s+\\p{L}+\\s+(?:${CONJUNCTIONS})\\s+$`, 'iu');
/** "3 | women and two men": a conjunction and a counted noun phrase after the figure. */
const BREAKDOWN_AFTER = new RegExp(`^\\s+\\p{L}+\\s+(?:${CONJUNCTIONS})\\s+(?:${COUNT_WORDS})\\s+\\p{L}`, 'iu');

/**
 * Two figures count on the same occasion unless one sentence dates itself to a year or a month
 * ("in December 2003", "in September": another, earlier event) that the other sentence does not
 * share. Day dates ("on 26 November") are how news dates its own event and do not separate.
 */
function sameOccasion(a: ClaimInfo, b: ClaimInfo): boolean {
  const coarse = (c: ClaimInfo) => absoluteDates(c).filter((v) => !/^(\d{4}|XXXX)-\d\d-\d\d/.test(v.normalized));
  const da = coarse(a);
  const db = coarse(b);
  if (!da.length && !db.length) return true;
  const all = (c: ClaimInfo) => absoluteDates(c).map((v) => v.normalized);
  const [x, y] = da.length ? [da, all(b)] : [db, all(a)];
  return x.every((v) => y.some((w) => compatibleDates(v.normalized, w)));
}

/** "31-24", "9-3" (scores, tallies, ranges) and "12:45" (a time): not counts of the event. */
function isScoreOrTime(c: ClaimInfo, v: Value): boolean {
  const t = c.doc.text;
  // The tally read as one value ("9-3").
  if (/^\d+\s*[-–:]\s*\d+$/.test(v.text.trim())) return true;
  if (/^\s*[-–:]\s*\d/.test(t.slice(v.end, v.end + 4)) || /\d\s*[-–:]\s*$/.test(t.slice(Math.max(0, v.start - 4), v.start))) return true;
  // "with 12 seconds left", "i 90 minutter": a clock reading, not a count of the event.
  return CLOCK_UNITS.test(t.slice(v.end, v.end + 12));
}

/** Units of clock time (en, da/no, sv, de, nl, es) that the reader may leave as a bare number. */
const CLOCK_UNITS = /^\s*-?\s*(seconds?|minutes?|hours?|sekunder|sekund|minutter|minuter|timer|timmar|sekunden|minuten|stunden|seconden|uren|segundos|minutos|horas)\b/iu;

/** "Eric Kirkpatrick, 61," and "a 29-year-old": a person's age, not a count. */
function isAge(c: ClaimInfo, v: Value): boolean {
  // An age is a whole number of years: "stands at 2.5%" is a rate.
  if (!Number.isInteger(Number(v.normalized)) || unitClass(v) !== 'count') return false;
  const text = c.doc.text;
  const after = text.slice(v.end, v.end + 14).toLowerCase();
  if (/^\s*-?\s*(years?[- ]old|year-old|årig|-årig|år gammel|jahre alt|-jährig|jährig|jaar oud|años|ans\b|anni\b)/.test(after)) return true;
  if (/\b(aged?|at|both|alder|im alter von)\s*$/i.test(text.slice(Math.max(0, v.start - 16), v.start))) return true;
  if (KIN_OF.test(text.slice(Math.max(0, v.start - 24), v.start))) return true;
  const before = text.slice(Math.max(0, v.start - 3), v.start);
  if (!/,\s*$/.test(before)) return false;
  const comma = v.start - before.length + before.indexOf(',');
  return c.doc.mentions.some((m) => m.type === 'person' && m.end <= comma && comma - m.end <= 1);
}

/**
 * "mother of 12", "far til tre", "Vater von drei", "at the age of 45": a family's size or an age,
 * not a count of the event. Kinship nouns (en, da/no, sv, de, nl, es) followed by the "of" of each language.
 */
const KIN_OF = /\b(?:(?:grand)?(?:mother|father|parent|mom|mum|dad)s?\s+of|age\s+of|(?:mor|far|mormor|farmor|morfar|farfar|forælder|forældre|mamma|pappa)\s+till?|(?:mutter|vater|eltern)\s+von|(?:moeder|vader|ouders)\s+van|(?:madre|padre)\s+de)\s*$/iu;

function boundOf(c: ClaimInfo, wi: number, v: Value): Bound {
  for (const m of c.facts.markers) {
    if (m.last < wi && wi - m.last <= 2) {
      if (m.marker === 'lower-bound') return 'lower';
      if (m.marker === 'upper-bound') return 'upper';
    }
  }
  return v.approx ? 'approx' : 'exact';
}

/** Do two figures for the same quantity agree, allowing for bounds, approximation and rounding? */
export function agree(x: { amount: number; bound: Bound; magnitude?: boolean; key?: string }, y: { amount: number; bound: Bound; magnitude?: boolean; key?: string }): boolean {
  const range = (q: typeof x): [number, number] => {
    const n = q.amount;
    if (q.magnitude) return [n, n * 10];
    const slack = q.key?.startsWith('duration') ? 0.1 : 0;
    switch (q.bound) {
      case 'lower': return [n, Infinity];
      case 'upper': return [n * 0.7, n];
      case 'approx': return [n * (0.8 - slack), n * (1.2 + slack)];
      default: {
        // A round figure may be a rounding of a precise one: 1,200 for 1,234; 2.5 million for 2.46 million.
        const r = roundingStep(n);
        const rel = slack || 0.01;
        return [Math.min(n - r / 2, n * (1 - rel)), Math.max(n + r / 2, n * (1 + rel))];
      }
    }
  };
  const [a0, a1] = range(x);
  const [b0, b1] = range(y);
  return a0 <= b1 && b0 <= a1;
}

/** The rounding a figure suggests: 1,200 → 100; 40 → 0 (small figures are exact); 2,500,000 → 100,000. */
function roundingStep(n: number): number {
  if (!Number.isInteger(n) || n < 100) return 0;
  let step = 1;
  while (n % (step * 10) === 0) step *= 10;
  return step >= 100 ? step : 0;
}

// ---------------------------------------------------------------------------------------------
// Dates

function dateConflict(a: ClaimInfo, b: ClaimInfo): [Value, Value] | undefined {
  const da = eventDates(a, b);
  const db = eventDates(b, a);
  if (da.length !== 1 || db.length !== 1) return undefined;
  // The same event: the event one date is attached to ("resigned in 1974") is an event of the
  // other sentence too (not "began in 1972"). Either side may name it: languages attach dates to
  // different words.
  // "in September" against "10 November": a month alone is how news refers back to an earlier
  // occasion; only dates given to the same precision (day and day, year and year) are compared.
  if (precision(da[0].normalized) !== precision(db[0].normalized)) return undefined;
  const ea = nearestEvent(a, da[0]);
  const eb = nearestEvent(b, db[0]);
  // "the next summit" and "the last summit" are two occasions; next against next is
  // nextOccasionConflicts' to compare.
  if (nextEvent(a) || nextEvent(b)) return undefined;
  // "has not yet had the medical, expected on Thursday" dates an event that has not happened: the
  // disagreement with "passed it on Monday" is the negation's, not a second date.
  const negated = (c: ClaimInfo, id?: string) => c.events.some((e) => e.negated && (id === undefined || e.concept.id === id));
  if ((ea && (negated(a, ea.id) || negated(b, ea.id))) || (eb && (negated(a, eb.id) || negated(b, eb.id)))) return undefined;
  const inA = new Set(a.events.map((e) => e.concept.id));
  const inB = new Set(b.events.map((e) => e.concept.id));
  if (!((ea && inB.has(ea.id)) || (eb && inA.has(eb.id)))) return undefined;
  if (otherClause(a, da[0]) || otherClause(b, db[0])) return undefined;
  // Both dates sit right by an event word, and not the same one: two events of one sentence pair.
  if (ea?.near && eb?.near && ea.id !== eb.id) return undefined;
  // Neither date sits by an event word: in two long sentences, nothing says which event is dated.
  if (!ea?.near && !eb?.near) return undefined;
  return compatibleDates(da[0].normalized, db[0].normalized) ? undefined : [da[0], db[0]];
}

/**
 * The claim's dates, one per day ("mandag den 10. august" is one date), and of several different
 * dates only those right by an event the other claim reports too ("broke out on Sunday ... had
 * burned 3,400 hectares by Tuesday morning": Sunday dates the outbreak).
 */
function eventDates(c: ClaimInfo, other: ClaimInfo): Value[] {
  const distinct = [...new Map(absoluteDates(c).map((v) => [v.normalized.split('T')[0], v])).values()];
  if (distinct.length <= 1) return distinct;
  // Only days of one episode (a few days apart); dates years or months apart narrate several events.
  const days = distinct.map((v) => Date.parse(v.normalized.split('T')[0]));
  if (days.some((d) => !Number.isFinite(d)) || Math.max(...days) - Math.min(...days) > EPISODE_DAYS * 86400000) return [];
  const shared = new Set(other.events.map((e) => e.concept.id));
  return distinct.filter((v) => {
    const e = nearestEvent(c, v);
    return e?.near && shared.has(e.id);
  });
}

/** Days one episode of a story spans ("broke out on Sunday, had burned 3,400 hectares by Tuesday"). */
const EPISODE_DAYS = 4;

/** Dates that do not depend on an unknown anchor: a year, or a month (with or without day). */
function absoluteDates(c: ClaimInfo): Value[] {
  // A date next to "a day after ..." belongs to the other event.
  if (c.values.some((v) => v.relative?.to === 'event')) return [];
  return c.values.filter((v) => v.kind === 'date' && !v.relative && !/W/.test(v.normalized) && /^(\d{2,4}X*|XXXX-\d\d)/.test(v.normalized));
}

/** How precise a date is: 1 year, 2 month, 3 day. */
function precision(normalized: string): number {
  return normalized.split('T')[0].split('-').length;
}

export function compatibleDates(x: string, y: string): boolean {
  const [xy, xm, xd] = x.split('T')[0].split('-');
  const [yy, ym, yd] = y.split('T')[0].split('-');
  const sameDigits = (p?: string, q?: string) => {
    if (!p || !q) return true;
    for (let i = 0; i < Math.min(p.length, q.length); i++) if (p[i] !== 'X' && q[i] !== 'X' && p[i] !== q[i]) return false;
    return true;
  };
  return sameDigits(xy, yy) && sameDigits(xm, ym) && (xm !== ym && (xm?.includes('X') || ym?.includes('X')) ? true : sameDigits(xd, yd));
}

/**
 * The event concept a value is attached to: the nearest event word of the same clause, at most
 * EVENT_DISTANCE words away ("resigned in 1974", "hospitalised for four weeks"); failing that,
 * the sentence's only event concept ("Ein Erdbeben der Stärke 6,4 hat Albanien am 27. November
 * erschüttert"), which counts as near only in a short sentence.
 */
function nearestEvent(c: ClaimInfo, v: Value): { id: string; family: string; near: boolean } | undefined {
  const wi = wordAt(c.facts.words, v.start);
  const wiEnd = Math.max(wi, wordAt(c.facts.words, v.end - 1));
  let best: { d: number; id: string; family: string; near: boolean } | undefined;
  for (const e of c.events) {
    if (e.last >= wi && e.first <= wiEnd) return { id: e.concept.id, family: e.concept.family, near: true };
    const d = e.first > wiEnd ? e.first - wiEnd : wi - e.last;
    const [from, to] = e.first < wi ? [e.last + 1, wi] : [wiEnd + 1, e.first];
    if (c.facts.words.slice(from, to + 1).some((w) => w.breakBefore)) continue;
    if (d <= EVENT_DISTANCE && (!best || d < best.d)) best = { d, id: e.concept.id, family: e.concept.family, near: true };
  }
  if (best) return best;
  const only = new Set(c.events.map((e) => e.concept.id));
  return only.size === 1 ? { id: c.events[0].concept.id, family: c.events[0].concept.family, near: c.facts.words.length <= SHORT_SENTENCE } : undefined;
}

/**
 * A date in a long sentence that no event word stands by, set off by a clause break from every
 * event word, may date any clause ("was deputy director in 1972, when he began ..., who ultimately
 * resigned"): it is not the date of the sentence's event.
 */
function otherClause(c: ClaimInfo, v: Value): boolean {
  if (c.facts.words.length <= SHORT_SENTENCE || nearestEvent(c, v)?.near) return false;
  const wi = wordAt(c.facts.words, v.start);
  const wiEnd = Math.max(wi, wordAt(c.facts.words, v.end - 1));
  return c.events.every((e) => {
    const [from, to] = e.first < wi ? [e.last + 1, wi] : [wiEnd + 1, e.first];
    return c.facts.words.slice(from, to + 1).some((w) => w.breakBefore);
  });
}

/** A sentence of at most this many words with one event concept reports that one event: its values belong to it. */
const SHORT_SENTENCE = 16;

/** Words between a value and the event it measures or dates ("was hospitalised in Los Angeles for four weeks"). */
const EVENT_DISTANCE = 4;
