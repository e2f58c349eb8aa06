// Per-key debouncing for edits: the latest call wins, earlier ones are dropped (superseded work is
// never started). `flush` runs a pending call now, so a request that needs fresh positions (hover
// right after typing) never answers from stale text.
export class Debouncer {
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; run: () => void }>();

  schedule(key: string, delayMs: number, run: () => void): void {
    this.cancel(key);
    const timer = setTimeout(() => {
      this.pending.delete(key);
      run();
    }, delayMs);
    this.pending.set(key, { timer, run });
  }

  cancel(key: string): void {
    const p = this.pending.get(key);
    if (p) clearTimeout(p.timer);
    this.pending.delete(key);
  }

  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  flush(key: string): void {
    const p = this.pending.get(key);
    if (!p) return;
    this.cancel(key);
    p.run();
  }

  flushAll(): void {
    for (const key of [...this.pending.keys()]) this.flush(key);
  }

  dispose(): void {
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
  }
}
