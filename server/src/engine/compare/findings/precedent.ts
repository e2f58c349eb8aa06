// conflict/precedent: a passage says an event happens "for the first time ever" while another
// passage of the story cites an earlier instance of the same or a closely related event (same
// concept family, e.g. leaving vs being expelled) involving the same body. The warning goes on the
// "first ever" sentence; each precedent passage gets a hint pointing back.
import type { ClaimInfo } from '../claims';
import { mentionKeys } from '../linkKeys';
import type { Passage } from '../../types';
import { claimPassage, excerpt, lineOf, listNames, makeFinding, normalizedClaim, sourceName, type NewFinding, type StoryContext } from './context';

export function precedentConflicts(ctx: StoryContext): { conflicts: NewFinding[]; reverse: ReverseHint[] } {
  const out: NewFinding[] = [];
  const reverse: ReverseHint[] = [];
  for (const first of ctx.claims) {
    if (!isFirstEver(first) || !first.events.length || first.polarity === 'negative') continue;
    const families = new Set(first.events.map((e) => e.concept.family));
    const precedents: ClaimInfo[] = [];
    for (const c of ctx.claims) {
      if (c === first || !c.events.some((e) => families.has(e.concept.family) && !e.negated)) continue;
      const shares = [...c.entities].some((e) => first.entities.has(e));
      // Another source dating an earlier case of the very same event ("the nurses at X last struck
      // in 1995", "ikke første gang: i 1978 omkom tre i et skred") need not repeat a name: the
      // first-ever sentence often leaves its scope unnamed ("in the municipality") or names it
      // only as the speaker. It must then name no other place or body than that sentence does.
      const dated = c.doc !== first.doc && earlierYear(c, first) && c.events.some((e) => !e.negated && first.events.some((f) => f.concept.id === e.concept.id));
      const cited = c.facts.repeatOrdinal >= 2 || notTheFirst(c) || (dated && c.facts.markers.some((m) => m.marker === 'precedent'));
      if (cited && (shares || (dated && sameScope(ctx, c, first)))) precedents.push(c);
    }
    // The sentence right after a "second time" passage often names the earlier case
    // ("Senest, det skete, var i 1990'erne, da Norge ... trak sig").
    for (const p of [...precedents]) {
      const next = ctx.claims.find((c) => c.doc === p.doc && c.facts.index === p.facts.index + 1);
      if (next && next !== first && !precedents.includes(next) && next.events.some((e) => families.has(e.concept.family)) && (hasPastDate(next) || next.facts.markers.some((m) => m.marker === 'precedent'))) precedents.push(next);
    }
    if (!precedents.some((p) => p.doc !== first.doc)) continue;
    precedents.sort((a, b) => (a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : a.facts.index - b.facts.index));

    const what = [...new Set(first.events.map((e) => e.concept.id))].join('/');
    const earlier = [...new Set(precedents.flatMap((p) => p.events.filter((e) => families.has(e.concept.family)).map((e) => e.concept.id)))].join('/');
    const sharedEntity = [...first.entities].find((e) => precedents.some((p) => p.entities.has(e)));
    const about = sharedEntity ? ` for ${ctx.entityName(sharedEntity)}` : '';
    const ordinal = Math.max(...precedents.map((p) => p.facts.repeatOrdinal));
    const dates = [...new Set(precedents.flatMap((p) => p.values.filter((v) => v.kind === 'date' && /^\d/.test(v.normalized)).map((v) => v.normalized)))];
    const ownLines = precedents.filter((p) => p.doc === first.doc).map(lineOf);
    const sources = listNames(precedents.map((p) => (p.doc === first.doc ? `${sourceName(p.doc)} itself (line${ownLines.length > 1 ? 's' : ''} ${ownLines.join(', ')})` : sourceName(p.doc))));
    const message =
      `${sourceName(first.doc)} says this is the first time ever${about} (${what}), while ${sources} ${new Set(precedents.map((p) => p.doc)).size > 1 ? 'describe' : 'describes'} an earlier case` +
      `${earlier ? ` (${earlier})` : ''}${ordinal >= 2 ? `, calling this occurrence number ${ordinal}` : ''}${dates.length ? `, dated ${dates.join(', ')}` : ''}. ` +
      `Check whether both describe the same kind of event.`;
    out.push(
      makeFinding(ctx, 'conflict', 'precedent', claimPassage(first), precedents.map((p) => claimPassage(p, `earlier case cited by ${sourceName(p.doc)}: ${excerpt(p)}`)), message, [normalizedClaim(first)]),
    );
    const note = claimPassage(first, `"first time ever" claim in ${sourceName(first.doc)}`);
    for (const p of precedents) {
      reverse.push({ claim: p, note, text: `This earlier case is at odds with ${sourceName(first.doc)} (line ${lineOf(first)}), which says it is the first time ever${about} (${what}).` });
    }
  }
  return { conflicts: out, reverse };
}

/** The hint a precedent passage gets back: shown with its quieter finding, not as a conflict of its own. */
export interface ReverseHint {
  claim: ClaimInfo;
  note: Passage;
  text: string;
}

/**
 * Puts the reverse hints on the precedent passages' corroboration or single-source findings, so
 * the passage says it is cited against a "first time ever" claim while the story's conflict count
 * stays the number of conflicts. A passage with no such finding gets a hint of its own.
 */
export function attachReverseHints(ctx: StoryContext, findings: NewFinding[], reverse: ReverseHint[]): NewFinding[] {
  const added: NewFinding[] = [];
  for (const r of reverse) {
    const host = findings.find((f) => (f.kind === 'corroboration' || f.kind === 'single-source') && f.primary.path === r.claim.doc.path && f.primary.start === r.claim.facts.start);
    if (host) {
      host.message = `${host.message} ${r.text}`;
      host.related = [...host.related, r.note];
    } else {
      added.push(makeFinding(ctx, 'corroboration', 'precedent-cited', claimPassage(r.claim), [r.note], r.text, [normalizedClaim(r.claim), 'cited-against'], 'hint'));
    }
  }
  return added;
}

function isFirstEver(c: ClaimInfo): boolean {
  return c.facts.firstEver && !notTheFirst(c);
}

/** "not the first time", "ikke første gang": the passage says there were earlier cases. */
function notTheFirst(c: ClaimInfo): boolean {
  const neg = c.facts.markers.filter((m) => m.marker === 'negation');
  return c.facts.markers.some((m) => m.marker === 'first-ever' && neg.some((n) => n.last < m.first && m.first - n.last <= 3));
}

function hasPastDate(c: ClaimInfo): boolean {
  return c.values.some((v) => v.kind === 'date' && /^\d{3}/.test(v.normalized));
}

/** The claim dates itself to a year before the year of the other claim's article. */
function earlierYear(c: ClaimInfo, first: ClaimInfo): boolean {
  const now = Number(first.doc.anchorDate?.slice(0, 4));
  if (!now) return false;
  return c.values.some((v) => v.kind === 'date' && !v.relative && /^\d{4}/.test(v.normalized) && Number(v.normalized.slice(0, 4)) < now);
}

/**
 * Nothing tells the two scopes apart: for each kind of name that both sentences use (a setting —
 * a place or a body, which readers often cannot tell apart in unknown names — or a person),
 * counting the first-ever sentence's speaker, they share one. News outlets cited as sources
 * ("told broadcaster NRK") are no scope.
 */
function sameScope(ctx: StoryContext, c: ClaimInfo, first: ClaimInfo): boolean {
  const typed = (x: ClaimInfo, withSpeaker: boolean) => {
    const keys = mentionKeys(x.doc);
    const byType = new Map<string, Set<string>>();
    x.facts.mentions.forEach((mi) => {
      const m = x.doc.mentions[mi];
      if (m.form === 'adjective' || m.participant || (!withSpeaker && x.speaker?.mention === mi) || keys[mi].key.startsWith('gz:outlet:')) return;
      const key = ctx.entityName(keys[mi].key);
      const kind = m.type === 'person' ? 'person' : 'setting';
      (byType.get(kind) ?? byType.set(kind, new Set()).get(kind)!).add(key);
    });
    return byType;
  };
  const a = typed(first, true);
  const b = typed(c, false);
  for (const [type, names] of b) {
    const other = a.get(type);
    if (other && ![...names].some((n) => other.has(n))) return false;
  }
  return true;
}
