// Reads one article: language, paragraphs, sentences, entities, values, quotes.
import { createHash } from 'node:crypto';
import type { DocumentAnalysis, Paragraph, ReadOptions } from '../types';
import { detectLanguage } from './language';
import { ENGINE_VERSION } from '../version';

/** Below this many letters an article is too short to compare. */
export const MIN_ARTICLE_LETTERS = 40;

export function readDocument(path: string, rawText: string, options: ReadOptions = {}): DocumentAnalysis {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const language = options.language ?? detectLanguage(text, 'und', options.languages);
  const paragraphs: Paragraph[] = [];
  const re = /[^\r\n]+(?:\r\n?|\n)?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const trimmed = m[0].replace(/\s+$/, '');
    if (trimmed.trim()) paragraphs.push({ start: m.index, end: m.index + trimmed.length, language });
  }
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return {
    path,
    text,
    hash: createHash('sha1').update(ENGINE_VERSION).update(text).digest('hex'),
    language,
    frontMatter: {},
    paragraphs,
    sentences: paragraphs.map((p, i) => ({ start: p.start, end: p.end, paragraph: i, language })),
    mentions: [],
    values: [],
    quotes: [],
    acronyms: [],
    problems:
      letters < MIN_ARTICLE_LETTERS
        ? [{ code: 'too-short', severity: 'information', message: `Too short to analyse (${letters} letters; NewsLens needs at least ${MIN_ARTICLE_LETTERS}).` }]
        : [],
  };
}
