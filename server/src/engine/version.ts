// Bumped whenever analysis output changes, so persisted caches are not trusted across versions.
export const ENGINE_VERSION = 'engine-0.1.0';
export const TOOL_VERSION = '0.1.0';
