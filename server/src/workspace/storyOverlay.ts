// Per-story recompute for large workspaces. A full comparison costs time in proportion to the
// whole corpus; while the user types, only the edited document's story is compared again and laid
// over the last full analysis. The server schedules a full comparison once typing pauses, so the
// settled result is always exactly the from-scratch one. Ids from the story comparison carry a "~"
// prefix so they never collide with the full analysis's ids.
import type { AlignedClaim, Claim, CorpusAnalysis, Entity, Finding, Story } from '../engine/types';
import type { ServedAnalysis } from '../features/view';
import { mentionCount } from '../engine/compare/mentionRefs';

const P = '~';

export function overlayStory(full: ServedAnalysis, partial: CorpusAnalysis, replaced: ReadonlySet<string>): ServedAnalysis {
  const keep = (path: string) => !replaced.has(path);

  // Entities: a story entity joins the full entity with the same gazetteer id, or the same name and type.
  const byGazetteer = new Map<string, Entity>();
  const byName = new Map<string, Entity>();
  const entities = new Map<string, Entity>();
  // Full-analysis entities are shared, not copied (thousands per keystroke in a large workspace);
  // one is copied only when the overlay changes it: mentions in a replaced document, or a join.
  const copies = new Set<Entity>();
  const index = (e: Entity) => {
    entities.set(e.id, e);
    if (e.gazetteerId) byGazetteer.set(e.gazetteerId, e);
    byName.set(`${e.type}|${e.name}`, e);
  };
  const own = (e: Entity): Entity => {
    if (copies.has(e)) return e;
    const copy: Entity = { ...e };
    copies.add(copy);
    entities.set(copy.id, copy);
    if (e.gazetteerId && byGazetteer.get(e.gazetteerId) === e) byGazetteer.set(e.gazetteerId, copy);
    if (byName.get(`${e.type}|${e.name}`) === e) byName.set(`${e.type}|${e.name}`, copy);
    return copy;
  };
  // The entities with mentions in a replaced document, from its entry in entityOfMention: asking
  // every entity's mentions (271,000 at 10,000 articles) cost ~40 ms a keystroke.
  const touched = new Set<string>();
  for (const p of replaced) for (const id of full.entityOfMention.get(p) ?? []) if (id !== undefined) touched.add(id);
  for (const e of full.entities) {
    index(e);
    if (touched.has(e.id)) own(e).mentions = e.mentions.filter((m) => keep(m.path));
  }
  const entityId = new Map<string, string>();
  for (const e of partial.entities) {
    const found = (e.gazetteerId && byGazetteer.get(e.gazetteerId)) || byName.get(`${e.type}|${e.name}`);
    if (found) {
      const target = own(found);
      entityId.set(e.id, target.id);
      target.mentions = [...target.mentions, ...e.mentions];
      target.aliases = [...new Set([...target.aliases, ...e.aliases])];
      target.roles = [...new Set([...target.roles, ...e.roles])];
    } else {
      entityId.set(e.id, P + e.id);
      entities.set(P + e.id, { ...e, id: P + e.id });
    }
  }
  const mapEntity = (id: string) => entityId.get(id) ?? P + id;

  // One entry per document: copying the table is cheap (it held one entry per mention once).
  const entityOfMention = new Map(full.entityOfMention);
  for (const p of replaced) entityOfMention.delete(p);
  for (const [p, ids] of partial.entityOfMention) entityOfMention.set(p, ids.map((id) => (id === undefined ? id : mapEntity(id))));

  const stories: Story[] = [
    ...full.stories.filter((s) => s.documents.every(keep)),
    ...partial.stories.map((s) => ({ ...s, id: P + s.id })),
  ];
  const storyOf = new Map<string, string>();
  for (const [p, s] of full.storyOf) if (keep(p)) storyOf.set(p, s);
  for (const [p, s] of partial.storyOf) storyOf.set(p, P + s);

  const findings: Finding[] = [
    ...full.findings.filter((f) => keep(f.primary.path) && f.related.every((r) => keep(r.path))),
    ...partial.findings.map((f) => ({ ...f, id: P + f.id, story: P + f.story })),
  ];
  const claims: Claim[] = [
    ...full.claims.filter((c) => keep(c.path)),
    ...partial.claims.map((c) => ({
      ...c,
      id: P + c.id,
      entities: c.entities.map(mapEntity),
      ...(c.attributedTo ? { attributedTo: mapEntity(c.attributedTo) } : {}),
    })),
  ];
  const alignments: AlignedClaim[] = [
    ...full.alignments.filter((a) => a.cells.every((c) => keep(c.path))),
    ...partial.alignments.map((a) => ({
      ...a,
      id: P + a.id,
      story: P + a.story,
      cells: a.cells.map((c) => ({ ...c, claim: P + c.claim })),
      findings: a.findings.map((f) => P + f),
    })),
  ];
  const documents = [...full.documents.filter((d) => keep(d.path)), ...partial.documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    documents,
    stories,
    storyOf,
    // Counted, not listed: the full analysis's mention lists are packed, made only when read.
    entities: [...entities.values()].filter((e) => mentionCount(e) > 0),
    entityOfMention,
    claims,
    alignments,
    findings,
    // Stories still on the shelf leave out what they said of the documents compared again.
    ...(full.shelved ? { shelved: { ...full.shelved, replaced: new Set([...full.shelved.replaced, ...replaced]) } } : {}),
  };
}
