// The engine's public surface. Pure TypeScript: no LSP and no VS Code imports anywhere below here.
export * from './types';
export { readDocument } from './read/readDocument';
export { detectLanguage, SUPPORTED_LANGUAGES } from './read/language';
export { compareDocuments, type CompareOptions } from './compare/compareDocuments';
export { Corpus } from './corpus';
export { decodeArticle, looksBinary } from './input/decode';
export { LineIndex, lineColumn } from './report/positions';
export { ENGINE_VERSION, TOOL_VERSION } from './version';
