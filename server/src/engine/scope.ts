// Which files are articles. The CLI contract and the language server share these rules so that a
// code repository's README is never annotated.

const ARTICLE_EXTENSIONS = ['.txt', '.md', '.news'];
const NEVER_ARTICLES = /^(readme|changelog|license|licence|contributing)([.\-_].*)?$/i;
const SKIPPED_FOLDERS = new Set(['node_modules']);

export function hasArticleExtension(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** README*, CHANGELOG*, LICENSE*, CONTRIBUTING* are never articles. */
export function isExcludedName(fileName: string): boolean {
  return NEVER_ARTICLES.test(fileName);
}

/** Folders a walk never enters: dot-folders and node_modules. */
export function isSkippedFolder(folderName: string): boolean {
  return folderName.startsWith('.') || SKIPPED_FOLDERS.has(folderName);
}

export function isMarkdown(fileName: string): boolean {
  return fileName.toLowerCase().endsWith('.md');
}
