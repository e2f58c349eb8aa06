// Dismissed findings live in a workspace file (`.newslens/dismissed.json`), never in settings and
// never in the article. The file is shared by the language server and the CLI.

export const DISMISSED_FILE = '.newslens/dismissed.json';

export interface Dismissal {
  fingerprint: string;
  code?: string;
  message?: string;
  dismissedAt?: string;
}

export interface DismissedFile {
  version: 1;
  dismissed: Dismissal[];
}

/** Parses the file; a corrupt or foreign file yields no dismissals rather than an exception. */
export function parseDismissed(text: string): Dismissal[] {
  try {
    const data = JSON.parse(text) as Partial<DismissedFile>;
    if (!data || !Array.isArray(data.dismissed)) return [];
    return data.dismissed.filter((d): d is Dismissal => !!d && typeof d.fingerprint === 'string');
  } catch {
    return [];
  }
}

export function serializeDismissed(dismissed: Dismissal[]): string {
  const unique = new Map(dismissed.map((d) => [d.fingerprint, d]));
  const file: DismissedFile = { version: 1, dismissed: [...unique.values()].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)) };
  return JSON.stringify(file, null, 2) + '\n';
}
