// Waiting on VS Code events (never on fixed sleeps) inside the extension host.
import * as vscode from 'vscode';

/** Resolves with the diagnostics of `uri` once `accept` approves them; rejects after `timeoutMs`. */
export function diagnosticsWhere(uri: vscode.Uri, accept: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = vscode.languages.getDiagnostics(uri);
      if (!accept(ds)) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const now = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}: [${String(typeof d.code === 'object' ? d.code.value : d.code)}] ${d.message}`);
      const elsewhere = vscode.languages.getDiagnostics().map(([u, ds]) => `${u.toString()}: ${ds.length}`);
      reject(new Error(`diagnostics of ${uri.toString()} not as expected within ${timeoutMs} ms; they are:\n${now.join('\n') || '(none)'}\nall diagnostics: ${elsewhere.join(', ')}`));
    }, timeoutMs);
    check();
  });
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code ?? '');
}

/** Resolves when `event` fires with a value `accept` approves (or `now()` already passes). */
export function until<T>(event: vscode.Event<T>, accept: (v: T | undefined) => boolean, timeoutMs = 20_000, what = 'event'): Promise<void> {
  return new Promise((resolve, reject) => {
    if (accept(undefined)) return resolve();
    const sub = event((v) => {
      if (!accept(v)) return;
      sub.dispose();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`${what} did not happen within ${timeoutMs} ms`));
    }, timeoutMs);
  });
}
