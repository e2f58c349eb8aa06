// The environment the language server is started with. glibc gives each thread that allocates
// concurrently its own malloc arena (up to eight per core), and memory freed in an arena mostly
// stays in the process. The server's worker thread, V8's compiler and GC threads each fill one
// while a large workspace is indexed: at 10,000 articles that was 30–50 MB of the peak RSS that no
// heap held. Two arenas keep it to what is live. Other allocators (macOS, Windows, musl) ignore
// the variable. A value already in the environment wins.
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/** `base` (the caller's environment) with SERVER_ENVIRONMENT's defaults under it. */
export function serverEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...SERVER_ENVIRONMENT, ...base };
}
