// Settings arrive from workspace/configuration (section "newslens") or inside didChangeConfiguration;
// either may be partial, stale or hand-edited nonsense, so every field is checked and defaulted.
import { DEFAULT_SETTINGS, type NewsLensSettings, type SeveritySetting, type UnopenedDiagnostics } from '../protocol';
import type { FindingKind } from '../engine/types';

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const UNOPENED: readonly UnopenedDiagnostics[] = ['warnings', 'all', 'none'];

function stringArray(v: unknown, fallback: string[]): string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string') ? [...v] : [...fallback];
}

function number(v: unknown, fallback: number, min = 0): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min ? v : fallback;
}

function severity(v: unknown, fallback: SeveritySetting): SeveritySetting {
  return typeof v === 'string' && (SEVERITIES as string[]).includes(v) ? (v as SeveritySetting) : fallback;
}

/** Accepts the nested form VS Code returns ({severity: {conflict}}) and the flat dotted form ("severity.conflict"). */
export function normalizeSettings(raw: unknown): NewsLensSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const sev = (r.severity && typeof r.severity === 'object' ? r.severity : {}) as Record<string, unknown>;
  const pick = (k: string) => sev[k] ?? r[`severity.${k}`];
  const diag = (r.diagnostics && typeof r.diagnostics === 'object' ? r.diagnostics : {}) as Record<string, unknown>;
  const unopened = diag.unopenedFiles ?? r['diagnostics.unopenedFiles'];
  const d = DEFAULT_SETTINGS;
  return {
    languages: stringArray(r.languages, d.languages).filter((l) => /^[a-z]{2,3}$/.test(l)),
    severity: {
      conflict: severity(pick('conflict'), d.severity.conflict),
      corroboration: severity(pick('corroboration'), d.severity.corroboration),
      singleSource: severity(pick('singleSource'), d.severity.singleSource),
      ambiguity: severity(pick('ambiguity'), d.severity.ambiguity),
    },
    include: stringArray(r.include, d.include),
    exclude: stringArray(r.exclude, d.exclude),
    maxFileSize: number(r.maxFileSize, d.maxFileSize),
    maxFiles: number(r.maxFiles, d.maxFiles),
    debounceMs: Math.min(number(r.debounceMs, d.debounceMs), 10000),
    anchorDate: typeof r.anchorDate === 'string' && /^(\d{4}-\d{2}-\d{2})?$/.test(r.anchorDate) ? r.anchorDate : d.anchorDate,
    diagnostics: {
      unopenedFiles: typeof unopened === 'string' && (UNOPENED as string[]).includes(unopened) ? (unopened as UnopenedDiagnostics) : d.diagnostics.unopenedFiles,
    },
  };
}

/** The severity setting that governs a finding kind. */
export function severitySettingFor(settings: NewsLensSettings, kind: FindingKind): SeveritySetting {
  switch (kind) {
    case 'conflict':
      return settings.severity.conflict;
    case 'corroboration':
      return settings.severity.corroboration;
    case 'single-source':
      return settings.severity.singleSource;
    case 'ambiguity':
      return settings.severity.ambiguity;
    default:
      return 'information';
  }
}

/** Settings that change what a document's analysis is (not just how it is shown). */
export function analysisKey(s: NewsLensSettings): string {
  return JSON.stringify([s.languages, s.anchorDate]);
}

export function scopeKey(s: NewsLensSettings): string {
  return JSON.stringify([s.include, s.exclude, s.maxFileSize, s.maxFiles]);
}
