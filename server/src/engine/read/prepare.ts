// Prepares an article for reading: front matter read and masked, Markdown markup, HTML comments
// and URLs replaced by spaces. The masked text has the same length as the original, so every
// offset found in it is an offset into the original text.
import { parseFrontMatter } from './frontMatter';
import type { FrontMatter, DocumentProblem } from '../types';

export interface Prepared {
  masked: string;
  frontMatter: FrontMatter;
  /** Language from a comment directive (`<!-- newslens: language=da -->` or `<!-- language: da -->`). */
  directiveLanguage?: string;
  problems: DocumentProblem[];
}

const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const COMMENT = /<!--([\s\S]*?)-->/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"“”«»]*[^\s<>()"“”«».,;:!?'’]/g;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]*\w/g;
// Markdown: heading marks, blockquote marks, list bullets, fenced-code fences, emphasis runs,
// inline-code ticks, link/image brackets with their destinations.
const LINE_MARKUP = /^([ \t]*)(#{1,6}[ \t]|>[ \t]?|[*+][ \t]|\d{1,3}[.)][ \t](?=\p{Lu})|```.*|~~~.*)/gmu;
const IMAGE = /!\[([^\]\n]*)\]\([^)\n]*\)/g;
const LINK = /\[([^\]\n]*)\]\(([^)\n]*)\)/g;
const EMPHASIS = /\*{1,3}|(?<![\p{L}\p{N}])_{1,3}|_{1,3}(?![\p{L}\p{N}])|`+/gu;
const DIRECTIVE = /(?:newslens\s*:\s*)?language\s*[:=]\s*([a-z]{2})\b/i;

export function prepare(text: string): Prepared {
  let masked = text;
  const frontMatter: FrontMatter = {};
  const problems: DocumentProblem[] = [];
  let directiveLanguage: string | undefined;

  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    try {
      const data: unknown = parseFrontMatter(fm[1]);
      if (data && typeof data === 'object' && !Array.isArray(data)) {
        for (const key of ['title', 'outlet', 'date', 'language', 'story'] as const) {
          const v = (data as Record<string, unknown>)[key];
          if (v instanceof Date) frontMatter[key] = v.toISOString().slice(0, 10);
          else if (typeof v === 'string' || typeof v === 'number') frontMatter[key] = String(v);
        }
      }
    } catch (e) {
      problems.push({ code: 'front-matter', severity: 'warning', message: `Front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`, span: { start: 0, end: fm[0].length } });
    }
    masked = blank(fm[0]) + masked.slice(fm[0].length);
  }
  // Cheap tests first: most plain-text articles have none of this markup.
  if (masked.includes('<!--')) {
    masked = masked.replace(COMMENT, (all, body: string) => {
      const d = DIRECTIVE.exec(body);
      if (d && !directiveLanguage) directiveLanguage = d[1].toLowerCase();
      return blank(all);
    });
  }
  if (masked.includes('://') || masked.includes('www.')) masked = masked.replace(URL, blank);
  if (masked.includes('@')) masked = masked.replace(EMAIL, blank);
  if (masked.includes('](')) {
    masked = masked.replace(IMAGE, blank);
    masked = masked.replace(LINK, (all, label: string) => ' ' + label + blank(all.slice(label.length + 1)));
  }
  if (mayHaveLineMarkup(masked)) masked = masked.replace(LINE_MARKUP, (all, indent: string) => indent + blank(all.slice(indent.length)));
  if (/[*_`]/.test(masked)) masked = masked.replace(EMPHASIS, blank);
  return { masked, frontMatter, directiveLanguage, problems };
}

/**
 * Whether any line (after spaces and tabs) opens with a character LINE_MARKUP can start with: a
 * plain article has none, and this scan costs far less than running the expression over it.
 */
function mayHaveLineMarkup(text: string): boolean {
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) { lineStart = true; continue; }
    if (!lineStart || c === 32 || c === 9) continue;
    // # > * + ` ~ and ASCII digits
    if (c === 35 || c === 62 || c === 42 || c === 43 || c === 96 || c === 126 || (c >= 48 && c <= 57)) return true;
    lineStart = false;
  }
  return false;
}
