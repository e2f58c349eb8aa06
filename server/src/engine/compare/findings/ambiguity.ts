// ambiguity/acronym: one article introduces the same acronym for two different bodies ("ECHR" for
// the Convention and for the Court); its later uses cannot be resolved by the reader.
import type { DocumentAnalysis, Passage } from '../../types';
import type { MentionKey } from '../linkKeys';
import { nameKey } from '../linkKeys';
import { fileName, listNames, makeFinding, type NewFinding, type StoryContext } from './context';

export function acronymAmbiguities(ctx: StoryContext, doc: DocumentAnalysis, keys: MentionKey[], displayName: (key: string) => string): NewFinding[] {
  const out: NewFinding[] = [];
  const byAcronym = new Map<string, { key: string; def: DocumentAnalysis['acronyms'][number] }[]>();
  for (const d of doc.acronyms) {
    const exp = doc.mentions.findIndex((m) => m.start < d.expansion.end && m.end > d.expansion.start && m.text !== d.acronym);
    const key = exp >= 0 ? keys[exp].key : `name:${nameKey(d.expansion.text)}`;
    (byAcronym.get(d.acronym) ?? byAcronym.set(d.acronym, []).get(d.acronym)!).push({ key, def: d });
  }
  for (const [acronym, defs] of byAcronym) {
    const distinct = [...new Set(defs.map((d) => d.key))];
    if (distinct.length < 2) continue;
    const second = defs.find((d) => d.key !== defs[0].key)!;
    const acronymSpan = acronymIn(doc, second.def, acronym);
    const related: Passage[] = defs.filter((d) => d !== second).map((d) => ({ path: doc.path, start: d.def.expansion.start, end: d.def.expansion.end, text: d.def.expansion.text, note: `“${acronym}” also introduced for ${d.def.expansion.text}` }));
    for (const m of doc.mentions) {
      if (m.text === acronym && m.start > second.def.end) related.push({ path: doc.path, start: m.start, end: m.end, text: m.text, note: `later use of “${acronym}”` });
    }
    out.push(makeFinding(ctx, 'ambiguity', 'acronym', acronymSpan, related,
      `“${acronym}” is introduced for two different bodies in this article: ${listNames(defs.map((d) => d.def.expansion.text))}${distinct.length ? '' : ''}; later uses of “${acronym}” are ambiguous.`,
      [fileName(doc.path), acronym, ...distinct.map(displayName).sort()]));
  }
  return out;
}

function acronymIn(doc: DocumentAnalysis, def: DocumentAnalysis['acronyms'][number], acronym: string): Passage {
  const i = doc.text.indexOf(acronym, def.expansion.end);
  const start = i >= 0 && i <= def.end ? i : def.start;
  const end = i >= 0 && i <= def.end ? i + acronym.length : def.end;
  return { path: doc.path, start, end, text: doc.text.slice(start, end) };
}
