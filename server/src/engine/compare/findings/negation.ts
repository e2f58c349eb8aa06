// conflict/negation: the same claim, aligned across sources, asserted in one and denied in the
// other ("Russia will leave" / "Russia will not leave"). Conditionals and hypotheticals are not
// assertions, and quotes in different languages never make a conflict (a translation may have
// moved the negation).
import type { ClaimInfo } from '../claims';
import { mentionKeys } from '../linkKeys';
import { claimPassage, excerpt, makeFinding, normalizedClaim, sourceName, type NewFinding, type StoryContext } from './context';

/** Aligned claims must be at least this similar before their polarity is compared. */
const MIN_SCORE = 0.5;

export function negationConflicts(ctx: StoryContext): NewFinding[] {
  const out: NewFinding[] = [];
  for (const g of ctx.groups) {
    if (g.claims.length < 2 || g.score < MIN_SCORE) continue;
    for (let i = 0; i < g.claims.length; i++) {
      for (let j = i + 1; j < g.claims.length; j++) {
        const a = g.claims[i];
        const b = g.claims[j];
        const concept = opposed(a, b);
        if (!concept) continue;
        // "Ross is not signed" does not deny "the stars are signed": the subjects must not differ.
        // A participant word ("Police arrested") and a name are not compared: the police may be
        // the named force, or the other subject an object of a passive ("X was not arrested").
        const sa = subjectOf(a, concept, ctx.entityName);
        const sb = subjectOf(b, concept, ctx.entityName);
        if (sa && sb && sa.participant === sb.participant && sa.name !== sb.name) continue;
        if (conditional(a) || conditional(b)) continue;
        if (a.facts.language !== b.facts.language && (a.facts.quoted > 0.3 || b.facts.quoted > 0.3)) continue;
        const say = (x: ClaimInfo) => (polarityOf(x, concept) ? 'denies' : 'asserts');
        for (const [x, y] of [[a, b], [b, a]] as const) {
          out.push(makeFinding(ctx, 'conflict', 'negation', claimPassage(x), [claimPassage(y, `${sourceName(y.doc)} ${say(y)} it: ${excerpt(y)}`)],
            `${sourceName(x.doc)} ${say(x)} this (${concept}); ${sourceName(y.doc)} ${say(y)} it.`, [normalizedClaim(x), concept]));
        }
      }
    }
  }
  return out;
}

/** A concept both claims report, negated in exactly one of them. */
function opposed(a: ClaimInfo, b: ClaimInfo): string | undefined {
  for (const ea of a.events) {
    const eb = b.events.find((e) => e.concept.id === ea.concept.id);
    if (eb && ea.negated !== eb.negated && !quantified(ea.negated ? a : b, ea.negated ? ea : eb)) return ea.concept.id;
  }
  return undefined;
}

/**
 * "no venden ni cien automóviles", "did not sell more than 100 cars": the negation bounds a
 * figure right after the event ("sell fewer than a hundred"); it does not deny the event.
 */
function quantified(c: ClaimInfo, hit: ClaimInfo['events'][number]): boolean {
  const ws = c.facts.words;
  const after = ws.slice(hit.last + 1, hit.last + 1 + QUANTIFIED_WITHIN);
  return c.values.some((v) => v.kind === 'number' && after.some((w) => w.start >= v.start && w.end <= v.end));
}

/** Words after a negated event within which a figure makes the negation a bound. */
const QUANTIFIED_WITHIN = 4;

function polarityOf(c: ClaimInfo, concept: string): boolean {
  return c.events.some((e) => e.concept.id === concept && e.negated);
}

function conditional(c: ClaimInfo): boolean {
  return c.facts.markers.some((m) => m.marker === 'conditional');
}

/**
 * The subject of the concept's event in a claim: the nearest mention before the event word in the
 * sentence, by entity display name (so "Putin" and "Vladimir Putin" agree). A participant word
 * ("Officials", "Residents") names nobody in particular: it is marked so, never taken as a name.
 */
function subjectOf(c: ClaimInfo, concept: string, entityName: (key: string) => string): { name: string; participant: boolean } | undefined {
  const e = c.events.find((x) => x.concept.id === concept);
  if (!e) return undefined;
  const keys = mentionKeys(c.doc);
  let best: number | undefined;
  c.facts.mentionWords.forEach(([, last], k) => {
    if (last < e.first) best = c.facts.mentions[k];
  });
  if (best === undefined) return undefined;
  const m = c.doc.mentions[best];
  return m.participant ? { name: m.lemma.toLowerCase(), participant: true } : { name: entityName(keys[best].key), participant: false };
}
