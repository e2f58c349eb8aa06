// Offset -> 1-based line/column, with lines ending at \n, \r\n or \r (as LSP counts them).

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** 0-based line and character for an offset. */
  position(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  /** Offset for a 0-based line and character, clamped into the text. */
  offset(line: number, character: number, textLength: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return textLength;
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : textLength;
    return Math.max(this.starts[line], Math.min(this.starts[line] + Math.max(0, character), next));
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** 1-based line and column, as the CLI and SARIF report them. */
export function lineColumn(index: LineIndex, offset: number): { line: number; column: number } {
  const p = index.position(offset);
  return { line: p.line + 1, column: p.character + 1 };
}
