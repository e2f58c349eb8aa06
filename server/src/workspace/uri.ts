// One spelling per file. VS Code, Node and Neovim percent-encode the same path differently
// (upper- or lower-case hex, which punctuation is escaped), so every URI the server holds is first
// decoded to a file-system path and re-encoded by one encoder: the one VS Code uses.
import * as path from 'node:path';

const UNRESERVED = /[A-Za-z0-9\-._~\/]/;

/** Percent-encodes a POSIX path the way vscode-uri does: only unreserved characters and "/" stay. */
function encodePath(p: string): string {
  let out = '';
  for (const ch of p) {
    if (UNRESERVED.test(ch)) {
      out += ch;
      continue;
    }
    for (const byte of Buffer.from(ch, 'utf8')) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    // A malformed escape: keep what can be kept rather than dropping the document.
    return s.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
}

/** The file-system path of a file URI (POSIX or Windows), or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  const m = /^file:\/\/([^/]*)(\/.*)?$/i.exec(uri);
  if (!m) return undefined;
  const host = safeDecode(m[1]);
  let p = safeDecode((m[2] ?? '/').replace(/[?#].*$/, ''));
  if (/^\/[A-Za-z]:/.test(p)) {
    // Windows drive path: "/c:/x" -> "c:\x".
    p = p[1].toLowerCase() + p.slice(2);
    return path.win32.normalize(p);
  }
  if (host && host !== 'localhost') return `//${host}${p}`;
  return path.posix.normalize(p);
}

/** A file URI for a file-system path, spelled as VS Code spells it. */
export function pathToUri(fsPath: string): string {
  if (/^[A-Za-z]:[\\/]/.test(fsPath)) {
    const posix = fsPath.replace(/\\/g, '/');
    return 'file:///' + posix[0].toLowerCase() + '%3A' + encodePath(posix.slice(2));
  }
  const resolved = path.posix.normalize(fsPath);
  return 'file://' + encodePath(resolved.startsWith('/') ? resolved : '/' + resolved);
}

/** The one key a document is held under. File URIs are re-encoded; other schemes are kept verbatim. */
export function canonicalUri(uri: string): string {
  const p = uriToPath(uri);
  return p === undefined ? uri : pathToUri(p);
}

export function isFileUri(uri: string): boolean {
  return /^file:/i.test(uri);
}
