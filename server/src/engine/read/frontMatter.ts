// Front matter fields. Nearly every article's front matter is a few `key: value` lines with plain or
// quoted strings; those are read here directly, because loading them through the YAML parser cost
// as much as a sixth of reading a whole article. Anything else (lists, block scalars, comments,
// numbers, booleans, escapes beyond \" and \\, repeated keys) goes to the YAML parser as before,
// so the fields and errors are the same either way.
import { parse as parseYaml } from 'yaml';

const LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*?))?[ \t]*$/;
/** Plain scalars YAML would read as something other than a string, or that need its rules. */
const NOT_PLAIN_STRING = /^(?:[-?:,[\]{}#&*!|>'"%@`]|~$|(?:true|false|null|yes|no|on|off)$)|:\s|\s#|:$/i;
/** Numbers in any YAML spelling (core schema and the 1.1 forms): left to the parser. */
const NUMBER_LIKE = /^[-+]?(?:[\d_]+(?:[.:][\d_]*)*|\.\d[\d_]*|0x[\da-f_]+|0o?[0-7_]+|0b[01_]+|\.inf|\.nan)(?:e[-+]?\d+)?$/i;

/** The front matter's top-level values as YAML would give them (strings only on the fast path). */
export function parseFrontMatter(source: string): unknown {
  const fast = simpleMapping(source);
  return fast ?? parseYaml(source);
}

function simpleMapping(source: string): Record<string, string> | undefined {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const raw of source.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    const m = LINE.exec(line);
    if (!m || m[1] in out) return undefined;
    const value = m[2] ? scalar(m[2]) : undefined;
    if (value === undefined) return undefined;
    out[m[1]] = value;
  }
  return out;
}

function scalar(v: string): string | undefined {
  if (v.length >= 2 && v[0] === '"' && v[v.length - 1] === '"') {
    const body = v.slice(1, -1);
    // Only \" and \\ escapes, and no bare quote inside.
    if (/\\[^"\\]|\\$/.test(body.replace(/\\\\/g, ''))) return undefined;
    if (/(^|[^\\])(\\\\)*"/.test(body)) return undefined;
    return body.replace(/\\(["\\])/g, '$1');
  }
  if (v.length >= 2 && v[0] === "'" && v[v.length - 1] === "'") {
    const body = v.slice(1, -1);
    if (/'/.test(body.replace(/''/g, ''))) return undefined;
    return body.replace(/''/g, "'");
  }
  if (NOT_PLAIN_STRING.test(v) || NUMBER_LIKE.test(v) || /\t/.test(v)) return undefined;
  return v;
}
