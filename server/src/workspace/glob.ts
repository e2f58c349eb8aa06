// A small glob matcher for the include/exclude settings (no dependency): `**` spans folders, `*` and
// `?` stay inside one path segment, `{a,b}` alternates, `[...]` is a character class. Paths are
// POSIX and relative to a workspace folder.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches zero or more whole folders; a trailing "**" matches everything below.
        const slashAfter = glob[i + 2] === '/';
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        if (atSegmentStart && slashAfter) {
          re += '(?:[^/]*/)*';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        let body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += '[' + body + ']';
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  while (braces-- > 0) re += ')';
  const result = new RegExp('^' + re + '$', process.platform === 'win32' ? 'i' : '');
  cache.set(glob, result);
  return result;
}

export function matchesGlob(relativePath: string, glob: string): boolean {
  const g = glob.startsWith('./') ? glob.slice(2) : glob;
  return globToRegExp(g).test(relativePath);
}

export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  return globs.some((g) => matchesGlob(relativePath, g));
}
