// Semantic tokens by entity type. Custom token types (the VS Code client contributes them in
// package.json; see docs/semantic-tokens.md). Tokens may not overlap or span lines, so a quote is
// painted first and the names, dates and numbers inside it are painted over it.
import type { SemanticTokens } from 'vscode-languageserver';
import type { EntityType, ValueKind } from '../engine/types';
import type { FeatureContext } from './context';

export const TOKEN_TYPES = ['person', 'organization', 'place', 'date', 'number', 'quote'] as const;
export const TOKEN_MODIFIERS: string[] = [];
export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: TOKEN_MODIFIERS };

type TokenType = (typeof TOKEN_TYPES)[number];
const index = (t: TokenType) => TOKEN_TYPES.indexOf(t);

function entityToken(type: EntityType): TokenType | undefined {
  return type === 'person' || type === 'organization' || type === 'place' ? type : undefined;
}

function valueToken(kind: ValueKind): TokenType {
  return kind === 'number' || kind === 'ordinal' ? 'number' : 'date';
}

export function semanticTokens(ctx: FeatureContext, path: string): SemanticTokens {
  const doc = ctx.view.document(path);
  if (!doc) return { data: [] };
  const text = doc.text;
  const paint = new Int8Array(text.length); // 0 = nothing, else token index + 1
  const fill = (start: number, end: number, t: TokenType) => paint.fill(index(t) + 1, Math.max(0, start), Math.min(text.length, end));
  for (const q of doc.quotes) fill(q.start, q.end, 'quote');
  for (const v of doc.values) fill(v.start, v.end, valueToken(v.kind));
  doc.mentions.forEach((m, i) => {
    // The linked entity's type wins over the mention's own guess (they can differ after linking).
    const t = entityToken(ctx.view.entityOfMention(path, i)?.type ?? m.type);
    if (t) fill(m.start, m.end, t);
  });
  const data: number[] = [];
  let line = 0;
  let lineStart = 0;
  let prevLine = 0;
  let prevChar = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      i++;
      line++;
      lineStart = i;
      continue;
    }
    const t = paint[i];
    if (t === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && paint[j] === t && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
    const char = i - lineStart;
    data.push(line - prevLine, line === prevLine ? char - prevChar : char, j - i, t - 1, 0);
    prevLine = line;
    prevChar = char;
    i = j;
  }
  return { data };
}
