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
    entities: corpus.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: [...e.aliases],
      mentions: e.mentions.map((m) => ({ ...locate(m.path, m.start, m.end, m.text), form: m.form })),
    })),
    values: corpus.documents.flatMap((d) =>
      d.values.map((v) => ({ kind: v.kind, normalized: v.normalized, approx: v.approx, ...locate(d.path, v.start, v.end, v.text) })),
    ),
    findings: corpus.findings.map((f) => ({
      id: f.id,
      fingerprint: f.fingerprint,
      kind: f.kind,
      type: f.type,
      severity: f.severity,
      code: f.code,
      message: f.message,
      primary: passage(f.primary),
      related: f.related.map((r) => ({ ...passage(r), note: r.note ?? '' })),
    })),
  };
}
