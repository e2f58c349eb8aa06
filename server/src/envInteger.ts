// Tuning knobs read from the environment (for measurements and tests): a non-negative integer, or
// the default when the variable is unset or anything else.
export function envInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : fallback;
}
