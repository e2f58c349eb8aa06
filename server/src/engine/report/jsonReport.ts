// The `--format json` report: the stable `newslens/1` contract read by external tools.
// Every key is always present; arrays may be empty.
import type { CorpusAnalysis, Passage, Severity, FindingKind, MentionForm, ValueKind, EntityType } from '../types';
import { LineIndex, lineColumn } from './positions';
import { TOOL_VERSION } from '../version';

export interface JsonLocation {
  path: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
}

export interface JsonReport {
  schema: 'newslens/1';
  tool: { name: 'newslens'; version: string };
  documents: { path: string; language: string; story: string | null }[];
  stories: { id: string; label: string; documents: string[] }[];
  entities: {
    id: string;
    name: string;
    type: EntityType;
    aliases: string[];
    mentions: (JsonLocation & { form: MentionForm })[];
  }[];
  values: (JsonLocation & { kind: ValueKind; normalized: string; approx: boolean })[];
  findings: {
    id: string;
    fingerprint: string;
    kind: FindingKind;
    type: string;
    severity: Severity;
    code: string;
    message: string;
    primary: JsonLocation;
    related: (JsonLocation & { note: string })[];
  }[];
}

export function buildJsonReport(corpus: CorpusAnalysis): JsonReport {
  return reportOf(corpus, (items) => [...items()]);
}

/**
 * The same report with its long lists (entities, values, findings) as `JsonList`s built item by
 * item while they are written: a large workspace's report would otherwise be in memory next to
 * the analysis it copies.
 */
export function streamJsonReport(corpus: CorpusAnalysis): unknown {
  return reportOf(corpus, (items) => new JsonList(items) as unknown as never[]);
}

/** A list written as a JSON array whose items are made only as they are written. */
export class JsonList<T = unknown> {
  constructor(private readonly make: () => Iterable<T>) {}
  [Symbol.iterator](): Iterator<T> {
    return this.make()[Symbol.iterator]();
  }
  /** Inside a value stringified whole, the plain array. */
  toJSON(): T[] {
    return [...this];
  }
}

type Lists = <T>(items: () => Iterable<T>) => T[];

function reportOf(corpus: CorpusAnalysis, list: Lists): JsonReport {
  const indexes = new Map(corpus.documents.map((d) => [d.path, new LineIndex(d.text)]));
  const locate = (path: string, start: number, end: number, text: string): JsonLocation => {
    const index = indexes.get(path);
    const { line, column } = index ? lineColumn(index, start) : { line: 1, column: 1 };
    return { path, start, end, line, column, text };
  };
  const passage = (p: Passage): JsonLocation => locate(p.path, p.start, p.end, p.text);

  return {
    schema: 'newslens/1',
    tool: { name: 'newslens', version: TOOL_VERSION },
    documents: corpus.documents.map((d) => ({ path: d.path, language: d.language, story: corpus.storyOf.get(d.path) ?? null })),
    stories: corpus.stories.map((s) => ({ id: s.id, label: s.label, documents: [...s.documents] })),
    entities: list(function* () {
      for (const e of corpus.entities) {
        yield {
          id: e.id,
          name: e.name,
          type: e.type,
          aliases: [...e.aliases],
          mentions: e.mentions.map((m) => ({ ...locate(m.path, m.start, m.end, m.text), form: m.form })),
        };
      }
    }),
    values: list(function* () {
      for (const d of corpus.documents) {
        for (const v of d.values) yield { kind: v.kind, normalized: v.normalized, approx: v.approx, ...locate(d.path, v.start, v.end, v.text) };
      }
    }),
    findings: list(function* () {
      for (const f of corpus.findings) {
        yield {
          id: f.id,
          fingerprint: f.fingerprint,
          kind: f.kind,
          type: f.type,
          severity: f.severity,
          code: f.code,
          message: f.message,
          primary: passage(f.primary),
          related: f.related.map((r) => ({ ...passage(r), note: r.note ?? '' })),
        };
      }
    }),
  };
}
