// conflict/attribution for quotes: two sources give the same direct quotation (aligned, possibly
// translated) and credit it to two different people ("said Marta Vidal, head of the fire service"
// / "declaró el alcalde, Josep Puig"). Two people rarely say the same sentence, so one source has
// the speaker wrong. Only named persons: an organisation and its spokesperson may share a quote.
import type { ClaimInfo } from '../claims';
import { foldName } from '../words';
import { claimPassage, excerpt, makeFinding, normalizedClaim, sourceName, type NewFinding, type StoryContext } from './context';

/** Share of a sentence inside quotation marks from which it is a direct quotation. */
const QUOTED = 0.3;

export function quoteAttributionConflicts(ctx: StoryContext): NewFinding[] {
  const out: NewFinding[] = [];
  const seen = new Set<string>();
  // Everyone each document names, as speaker or participant: a source that names both people
  // may have given each a quote of their own.
  const named = new Map<string, Set<string>>();
  for (const c of ctx.claims) {
    const set = named.get(c.doc.path) ?? named.set(c.doc.path, new Set()).get(c.doc.path)!;
    for (const e of c.entities) set.add(e);
    if (c.speaker) set.add(c.speaker.key);
  }
  for (const [a, list] of ctx.partners) {
    for (const b of list) {
      const key = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (a.doc === b.doc || !quotedSpeaker(a) || !quotedSpeaker(b)) continue;
      const sa = a.speaker!.key;
      const sb = b.speaker!.key;
      if (sa === sb || named.get(a.doc.path)!.has(sb) || named.get(b.doc.path)!.has(sa) || sameSurname(ctx.entityName(sa), ctx.entityName(sb))) continue;
      for (const [x, y] of [[a, b], [b, a]] as const) {
        out.push(makeFinding(ctx, 'conflict', 'attribution', claimPassage(x), [claimPassage(y, `${sourceName(y.doc)} credits ${ctx.entityName(y.speaker!.key)}: ${excerpt(y)}`)],
          `${sourceName(x.doc)} credits this quote to ${ctx.entityName(x.speaker!.key)}; ${sourceName(y.doc)} credits the same quote to ${ctx.entityName(y.speaker!.key)}.`,
          [normalizedClaim(x), x.speaker!.key, y.speaker!.key, 'quote']));
      }
    }
  }
  return out;
}

/**
 * A direct quotation credited by name (not by an anaphor or from a neighbouring sentence) to a
 * person; "Police said" or "Witnesses said" credits nobody in particular.
 */
function quotedSpeaker(c: ClaimInfo): boolean {
  if (!c.speaker || c.speaker.anaphoric || c.speaker.inherited || c.facts.quoted < QUOTED) return false;
  const m = c.doc.mentions[c.speaker.mention];
  return m?.type === 'person' && !m.participant;
}

/** "EZB-Präsidentin Christine Lagarde" and "Lagarde": one person whose two mentions were not linked. */
function sameSurname(a: string, b: string): boolean {
  const last = (n: string) => foldName(n).split(' ').pop() ?? '';
  return last(a) !== '' && last(a) === last(b);
}
