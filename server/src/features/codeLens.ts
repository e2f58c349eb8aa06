// One code lens per claim of this article that other sources also report: "2 sources agree ·
// 1 conflicts". Clicking opens the comparison at that claim (newslens.compareSources <claim id>).
import type { CodeLens } from 'vscode-languageserver';
import type { FeatureContext } from './context';

export const COMPARE_COMMAND = 'newslens.compareSources';

export function lensTitle(cells: { path: string; status: 'agree' | 'conflict' }[]): string {
  const sources = (status: 'agree' | 'conflict') => new Set(cells.filter((c) => c.status === status).map((c) => c.path)).size;
  const agree = sources('agree');
  const conflict = sources('conflict');
  const parts: string[] = [];
  if (agree) parts.push(`${agree} source${agree === 1 ? '' : 's'} agree${agree === 1 ? 's' : ''}`);
  // "1 conflicts" reads as "1 source conflicts", as in the product brief.
  if (conflict) parts.push(`${conflict} conflict${conflict === 1 ? 's' : ''}`);
  return parts.join(' · ');
}

export function codeLenses(ctx: FeatureContext, path: string): CodeLens[] {
  const { view } = ctx;
  const lenses: CodeLens[] = [];
  const seen = new Set<string>();
  for (const claim of view.claimsOf(path)) {
    const alignment = view.alignmentOf(path, claim.id);
    if (!alignment || seen.has(alignment.id)) continue;
    if (new Set(alignment.cells.map((c) => c.path)).size < 2) continue;
    seen.add(alignment.id);
    const range = view.range(path, claim.span);
    lenses.push({
      range: { start: range.start, end: range.start },
      command: { title: lensTitle(alignment.cells), command: COMPARE_COMMAND, arguments: [alignment.id] },
    });
  }
  return lenses.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
