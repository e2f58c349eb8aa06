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
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      note: 'not valid UTF-8; read as Windows-1252',
    };
  }
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
