// conflict/attribution: sources credit the same statement or action to different bodies of the
// same government (the defence ministry in one source, the foreign ministry in others). The
// warning goes on each sentence of the minority source that names the body; related passages are
// the other sources' sentences and the minority source's own sentences that inherit the credit.
import type { ClaimInfo } from '../claims';
import type { Passage } from '../../types';
import { claimPassage, listNames, makeFinding, normalizedClaim, sourceName, type NewFinding, type StoryContext } from './context';

/** Government-body types that contain the others: "the government announced" does not conflict with a ministry. */
const UMBRELLA_BODIES = new Set(['government', 'parliament']);

interface Statement {
  claim: ClaimInfo;
  body: { country: string; type: string; key: string };
  entities: Set<string>;
  events: Set<string>;
  explicit: boolean;
}

export function attributionConflicts(ctx: StoryContext): NewFinding[] {
  const statements: Statement[] = [];
  const byDocSentence = new Map(ctx.claims.map((c) => [`${c.doc.path}#${c.facts.index}`, c]));
  for (const c of ctx.claims) {
    const m = c.speaker ? /^gz:gov:([A-Z]{2}|XX):(.+)$/.exec(c.speaker.key) : null;
    if (!m || UMBRELLA_BODIES.has(m[2])) continue;
    const content = c.contentFrom !== undefined ? byDocSentence.get(`${c.doc.path}#${c.contentFrom}`) : undefined;
    const entities = new Set([...c.entities, ...(content?.entities ?? [])]);
    entities.delete(`gz:geo:${m[1]}`);
    const events = new Set([...c.events, ...(content?.events ?? [])].filter((e) => !e.negated).map((e) => e.concept.id));
    statements.push({ claim: c, body: { country: m[1], type: m[2], key: c.speaker!.key }, entities, events, explicit: !c.speaker!.inherited && !c.speaker!.anaphoric });
  }

  // Pairs of statements from different sources with the same content and rival bodies.
  const pairs: [Statement, Statement][] = [];
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const a = statements[i];
      const b = statements[j];
      if (a.claim.doc === b.claim.doc || a.body.type === b.body.type) continue;
      if (a.body.country !== b.body.country && a.body.country !== 'XX' && b.body.country !== 'XX') continue;
      const sharedEvents = [...a.events].some((e) => b.events.has(e));
      const sharedEntities = [...a.entities].some((e) => b.entities.has(e));
      if (sharedEvents && sharedEntities) pairs.push([a, b]);
    }
  }
  if (!pairs.length) return [];

  // Which sources credit which body, over the whole story: the minority side is flagged.
  const sourcesOf = new Map<string, Set<string>>();
  for (const s of statements) (sourcesOf.get(s.body.key) ?? sourcesOf.set(s.body.key, new Set()).get(s.body.key)!).add(s.claim.doc.path);
  const flagged = new Map<Statement, Statement[]>();
  for (const [a, b] of pairs) {
    const na = sourcesOf.get(a.body.key)!.size;
    const nb = sourcesOf.get(b.body.key)!.size;
    if (na <= nb) (flagged.get(a) ?? flagged.set(a, []).get(a)!).push(b);
    if (nb <= na) (flagged.get(b) ?? flagged.set(b, []).get(b)!).push(a);
  }

  const out: NewFinding[] = [];
  for (const [s, others] of flagged) {
    if (!s.explicit) continue;
    const rivalKeys = [...new Set(others.map((o) => o.body.key))];
    // Everything the majority sources credit to the rival body, not only the aligned sentences.
    const rivalStatements = statements.filter((o) => rivalKeys.includes(o.body.key) && o.claim.doc !== s.claim.doc);
    const related: Passage[] = rivalStatements.map((o) => claimPassage(o.claim, `${sourceName(o.claim.doc)} credits ${ctx.entityName(o.body.key)}`));
    const content = s.claim.contentFrom !== undefined ? ctx.claims.find((c) => c.doc === s.claim.doc && c.facts.index === s.claim.contentFrom) : undefined;
    if (content) related.push(claimPassage(content, 'the statement this sentence credits'));
    for (const o of statements) {
      if (o.claim.doc === s.claim.doc && o !== s && o.body.key === s.body.key && !o.explicit && o.claim !== content) related.push(claimPassage(o.claim, 'inherits this attribution'));
    }
    const rivalSources = listNames(rivalStatements.map((o) => sourceName(o.claim.doc)));
    const rivalNames = listNames(rivalKeys.map((k) => ctx.entityName(k)));
    const message =
      `${sourceName(s.claim.doc)} attributes this to ${ctx.entityName(s.body.key)}; ${rivalSources} attribute${rivalStatements.length > 1 && new Set(rivalStatements.map((o) => o.claim.doc)).size > 1 ? '' : 's'} ` +
      `the same statement to ${rivalNames}.`;
    out.push(makeFinding(ctx, 'conflict', 'attribution', claimPassage(s.claim), dedupe(related), message, [normalizedClaim(s.claim), s.body.key, ...rivalKeys.sort()]));
  }
  return out;
}

function dedupe(ps: Passage[]): Passage[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = `${p.path}#${p.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
