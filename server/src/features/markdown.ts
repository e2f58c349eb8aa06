// Markdown for hovers. Article text is untrusted: it may hold HTML, script tags, Markdown links or
// bare URLs. Every ASCII punctuation character CommonMark lets us escape is escaped (which also
// breaks GFM autolinks, since "https\:\/\/" no longer looks like a URL), and line breaks fold to spaces.
const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(ESCAPABLE, '\\$&');
}

/** Shortens long passages at a word boundary. */
export function clip(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return t.slice(0, cut > max * 0.6 ? cut : max) + '…';
}

/** A link target we build ourselves (file URI + line fragment): only parentheses and spaces need care. */
export function linkTarget(uri: string): string {
  return uri.replace(/[()\s<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

export function fileLink(label: string, uri: string, line0: number): string {
  const target = /^file:/i.test(uri) ? `${uri}#L${line0 + 1}` : uri;
  return `[${escapeMarkdown(label)}](${linkTarget(target)})`;
}
