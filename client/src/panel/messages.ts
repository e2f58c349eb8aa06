// Messages between the Compare Sources webview and the extension. Pure (no vscode import): the
// webview bundle imports the types, the extension validates everything that comes back, because a
// webview is a web page and its messages are untrusted input.
import type { StoryLocation, StoryModel } from '../../../server/src/protocol';

/** Extension → webview. */
export type ToWebview =
  | { type: 'story'; story: StoryModel | null; activeUri: string | null; reason?: string }
  | { type: 'focusClaim'; claimId: string };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'open'; location: StoryLocation; beside: boolean }
  | { type: 'openPair'; left: StoryLocation; right: StoryLocation };

const MAX_URI = 4096;
const MAX_POSITION = 10_000_000;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function position(v: unknown): { line: number; character: number } | undefined {
  if (!isObject(v)) return undefined;
  const { line, character } = v;
  const ok = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_POSITION;
  return ok(line) && ok(character) ? { line: line as number, character: character as number } : undefined;
}

/**
 * A location is accepted only when it points into one of the story's own sources: the webview can
 * never make the extension open an arbitrary URI (command:, http:, another file).
 */
export function parseLocation(v: unknown, allowedUris: ReadonlySet<string>): StoryLocation | undefined {
  if (!isObject(v) || typeof v.uri !== 'string' || v.uri.length > MAX_URI || !allowedUris.has(v.uri)) return undefined;
  if (!isObject(v.range)) return undefined;
  const start = position(v.range.start);
  const end = position(v.range.end);
  if (!start || !end) return undefined;
  return { uri: v.uri, range: { start, end } };
}

export function parseFromWebview(v: unknown, allowedUris: ReadonlySet<string>): FromWebview | undefined {
  if (!isObject(v) || typeof v.type !== 'string') return undefined;
  switch (v.type) {
    case 'ready':
      return { type: 'ready' };
    case 'open': {
      const location = parseLocation(v.location, allowedUris);
      return location ? { type: 'open', location, beside: v.beside === true } : undefined;
    }
    case 'openPair': {
      const left = parseLocation(v.left, allowedUris);
      const right = parseLocation(v.right, allowedUris);
      return left && right ? { type: 'openPair', left, right } : undefined;
    }
    default:
      return undefined;
  }
}

/** The URIs a story's panel may open: its sources. */
export function storyUris(story: StoryModel | null): Set<string> {
  return new Set(story ? story.sources.map((s) => s.uri) : []);
}
