// Writes a value as `JSON.stringify(value, null, 2)` would, in pieces: the report of a 10,000-article
// workspace is larger than the longest string V8 can build, so the top levels are written object by
// object and only their items are stringified whole. A JsonList is written as an array whose
// items are made as they are written.
import { JsonList } from '../engine/report/jsonReport';

export function writeJson(value: unknown, out: (s: string) => void, depth = 2, indent = ''): void {
  const inner = indent + '  ';
  const nested = (s: string) => (indent ? s.replace(/\n/g, '\n' + indent) : s); // JSON strings hold no raw newline
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    out('[\n');
    value.forEach((item, i) => {
      out(inner);
      writeJson(item === undefined || typeof item === 'function' ? null : item, out, depth - 1, inner);
      out(i < value.length - 1 ? ',\n' : '\n');
    });
    out(indent + ']');
    return;
  }
  if (value instanceof JsonList) {
    // Items made one at a time: the comma goes before each item but the first.
    let first = true;
    for (const item of value) {
      out(first ? `[\n${inner}` : `,\n${inner}`);
      first = false;
      writeJson(item === undefined || typeof item === 'function' ? null : item, out, depth - 1, inner);
    }
    out(first ? '[]' : `\n${indent}]`);
    return;
  }
  if (depth > 0 && value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length > 0) {
      out('{\n');
      entries.forEach(([k, v], i) => {
        out(`${inner}${JSON.stringify(k)}: `);
        writeJson(v, out, depth - 1, inner);
        out(i < entries.length - 1 ? ',\n' : '\n');
      });
      out(indent + '}');
      return;
    }
  }
  out(nested(JSON.stringify(value, null, 2) ?? 'null'));
}
