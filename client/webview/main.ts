// The Compare Sources panel (runs inside the webview). Renders the StoryModel the extension posts:
// sources as columns, aligned claims as rows, entities × sources, a timeline. Every clickable thing
// is a button: click or Enter opens the passage; Alt/Ctrl+click or Ctrl+Enter opens it beside.
import './main.css';
import type { StoryLocation, StoryModel } from '../../server/src/protocol';
import type { FromWebview, ToWebview } from '../src/panel/messages';
import { h, icon } from './dom';

declare function acquireVsCodeApi(): { postMessage(m: FromWebview): void; getState(): unknown; setState(s: unknown): void };
const vscode = acquireVsCodeApi();

type Claim = StoryModel['claims'][number];
type SortOrder = 'position' | 'conflicts' | 'story';
interface ViewState {
  conflictsOnly: boolean;
  sort: SortOrder;
}

const saved = vscode.getState() as Partial<ViewState> | undefined;
const state: ViewState = {
  conflictsOnly: saved?.conflictsOnly === true,
  sort: saved?.sort === 'conflicts' || saved?.sort === 'story' ? saved.sort : 'position',
};
let story: StoryModel | null = null;
let activeUri: string | null = null;
let reason = '';

const app = document.getElementById('app')!;

function open(location: StoryLocation, beside: boolean): void {
  vscode.postMessage({ type: 'open', location, beside });
}

/** A button that opens `location`; Alt/Ctrl/Meta+click and Ctrl+Enter open it beside the editor. */
function opener(location: StoryLocation | null, props: Parameters<typeof h>[1], ...children: (Node | string)[]): HTMLButtonElement {
  const button = h('button', { ...props, attrs: { type: 'button', ...(props?.attrs ?? {}) } }, ...children);
  if (!location) {
    button.disabled = true;
    return button;
  }
  button.addEventListener('click', (e) => open(location, e.altKey || e.ctrlKey || e.metaKey));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || e.altKey)) {
      e.preventDefault();
      open(location, true);
    }
  });
  return button;
}

function sameUri(a: string, b: string | null): boolean {
  if (b === null) return false;
  try {
    return decodeURIComponent(a) === decodeURIComponent(b);
  } catch {
    return a === b;
  }
}

function activeIndex(s: StoryModel): number {
  return s.sources.findIndex((src) => sameUri(src.uri, activeUri));
}

export function orderedClaims(s: StoryModel, active: number, view: ViewState): Claim[] {
  const claims = s.claims.map((c, i) => ({ c, i })).filter(({ c }) => !view.conflictsOnly || c.status === 'conflict');
  const line = (c: Claim) => {
    const cell = active >= 0 ? c.cells[active] : null;
    return cell ? cell.location.range.start.line : Number.MAX_SAFE_INTEGER;
  };
  if (view.sort === 'position') claims.sort((a, b) => line(a.c) - line(b.c) || a.i - b.i);
  if (view.sort === 'conflicts') claims.sort((a, b) => Number(b.c.status === 'conflict') - Number(a.c.status === 'conflict') || a.i - b.i);
  return claims.map(({ c }) => c);
}

function sourceHeader(src: StoryModel['sources'][number], isActive: boolean): HTMLElement {
  const details = [src.outlet, src.language, src.date].filter((x): x is string => !!x);
  const first: StoryLocation = { uri: src.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  const label = `${src.name}${details.length ? `, ${details.join(', ')}` : ''}${src.conflicts ? `, ${src.conflicts} conflicts` : ''}${isActive ? ', active article' : ''}`;
  return h(
    'th',
    { className: isActive ? 'source active' : 'source', attrs: { scope: 'col' } },
    opener(first, { className: 'source-name', title: src.uri, label: `Open ${label}` }, icon('file'), ' ', src.name),
    h('div', { className: 'source-meta', text: details.join(' · ') }),
    src.conflicts ? h('div', { className: 'source-conflicts', text: `${src.conflicts} conflict${src.conflicts === 1 ? '' : 's'}` }) : null,
  );
}

const STATUS_ICON = { agree: 'pass', conflict: 'warning', absent: 'circle-slash' } as const;
const STATUS_WORD = { agree: 'agrees', conflict: 'conflicts', absent: 'does not report this' } as const;

function claimRow(s: StoryModel, claim: Claim, active: number): HTMLTableRowElement {
  const cells = claim.cells.map((cell, i) => {
    const src = s.sources[i];
    const status = cell ? cell.status : 'absent';
    const word = STATUS_WORD[status];
    const label = `${src.name}: ${word}${cell ? `: ${cell.text}` : ''}`;
    return h(
      'td',
      { className: `cell ${status}${i === active ? ' active' : ''}` },
      opener(cell ? cell.location : null, { className: 'cell-button', title: cell ? cell.text : `${src.name} does not report this`, label }, icon(STATUS_ICON[status]), h('span', { className: 'cell-word', text: status === 'absent' ? '—' : status })),
    );
  });
  const present = claim.cells.filter((c) => c !== null);
  const pairButton =
    present.length >= 2
      ? h(
          'button',
          {
            className: 'icon-button pair',
            title: 'Open two sources side by side',
            label: `Open two sources side by side: ${claim.label}`,
            attrs: { type: 'button' },
            on: { click: () => openPair(claim, active) },
          },
          icon('split-horizontal'),
        )
      : null;
  const findings = claim.findings.map((f) => f.message).join('\n');
  const row = h(
    'tr',
    { className: `claim ${claim.status}` },
    h(
      'th',
      { className: 'claim-label', attrs: { scope: 'row' }, title: findings || claim.label },
      h('span', { className: `status-badge ${claim.status}`, label: claim.status === 'single' ? 'single source' : claim.status }, icon(claim.status === 'conflict' ? 'warning' : claim.status === 'agree' ? 'pass' : 'circle-outline')),
      ' ',
      h('span', { className: 'claim-text', text: claim.label }),
      pairButton,
      claim.status === 'conflict' && findings ? h('div', { className: 'finding', text: claim.findings[0].message }) : null,
    ),
    ...cells,
  );
  row.dataset.claimId = claim.id;
  return row;
}

function openPair(claim: Claim, active: number): void {
  const cells = claim.cells.map((c, i) => ({ c, i })).filter((x) => x.c !== null);
  const left = cells.find((x) => x.i === active) ?? cells[0];
  const others = cells.filter((x) => x !== left);
  const right = others.find((x) => x.c!.status !== left.c!.status) ?? others[0];
  if (left && right) vscode.postMessage({ type: 'openPair', left: left.c!.location, right: right.c!.location });
}

function claimsSection(s: StoryModel, active: number): HTMLElement {
  const claims = orderedClaims(s, active, state);
  const conflicts = s.claims.filter((c) => c.status === 'conflict').length;
  const filter = h('input', { attrs: { type: 'checkbox', id: 'conflicts-only' } });
  filter.checked = state.conflictsOnly;
  filter.addEventListener('change', () => update({ conflictsOnly: filter.checked }));
  const sort = h(
    'select',
    { attrs: { id: 'sort' } },
    h('option', { text: 'Position in this article', attrs: { value: 'position' } }),
    h('option', { text: 'Conflicts first', attrs: { value: 'conflicts' } }),
    h('option', { text: 'Story order', attrs: { value: 'story' } }),
  );
  sort.value = state.sort;
  sort.addEventListener('change', () => update({ sort: sort.value as SortOrder }));
  const table = h(
    'table',
    { className: 'grid claims', attrs: { 'aria-label': `Aligned claims: ${claims.length} of ${s.claims.length} shown` } },
    h('thead', {}, h('tr', {}, h('th', { text: 'Claim', attrs: { scope: 'col' } }), ...s.sources.map((src, i) => sourceHeader(src, i === active)))),
    h('tbody', {}, ...claims.map((c) => claimRow(s, c, active))),
  );
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'claims-heading' } },
    h('h3', { attrs: { id: 'claims-heading' }, text: `Claims (${s.claims.length}, ${conflicts} in conflict)` }),
    h(
      'div',
      { className: 'controls' },
      h('label', { attrs: { for: 'conflicts-only' } }, filter, ' Conflicts only'),
      h('label', { attrs: { for: 'sort' } }, 'Sort ', sort),
    ),
    claims.length ? h('div', { className: 'scroll' }, table) : h('p', { className: 'empty', text: state.conflictsOnly ? 'No conflicts between the sources.' : 'No aligned claims yet.' }),
  );
}

function entitiesSection(s: StoryModel, active: number): HTMLElement {
  const rows = s.entities.map((e) =>
    h(
      'tr',
      {},
      h('th', { attrs: { scope: 'row' } }, opener(e.first[active >= 0 && e.first[active] ? active : e.first.findIndex((l) => l !== null)] ?? null, { className: 'entity-name', label: `${e.name}, ${e.type}` }, icon(entityIcon(e.type)), ' ', e.name)),
      ...e.counts.map((n, i) =>
        h(
          'td',
          { className: `count${n === 0 ? ' zero' : ''}${i === active ? ' active' : ''}` },
          opener(e.first[i], { className: 'count-button', label: `${e.name} in ${s.sources[i].name}: ${n} mention${n === 1 ? '' : 's'}`, text: String(n) }),
        ),
      ),
    ),
  );
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'entities-heading' } },
    h('h3', { attrs: { id: 'entities-heading' }, text: `Entities (${s.entities.length})` }),
    s.entities.length
      ? h(
          'div',
          { className: 'scroll' },
          h(
            'table',
            { className: 'grid entities', attrs: { 'aria-label': 'Entities by source (mention counts)' } },
            h('thead', {}, h('tr', {}, h('th', { text: 'Entity', attrs: { scope: 'col' } }), ...s.sources.map((src, i) => h('th', { className: i === active ? 'active' : '', text: src.name, attrs: { scope: 'col' } })))),
            h('tbody', {}, ...rows),
          ),
        )
      : h('p', { className: 'empty', text: 'No entities found.' }),
  );
}

function entityIcon(type: string): string {
  return type === 'person' ? 'person' : type === 'organization' ? 'organization' : type === 'place' ? 'location' : 'symbol-misc';
}

function timelineSection(s: StoryModel): HTMLElement {
  const events = [...s.timeline].sort((a, b) => a.normalized.localeCompare(b.normalized));
  const source = (uri: string) => s.sources.find((src) => src.uri === uri)?.name ?? '';
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'timeline-heading' } },
    h('h3', { attrs: { id: 'timeline-heading' }, text: `Timeline (${events.length})` }),
    events.length
      ? h(
          'ol',
          { className: 'timeline' },
          ...events.map((ev) =>
            h(
              'li',
              {},
              opener(ev.location, { className: 'event', title: ev.text, label: `${ev.label}, ${ev.normalized}, in ${source(ev.location.uri)}: ${ev.text}` },
                h('span', { className: 'event-date', text: ev.label }),
                h('span', { className: 'event-norm', text: ev.normalized }),
                h('span', { className: 'event-source', text: source(ev.location.uri) }),
                h('span', { className: 'event-text', text: ev.text }),
              ),
            ),
          ),
        )
      : h('p', { className: 'empty', text: 'No dated events.' }),
  );
}

function render(): void {
  const focusedKey = document.activeElement instanceof HTMLElement ? document.activeElement.getAttribute('aria-label') : null;
  app.replaceChildren();
  if (!story) {
    app.appendChild(h('p', { className: 'empty', text: reason || 'Open an article to compare its sources.' }));
    return;
  }
  const active = activeIndex(story);
  app.append(
    h('h2', { className: 'story-label', text: story.label, title: story.label }),
    h('p', { className: 'summary', text: `${story.sources.length} sources · ${story.claims.filter((c) => c.status === 'conflict').length} claims in conflict` }),
    claimsSection(story, active),
    entitiesSection(story, active),
    timelineSection(story),
  );
  // Keep the keyboard focus where it was across refreshes.
  if (focusedKey) {
    const again = Array.from(app.querySelectorAll<HTMLElement>('[aria-label]')).find((el) => el.getAttribute('aria-label') === focusedKey);
    again?.focus();
  }
}

function update(patch: Partial<ViewState>): void {
  Object.assign(state, patch);
  vscode.setState(state);
  render();
}

/** Arrow keys move between the buttons of a table like a grid; Home/End to the row's ends. */
function gridKeys(e: KeyboardEvent): void {
  const target = e.target as HTMLElement;
  const cell = target.closest('td, th');
  const row = cell?.parentElement;
  const table = row?.closest('table');
  if (!cell || !row || !table || target.tagName !== 'BUTTON') return;
  const rows = Array.from(table.querySelectorAll('tr'));
  const col = Array.from(row.children).indexOf(cell);
  const r = rows.indexOf(row as HTMLTableRowElement);
  const button = (el: Element | undefined) => (el ? (el.querySelector('button:not(:disabled)') ?? el.querySelector('button')) as HTMLButtonElement | null : null);
  const at = (ri: number, ci: number) => button(rows[ri]?.children[ci]);
  let next: HTMLElement | null | undefined;
  if (e.key === 'ArrowRight') next = at(r, col + 1);
  else if (e.key === 'ArrowLeft') next = at(r, col - 1);
  else if (e.key === 'ArrowDown') next = at(r + 1, col);
  else if (e.key === 'ArrowUp') next = at(r - 1, col);
  else if (e.key === 'Home') next = at(r, 0);
  else if (e.key === 'End') next = at(r, row.children.length - 1);
  if (next) {
    e.preventDefault();
    next.focus();
  }
}
app.addEventListener('keydown', gridKeys);

function isStoryMessage(m: unknown): m is ToWebview {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';
}

window.addEventListener('message', (event: MessageEvent) => {
  const m = event.data;
  if (!isStoryMessage(m)) return;
  if (m.type === 'story') {
    story = m.story;
    activeUri = m.activeUri;
    reason = m.reason ?? '';
    render();
  } else if (m.type === 'focusClaim') {
    const row = Array.from(app.querySelectorAll<HTMLTableRowElement>('tr.claim')).find((r) => r.dataset.claimId === m.claimId);
    (row?.querySelector('button:not(:disabled)') as HTMLButtonElement | null)?.focus();
  }
});

vscode.postMessage({ type: 'ready' });
