// The claims, alignments and findings of a stored comparison stay in its file (corpusResultCache.ts)
// and are read story by story when a request or a diagnostic needs them. At 10,000 articles they
// were ~180 MB of the server's heap for the whole session, while an editor shows a few stories.
import * as v8 from 'node:v8';
import type { AlignedClaim, Claim, Finding } from '../engine/types';
import type { StoryPart } from '../engine/compare/compareDocuments';
import type { HeldFile } from './heldFile';
import { TextSharer, type Documents } from './shareTexts';


/** Where a story's record lies in the file: [offset from the first story record, length]. */
export type StoryIndex = ReadonlyMap<string, readonly [number, number]>;

/** Stories kept parsed after a read (the open articles' stories and a few more). */
const KEPT_STORIES = 48;

export class StoryShelf {
  private readonly kept = new Map<string, StoryPart>();

  /**
   * `file` is the stored comparison as it was when its head was read: a later comparison renames a
   * new file into its place, and this shelf must go on reading the one it indexed.
   */
  constructor(
    private file: HeldFile | undefined,
    private readonly base: number,
    private readonly index: StoryIndex,
    private readonly paths: readonly string[],
    private readonly documents: Documents,
  ) {}

  has(story: string): boolean {
    return this.index.has(story);
  }

  get stories(): IterableIterator<string> {
    return this.index.keys();
  }

  /** A story's parts; undefined when it has none stored, or when the file can no longer be read. */
  read(story: string): StoryPart | undefined {
    const kept = this.kept.get(story);
    if (kept) {
      // Most recently used last: the first key is the one to let go.
      this.kept.delete(story);
      this.kept.set(story, kept);
      return kept;
    }
    const at = this.index.get(story);
    if (!at || !this.file) return undefined;
    let parts: StoryPart;
    try {
      const bytes = this.file.read(this.base + at[0], at[1]);
      const [field, [id, claims, alignments, findings]] = v8.deserialize(bytes) as ['story', [string, Claim[], AlignedClaim[], Finding[]]];
      if (field !== 'story' || id !== story) return undefined;
      // A sharer per read: its string table would otherwise grow with every claim id ever read.
      parts = new TextSharer(this.paths, this.documents).apply({ claims, alignments, findings });
    } catch {
      return undefined;
    }
    if (this.kept.size >= KEPT_STORIES) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(story, parts);
    return parts;
  }

  close(): void {
    this.file?.close();
    this.file = undefined;
    this.kept.clear();
  }
}
