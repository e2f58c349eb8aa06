// Dates as evidence against "same story": two articles published months apart report two events
// of one kind (two earthquakes on one island, two strikes of one union) even when they share
// every name, unless one refers back to the other's day (a trial, an anniversary, a follow-up).
import type { DocumentAnalysis } from '../types';

export interface StoryDates {
  /** The article's own date ("YYYY-MM-DD"): front matter, dateline, or a date line at its head. */
  published?: string;
  /** Explicit dates the article mentions, to the month or the day ("2005-11-27", "XXXX-09", "2010-09"). */
  mentioned: string[];
}

/** Articles further apart than this (by their own dates) are two events unless one refers to the other's date. */
export const EVENT_DAYS_APART = 90;
/** Sentences at an article's head that may hold its date line ("Published: May 3, 2013", "27 NOVEMBER, 2005"). */
const HEAD_SENTENCES = 5;
/** Characters besides the date that a date line may hold (a weekday, a time, "Published:", "Updated"). */
const DATE_LINE_REST = 30;
/** Days by which a mentioned day may miss the other article's date and still refer to it. */
const REFERENCE_DAYS = 3;

const FULL = /^\d{4}-\d{2}-\d{2}$/;
const MENTION = /^(\d{4}|XXXX)-\d{2}(-\d{2})?$/;
const cache = new WeakMap<DocumentAnalysis, StoryDates>();

export function storyDates(d: DocumentAnalysis): StoryDates {
  let s = cache.get(d);
  if (!s) {
    s = { mentioned: [] };
    const own = d.anchorDate ?? (d.frontMatter.date && FULL.test(d.frontMatter.date.slice(0, 10)) ? d.frontMatter.date.slice(0, 10) : undefined);
    if (own) s.published = own;
    for (const v of d.values) {
      if (v.kind !== 'date' || v.relative || !MENTION.test(v.normalized)) continue;
      if (!s.mentioned.includes(v.normalized)) s.mentioned.push(v.normalized);
      // A line at the head that is little more than a full date is the article's date line.
      if (!s.published && v.sentence < HEAD_SENTENCES && FULL.test(v.normalized)) {
        const sentence = d.sentences[v.sentence];
        if (sentence && d.text.slice(sentence.start, sentence.end).trim().length - v.text.length <= DATE_LINE_REST) s.published = v.normalized;
      }
    }
    cache.set(d, s);
  }
  return s;
}

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** A date as [year, month, day], 0 where the text does not give it. */
type Parts = [number, number, number];
const partsCache = new Map<string, Parts>();
function parts(x: string): Parts {
  let p = partsCache.get(x);
  if (!p) {
    const [y, m, d] = x.split('-');
    p = [y === 'XXXX' ? 0 : Number(y), Number(m), d ? Number(d) : 0];
    if (partsCache.size < 100_000) partsCache.set(x, p);
  }
  return p;
}

/** Whether two dates ("2005-11-27", "XXXX-11", "2005-11") can name the same day: same month, year and day where both give them. */
function compatible(x: string, y: string): boolean {
  const [xy, xm, xd] = parts(x);
  const [yy, ym, yd] = parts(y);
  if (xm !== ym) return false;
  if (xy && yy && xy !== yy) return false;
  return !xd || !yd || Math.abs(xd - yd) <= REFERENCE_DAYS;
}

/**
 * Evidence against one story: both articles are dated, more than EVENT_DAYS_APART apart, and
 * neither mentions a day of the other (its date, or a date the other mentions: the original
 * event that a trial report and an anniversary piece both recall).
 */
export function differentDays(a: StoryDates, b: StoryDates): boolean {
  if (!a.published || !b.published) return false;
  if (Math.abs(days(a.published) - days(b.published)) <= EVENT_DAYS_APART) return false;
  const as = [...a.mentioned, a.published];
  const bs = [...b.mentioned, b.published];
  for (const x of as) for (const y of bs) if (!(x === a.published && y === b.published) && compatible(x, y)) return false;
  return true;
}
