// What every finding rule gets: the story, its claims and aligned groups, names for messages,
// and a finding constructor that computes the stable fingerprint.
import type { DocumentAnalysis, Finding, FindingKind, Passage, Severity } from '../../types';
import type { ClaimInfo } from '../claims';
import type { ClaimGroup } from '../align';
import { hash32 } from '../words';

export interface StoryContext {
  story: string;
  docs: DocumentAnalysis[];
  claims: ClaimInfo[];
  groups: ClaimGroup[];
  /** Claims of other sources similar enough to be the same claim. */
  partners: Map<ClaimInfo, ClaimInfo[]>;
  /** Display name of an entity link key. */
  entityName(key: string): string;
}

export type NewFinding = Omit<Finding, 'id'>;

export const SEVERITY: Record<FindingKind, Severity> = {
  conflict: 'warning',
  corroboration: 'hint',
  'single-source': 'information',
  ambiguity: 'information',
};

/**
 * The file name without its folder: fingerprints must survive the folder being named differently
 * ("seeds" vs an absolute path) or moved.
 */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** A file's display name: the outlet when front matter names one, and the file name. */
export function sourceName(doc: DocumentAnalysis): string {
  let name = sourceNames.get(doc);
  if (name === undefined) {
    const file = doc.path.split(/[\\/]/).pop() ?? doc.path;
    name = doc.frontMatter.outlet ? `${doc.frontMatter.outlet} (${file})` : file;
    sourceNames.set(doc, name);
  }
  return name;
}

/** Names and excerpts once per document and claim: a claim of a large story is quoted in every partner's finding. */
const sourceNames = new WeakMap<DocumentAnalysis, string>();
const excerpts = new WeakMap<ClaimInfo, string>();

export function listNames(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

export function sentencePassage(doc: DocumentAnalysis, sentence: number, note?: string): Passage {
  const s = doc.sentences[sentence];
  const p: Passage = { path: doc.path, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
  if (note !== undefined) p.note = note;
  return p;
}

export function claimPassage(c: ClaimInfo, note?: string): Passage {
  return sentencePassage(c.doc, c.facts.index, note);
}

/** Line number (1-based) of a claim, for messages that point at several passages of one file. */
export function lineOf(c: ClaimInfo): number {
  let line = 1;
  const t = c.doc.text;
  for (let i = 0; i < c.facts.start; i++) {
    const ch = t.charCodeAt(i);
    if (ch === 10 || (ch === 13 && t.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/**
 * The normalised content of a claim, for fingerprints: its event concepts, entity keys, values
 * and polarity, never offsets or the order of files.
 */
export function normalizedClaim(c: ClaimInfo): string {
  const concepts = [...new Set(c.events.map((e) => e.concept.id))].sort().join(',');
  const entities = [...c.entities].sort().join(',');
  const values = c.values.map((v) => `${v.kind}:${v.normalized}`).sort().join(',');
  const words = c.facts.words.length <= 4 ? c.facts.words.map((w) => w.norm).join(' ') : '';
  return `${fileName(c.doc.path)}|${concepts}|${entities}|${values}|${c.polarity}|${c.speaker?.key ?? ''}|${words}`;
}

export function makeFinding(
  ctx: StoryContext,
  kind: FindingKind,
  type: string,
  primary: Passage,
  related: Passage[],
  message: string,
  fingerprintParts: string[],
  severity: Severity = SEVERITY[kind],
): NewFinding {
  return {
    fingerprint: hash32(`${kind}/${type}|${fingerprintParts.join('|')}`) + hash32(`${fingerprintParts.join('|')}#${type}`),
    kind,
    type,
    severity,
    code: `${kind}/${type}`,
    message,
    story: ctx.story,
    primary,
    related,
  };
}

/** The first words of a sentence, quoted, for messages. */
export function excerpt(c: ClaimInfo, max = 60): string {
  if (max === 60) {
    let e = excerpts.get(c);
    if (e === undefined) excerpts.set(c, (e = quote(c, max)));
    return e;
  }
  return quote(c, max);
}

function quote(c: ClaimInfo, max: number): string {
  const t = c.doc.text.slice(c.facts.start, c.facts.end).replace(/\s+/g, ' ').trim();
  return `“${t.length > max ? t.slice(0, max - 1).trimEnd() + '…' : t}”`;
}
