// Hover cards. On an entity: canonical name, type, names used per language, roles, and every source
// that mentions it with the sentence and a link to the place. On a claim with findings: which sources
// agree or conflict and what each says. All article text is escaped (see markdown.ts).
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Entity, Finding } from '../engine/types';
import { sourceName, type FeatureContext } from './context';
import { visibleFindings } from './diagnostics';
import { clip, escapeMarkdown, fileLink } from './markdown';

/** At most this many sources (and names per language) are listed; the rest become "and N more". */
export const HOVER_MAX_SOURCES = 8;
const MAX_NAMES = 6;

export function hover(ctx: FeatureContext, path: string, position: Position): Hover | null {
  const offset = ctx.view.offsetAt(path, position);
  if (offset === undefined) return null;
  const at = ctx.view.mentionAt(path, offset);
  if (at?.entity) return { contents: { kind: MarkupKind.Markdown, value: entityCard(ctx, at.entity, path) }, range: ctx.view.range(path, at.mention) };
  const claimCard = claimHover(ctx, path, offset);
  if (claimCard) return { contents: { kind: MarkupKind.Markdown, value: claimCard.value }, range: ctx.view.range(path, claimCard.span) };
  return null;
}

function moreLine(n: number, what: string): string {
  return n > 0 ? `\n\n*and ${n} more ${what}*` : '';
}

export function entityCard(ctx: FeatureContext, entity: Entity, currentPath: string): string {
  const { view } = ctx;
  const lines: string[] = [`**${escapeMarkdown(entity.name)}** · ${escapeMarkdown(entity.type)}`];
  // Read once: a stored comparison's lists are packed, and each read makes the list anew (mentionRefs.ts).
  const entityMentions = entity.mentions;
  // Names per language, in the language of the sentence that uses them.
  const byLanguage = new Map<string, Set<string>>();
  for (const m of entityMentions) {
    const doc = view.document(m.path);
    // A source's mentions and sentences are read only when not all its sentences share its language
    // (each read parses them from the analysis cache: a thousand sources took ~100 ms).
    const mention = doc?.multilingual ? doc.mentions[m.index] : undefined;
    const lang = (mention && doc?.sentences[mention.sentence]?.language) || doc?.language || 'und';
    const set = byLanguage.get(lang) ?? new Set<string>();
    set.add(m.text);
    byLanguage.set(lang, set);
  }
  if (byLanguage.size) {
    const parts = [...byLanguage.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([lang, names]) => {
        const list = [...names];
        const shown = list.slice(0, MAX_NAMES).map(escapeMarkdown).join(', ');
        return `${escapeMarkdown(lang)}: ${shown}${list.length > MAX_NAMES ? ` (+${list.length - MAX_NAMES})` : ''}`;
      });
    lines.push(`Names — ${parts.join(' · ')}`);
  }
  if (entity.roles.length) lines.push(`Roles — ${entity.roles.map(escapeMarkdown).join(', ')}`);

  // Sources: the current one first, then by path; one line each with the first mention's sentence.
  const byPath = new Map<string, typeof entityMentions>();
  for (const m of entityMentions) {
    const list = byPath.get(m.path);
    if (list) list.push(m);
    else byPath.set(m.path, [m]);
  }
  const paths = [...byPath.keys()].sort((a, b) => (a === currentPath ? -1 : b === currentPath ? 1 : a < b ? -1 : a > b ? 1 : 0));
  lines.push(`Mentioned in ${paths.length} source${paths.length === 1 ? '' : 's'}:`);
  const items = paths.slice(0, HOVER_MAX_SOURCES).map((p) => {
    const mentions = byPath.get(p)!.slice().sort((a, b) => a.start - b.start);
    const first = mentions[0];
    const doc = view.document(p);
    const sentenceIndex = doc?.mentions[first.index]?.sentence ?? -1;
    const sentence = sentenceIndex >= 0 ? view.sentenceText(p, sentenceIndex) : first.text;
    const line = view.range(p, first).start.line;
    const label = `${sourceName(doc, p)}:${line + 1}`;
    const count = mentions.length > 1 ? ` (${mentions.length} mentions)` : '';
    return `- ${fileLink(label, ctx.uriOf(p), line)}${count} — “${escapeMarkdown(clip(sentence))}”`;
  });
  return lines.join('\n\n') + '\n\n' + items.join('\n') + moreLine(paths.length - HOVER_MAX_SOURCES, 'sources');
}

function claimHover(ctx: FeatureContext, path: string, offset: number): { value: string; span: { start: number; end: number } } | undefined {
  const { view } = ctx;
  const shown = visibleFindings(ctx, path);
  const claim = view.claimAt(path, offset);
  const alignment = claim && view.alignmentOf(path, claim.id);
  if (claim && alignment && alignment.cells.length > 1) {
    const findings = alignment.findings.map((id) => view.finding(path, id)).filter((f): f is Finding => !!f && !ctx.dismissed.has(f.fingerprint));
    const status = alignment.status === 'conflict' ? 'sources conflict' : alignment.status === 'agree' ? 'sources agree' : 'only one source';
    const lines = [`**Claim** — ${status}: ${escapeMarkdown(clip(alignment.label, 100))}`];
    const cells = alignment.cells.slice().sort((a, b) => (a.path === path ? -1 : b.path === path ? 1 : 0));
    const items = cells.slice(0, HOVER_MAX_SOURCES).map((cell) => {
      const doc = view.document(cell.path);
      const line = view.range(cell.path, cell.span).start.line;
      const who = cell.path === path ? `this source (${escapeMarkdown(sourceName(doc, cell.path))})` : fileLink(`${sourceName(doc, cell.path)}:${line + 1}`, ctx.uriOf(cell.path), line);
      return `- ${who} ${cell.status === 'conflict' ? '**conflicts**' : 'agrees'}: “${escapeMarkdown(clip(cell.text))}”`;
    });
    const findingLines = [...new Set(findings.map((f) => f.message))].map((m) => `- ${escapeMarkdown(m)}`);
    const value =
      lines.join('\n\n') + '\n\n' + items.join('\n') + moreLine(cells.length - HOVER_MAX_SOURCES, 'sources') + (findingLines.length ? '\n\n' + findingLines.join('\n') : '');
    return { value, span: claim.span };
  }
  // No aligned claim here: a finding whose passage holds the cursor still says what each side claims.
  const here = shown.filter((f) => offset >= f.primary.start && offset <= f.primary.end);
  if (!here.length) return undefined;
  const blocks = here.map((f) => {
    const doc = view.document(path);
    const head = `**${escapeMarkdown(f.kind)}** (${escapeMarkdown(f.code)}): ${escapeMarkdown(f.message)}`;
    const self = `- this source (${escapeMarkdown(sourceName(doc, path))}): “${escapeMarkdown(clip(f.primary.text))}”`;
    const others = f.related.slice(0, HOVER_MAX_SOURCES).map((r) => {
      const line = view.range(r.path, r).start.line;
      const note = r.note ? ` (${escapeMarkdown(r.note)})` : '';
      return `- ${fileLink(`${sourceName(view.document(r.path), r.path)}:${line + 1}`, ctx.uriOf(r.path), line)}${note}: “${escapeMarkdown(clip(r.text))}”`;
    });
    return [head, [self, ...others].join('\n') + moreLine(f.related.length - HOVER_MAX_SOURCES, 'passages')].join('\n\n');
  });
  const span = { start: Math.min(...here.map((f) => f.primary.start)), end: Math.max(...here.map((f) => f.primary.end)) };
  return { value: blocks.join('\n\n---\n\n'), span };
}
