// Turns raw file bytes into article text, or says clearly why it cannot. Articles arrive as UTF-8,
// UTF-8 with BOM, UTF-16 (with BOM) or legacy single-byte encodings (Windows-1252 wire dumps);
// binary files saved with a .txt name must be refused, not analysed as noise.

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; note?: string }
  | { ok: false; reason: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: stripBom(new TextDecoder('utf-16le').decode(bytes.subarray(2))), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: stripBom(new TextDecoder('utf-16be').decode(bytes.subarray(2))), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (contains NUL or control bytes), not an article' };
  try {
    return { ok: true, text: stripBom(UTF8.decode(bytes)), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the common case in newsrooms is a Windows-1252 export.
    return {
      ok: true,
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      note: 'not valid UTF-8; read as Windows-1252',
    };
  }
}

// Bytes 0x80–0x9F of Windows-1252 (WHATWG encoding table; unassigned bytes stay as C1 controls).
// Node 20's TextDecoder('windows-1252') decodes these as Latin-1 C1 controls, turning curly quotes,
// dashes and the euro sign into invisible characters, so the table is applied here.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** NUL bytes or many C0 control characters in the first 8 KB mean a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return n > 0 && control / n > 0.1;
}
