// What must hold for any input, however hostile: every offset the engine or the server reports lies
// inside the document, on a UTF-16 boundary that does not split a surrogate pair, and every quoted
// `text` is the slice it claims to be. Returns violations as readable strings (empty = fine).
import type { CorpusAnalysis, DocumentAnalysis, Span } from '../../server/src/engine/types';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

export function checkSpan(text: string, span: Span | undefined, what: string, out: string[]): void {
  if (!span) return;
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) out.push(`${what}: non-integer offsets ${start}..${end}`);
  else if (start < 0 || end > text.length || start > end) out.push(`${what}: ${start}..${end} outside 0..${text.length}`);
  else if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) out.push(`${what}: ${start}..${end} splits a surrogate pair`);
}

function checkSlice(text: string, span: Span & { text: string }, what: string, out: string[]): void {
  checkSpan(text, span, what, out);
  if (span.start >= 0 && span.end <= text.length && text.slice(span.start, span.end) !== span.text) {
    out.push(`${what}: text ${JSON.stringify(span.text.slice(0, 40))} is not the slice ${JSON.stringify(text.slice(span.start, span.end).slice(0, 40))}`);
  }
}

export function checkDocument(input: string, doc: DocumentAnalysis): string[] {
  const out: string[] = [];
  const expected = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (doc.text !== expected) out.push(`document text differs from the input (less a leading BOM): ${doc.text.length} vs ${expected.length} units`);
  const text = doc.text;
  doc.paragraphs.forEach((p, i) => checkSpan(text, p, `paragraph ${i}`, out));
  doc.sentences.forEach((s, i) => {
    checkSpan(text, s, `sentence ${i}`, out);
    if (!(s.paragraph >= 0 && s.paragraph < doc.paragraphs.length)) out.push(`sentence ${i}: paragraph ${s.paragraph} does not exist`);
  });
  const sentenceOk = (n: number) => n >= 0 && n < doc.sentences.length;
  doc.mentions.forEach((m, i) => {
    checkSlice(text, m, `mention ${i}`, out);
    if (!sentenceOk(m.sentence)) out.push(`mention ${i}: sentence ${m.sentence} does not exist`);
  });
  doc.values.forEach((v, i) => {
    checkSlice(text, v, `value ${i}`, out);
    if (!sentenceOk(v.sentence)) out.push(`value ${i}: sentence ${v.sentence} does not exist`);
  });
  doc.quotes.forEach((q, i) => {
    checkSpan(text, q, `quote ${i}`, out);
    checkSpan(text, q.inner, `quote ${i} inner`, out);
    if (q.speaker) checkSpan(text, q.speaker, `quote ${i} speaker`, out);
    if (q.speaker?.mention !== undefined && !(q.speaker.mention >= 0 && q.speaker.mention < doc.mentions.length)) out.push(`quote ${i}: speaker mention ${q.speaker.mention} does not exist`);
  });
  doc.acronyms.forEach((a, i) => {
    checkSpan(text, a, `acronym ${i}`, out);
    checkSlice(text, a.expansion, `acronym ${i} expansion`, out);
  });
  doc.problems.forEach((p, i) => checkSpan(text, p.span, `problem ${i} (${p.code})`, out));
  return out;
}

export function checkCorpus(corpus: CorpusAnalysis): string[] {
  const out: string[] = [];
  const byPath = new Map(corpus.documents.map((d) => [d.path, d]));
  const passage = (p: Span & { path: string }, what: string) => {
    const doc = byPath.get(p.path);
    if (!doc) out.push(`${what}: unknown document ${p.path}`);
    else checkSpan(doc.text, p, `${what} in ${p.path}`, out);
  };
  for (const f of corpus.findings) {
    passage(f.primary, `finding ${f.id} primary`);
    f.related.forEach((r, i) => passage(r, `finding ${f.id} related ${i}`));
  }
  for (const e of corpus.entities) {
    for (const m of e.mentions) {
      passage(m, `entity ${e.id} mention`);
      const doc = byPath.get(m.path);
      if (doc && !(m.index >= 0 && m.index < doc.mentions.length)) out.push(`entity ${e.id}: mention index ${m.index} not in ${m.path}`);
    }
  }
  for (const c of corpus.claims) passage({ ...c.span, path: c.path }, `claim ${c.id}`);
  for (const a of corpus.alignments) for (const cell of a.cells) passage({ ...cell.span, path: cell.path }, `alignment ${a.id} cell`);
  return out;
}

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Line starts as LSP counts them (\n, \r\n, \r). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** LSP ranges must name real lines and stop at the line's end (before its line break). */
export function checkRange(text: string, starts: number[], range: LspRange, what: string, out: string[]): void {
  for (const [name, pos] of [['start', range.start], ['end', range.end]] as const) {
    if (!Number.isInteger(pos.line) || !Number.isInteger(pos.character) || pos.line < 0 || pos.character < 0) {
      out.push(`${what} ${name}: bad position ${JSON.stringify(pos)}`);
      continue;
    }
    if (pos.line >= starts.length) {
      out.push(`${what} ${name}: line ${pos.line} past the last line ${starts.length - 1}`);
      continue;
    }
    const lineEnd = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
    const offset = starts[pos.line] + pos.character;
    if (offset > lineEnd) out.push(`${what} ${name}: character ${pos.character} past the end of line ${pos.line}`);
    else if (splitsSurrogatePair(text, offset)) out.push(`${what} ${name}: ${pos.line}:${pos.character} splits a surrogate pair`);
  }
  const a = range.start;
  const b = range.end;
  if (a.line > b.line || (a.line === b.line && a.character > b.character)) out.push(`${what}: start after end`);
}
