// corroboration/claim and single-source/claim: a claim reported by two or more sources (saying
// which), and a substantive claim only one source of the story makes.
import type { Passage } from '../../types';
import type { ClaimInfo } from '../claims';
import { claimPassage, excerpt, listNames, makeFinding, normalizedClaim, sourceName, type NewFinding, type StoryContext } from './context';

/**
 * @param contradicted "a|b" claim-id pairs that contradict each other (numeric, date, negation)
 * @param disputed claims already under a conflict of their own (a "first ever" against a precedent)
 */
export function supportFindings(ctx: StoryContext, contradicted: Set<string>, disputed: Set<ClaimInfo>): NewFinding[] {
  const out: NewFinding[] = [];
  const contradictedIds = new Set([...contradicted].map((k) => k.split('|')[0]));
  const groupOf = new Map<ClaimInfo, ClaimInfo[]>();
  for (const g of ctx.groups) for (const c of g.claims) groupOf.set(c, g.claims);
  // One passage object per reporting claim, shared by every finding that lists it: a claim in a
  // story of n sources is listed by up to n - 1 others, and copies grow with n² in large stories.
  const reported = new Map<ClaimInfo, Passage>();
  const reportedPassage = (o: ClaimInfo): Passage => {
    let p = reported.get(o);
    if (!p) reported.set(o, (p = claimPassage(o, `${sourceName(o.doc)}: ${excerpt(o)}`)));
    return p;
  };
  for (const c of ctx.claims) {
    if (!isSubstantive(c)) continue;
    const others = [...new Set([...(groupOf.get(c) ?? []), ...(ctx.partners.get(c) ?? [])])].filter((o) => o.doc !== c.doc && !contradicted.has(`${c.id}|${o.id}`));
    if (others.length) {
      others.sort((a, b) => (a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : a.facts.index - b.facts.index));
      out.push(makeFinding(ctx, 'corroboration', 'claim', claimPassage(c), others.map(reportedPassage),
        `Also reported by ${listNames(others.map((o) => sourceName(o.doc)))}.`, [normalizedClaim(c)]));
    } else if (!disputed.has(c) && !contradictedIds.has(c.id)) {
      out.push(makeFinding(ctx, 'single-source', 'claim', claimPassage(c), [],
        `Only ${sourceName(c.doc)} reports this; no other source in the story says it.`, [normalizedClaim(c)]));
    }
  }
  return out;
}

/** Worth a note: an event or a figure, about someone or something. */
function isSubstantive(c: ClaimInfo): boolean {
  const hasEvent = c.events.length > 0;
  const hasValue = c.values.some((v) => /\d/.test(v.normalized) && v.kind !== 'ordinal');
  return (hasEvent || hasValue) && (c.entities.size > 0 || hasValue);
}
