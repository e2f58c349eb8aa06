// Builds DocumentAnalysis objects by hand for comparing-layer tests, so those tests do not depend
// on the reader: mentions and values are given as surface strings found in the text in order.
import * as assert from 'node:assert/strict';
import { compareDocuments } from '../../server/src/engine/compare/compareDocuments';
import type { DocumentAnalysis, EntityType, Mention, MentionForm, Value, ValueKind } from '../../server/src/engine/types';

export interface HandMention {
  text: string;
  type: EntityType;
  gazetteerId?: string;
  form?: MentionForm;
  lemma?: string;
}

export interface HandValue {
  text: string;
  kind: ValueKind;
  normalized: string;
  approx?: boolean;
  unit?: string;
}

/** One sentence per line of `text`; mentions and values are located left to right. */
export function handDoc(path: string, language: string, text: string, mentions: HandMention[] = [], values: HandValue[] = [], extra: Partial<DocumentAnalysis> = {}): DocumentAnalysis {
  const sentences: DocumentAnalysis['sentences'] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) sentences.push({ start: offset, end: offset + line.length, paragraph: sentences.length, language });
    offset += line.length + 1;
  }
  const sentenceAt = (pos: number) => Math.max(0, sentences.findIndex((s) => pos >= s.start && pos < s.end));
  let cursor = 0;
  const ms: Mention[] = mentions.map((m) => {
    const start = text.indexOf(m.text, cursor);
    if (start < 0) throw new Error(`mention not found: ${m.text}`);
    cursor = start + 1;
    return { start, end: start + m.text.length, text: m.text, type: m.type, form: m.form ?? 'name', lemma: m.lemma ?? m.text, gazetteerId: m.gazetteerId, sentence: sentenceAt(start) };
  });
  cursor = 0;
  const vs: Value[] = values.map((v) => {
    const start = text.indexOf(v.text, cursor);
    if (start < 0) throw new Error(`value not found: ${v.text}`);
    cursor = start + 1;
    return { start, end: start + v.text.length, text: v.text, kind: v.kind, normalized: v.normalized, approx: v.approx ?? false, unit: v.unit, sentence: sentenceAt(start) };
  });
  return {
    path,
    text,
    hash: path + text.length,
    language,
    frontMatter: {},
    paragraphs: sentences.map((s) => ({ start: s.start, end: s.end, language })),
    sentences,
    mentions: ms,
    values: vs,
    quotes: [],
    acronyms: [],
    problems: [],
    ...extra,
  };
}

export interface HandArticle { path: string; language?: string; text: string; mentions: HandMention[]; story?: string }

/** Compares hand-built articles as one story (or as the given stories); answers entity ids by mention text. */
export function linked(docs: HandArticle[]): (path: string, text: string) => string | undefined {
  const analyses: DocumentAnalysis[] = docs.map((d) => handDoc(d.path, d.language ?? 'en', d.text, d.mentions));
  const corpus = compareDocuments(analyses, { storyOverrides: new Map(docs.map((d) => [d.path, d.story ?? 'one'])) });
  return (path, text) => {
    const doc = analyses.find((a) => a.path === path)!;
    const i = doc.mentions.findIndex((m) => m.text === text);
    assert.ok(i >= 0, `no mention ${text} in ${path}`);
    return corpus.entityOfMention.get(path)?.[i];
  };
}
