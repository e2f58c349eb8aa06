// Custom requests and settings shared by the language server and the VS Code client.
// Types only: imported by both sides, so it must not import LSP or VS Code modules.

/** Settings under the `newslens.` prefix (contributed in package.json, read via workspace/configuration). */
export interface NewsLensSettings {
  /** Languages detection may choose from (ISO 639-1). */
  languages: string[];
  /** Severity per finding kind; "off" hides that kind. */
  severity: {
    conflict: SeveritySetting;
    corroboration: SeveritySetting;
    singleSource: SeveritySetting;
    ambiguity: SeveritySetting;
  };
  /** Globs (relative to a workspace folder) of articles; .md files are articles only when included here or a `.newslens.json` opts in. */
  include: string[];
  exclude: string[];
  /** Files larger than this many bytes are skipped with one information message. */
  maxFileSize: number;
  /** Upper bound on files scanned per workspace. */
  maxFiles: number;
  /** Milliseconds between the last keystroke and re-analysis (opens are never debounced). */
  debounceMs: number;
  /** Date anchor ("YYYY-MM-DD") for relative dates in articles that carry none. */
  anchorDate: string;
  diagnostics: {
    /** What articles that are not open in the editor show; an open article always shows everything. */
    unopenedFiles: UnopenedDiagnostics;
  };
}

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** "warnings": findings shown as errors or warnings (conflicts by default) and the file's own problems; "all"; "none". */
export type UnopenedDiagnostics = 'warnings' | 'all' | 'none';

export const DEFAULT_SETTINGS: NewsLensSettings = {
  languages: ['da', 'en', 'de', 'sv', 'no', 'nl', 'es', 'fr', 'it', 'pt'],
  severity: { conflict: 'warning', corroboration: 'hint', singleSource: 'information', ambiguity: 'information' },
  include: ['**/*.txt', '**/*.news'],
  exclude: ['**/node_modules/**', '**/.*/**'],
  maxFileSize: 2 * 1024 * 1024,
  maxFiles: 20000,
  debounceMs: 300,
  anchorDate: '',
  diagnostics: { unopenedFiles: 'warnings' },
};

/** `newslens/story`: the comparison model behind the "Compare sources" panel. */
export const STORY_REQUEST = 'newslens/story';

export interface StoryParams {
  /** Any document of the story (the active editor's). */
  uri: string;
}

export interface StoryLocation {
  uri: string;
  /** 0-based LSP range. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface StoryModel {
  id: string;
  label: string;
  sources: { uri: string; name: string; outlet?: string; language: string; date?: string; conflicts: number }[];
  claims: {
    id: string;
    label: string;
    status: 'agree' | 'conflict' | 'single';
    /** One cell per source (same order as `sources`); absent when that source does not report it. */
    cells: ({ status: 'agree' | 'conflict'; text: string; location: StoryLocation } | null)[];
    /** Messages of the findings on this claim. */
    findings: { code: string; kind: string; message: string }[];
  }[];
  entities: {
    id: string;
    name: string;
    type: string;
    /** Mention count per source (same order as `sources`). */
    counts: number[];
    /** First mention per source, null when absent. */
    first: (StoryLocation | null)[];
  }[];
  timeline: { normalized: string; label: string; text: string; location: StoryLocation }[];
}

/** Notification server → client when a story's analysis changed (the panel refreshes). */
export const STORY_CHANGED_NOTIFICATION = 'newslens/storyChanged';

/** `newslens/dismiss` (client → server): dismiss or restore findings by fingerprint. */
export const DISMISS_REQUEST = 'newslens/dismiss';
export interface DismissParams {
  fingerprint: string;
  restore?: boolean;
}

/** `newslens/status`: for the status bar — story label, sources, conflicts, for a document. */
export const STATUS_REQUEST = 'newslens/status';
export interface StatusResult {
  story: string | null;
  sources: number;
  conflicts: number;
}

/** `newslens/reanalyze`: rescan the workspace from disk. */
export const REANALYZE_REQUEST = 'newslens/reanalyze';
