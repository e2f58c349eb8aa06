// Status bar item "story · N sources · M conflicts" for the followed article; a click opens the panel.
import * as vscode from 'vscode';
import type { StorySnapshot } from './storyService';

const MAX_LABEL = 40;

export function statusText(s: StorySnapshot): string | undefined {
  const status = s.status;
  const story = s.story;
  const label = status?.story ?? story?.label;
  if (!label) return undefined;
  const sources = status?.sources ?? story?.sources.length ?? 0;
  const conflicts = status?.conflicts ?? story?.claims.filter((c) => c.status === 'conflict').length ?? 0;
  const short = label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${short} · ${plural(sources, 'source', 'sources')} · ${plural(conflicts, 'conflict', 'conflicts')}`;
}

export function createStatusBar(): { item: vscode.StatusBarItem; update(s: StorySnapshot): void } {
  const item = vscode.window.createStatusBarItem('newslens.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'NewsLens';
  item.command = 'newslens.compareSources';
  return {
    item,
    update(s: StorySnapshot) {
      const text = statusText(s);
      if (!text) {
        item.hide();
        return;
      }
      const conflicts = s.status?.conflicts ?? 0;
      item.text = `$(${conflicts > 0 ? 'warning' : 'book'}) ${text}`;
      item.tooltip = `NewsLens: ${text}. Click to compare the sources.`;
      item.accessibilityInformation = { label: `NewsLens story ${text}. Opens Compare Sources.`, role: 'button' };
      item.show();
    },
  };
}
