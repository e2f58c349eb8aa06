// Where each entity is mentioned, packed. A one-off comparison of 10,000 articles (the CLI, the
// compare worker) links ~270,000 mentions; one object and one text per reference was ~26 MB of
// the worker's peak, held only to be written out once. Here a reference is five 32-bit integers,
// each entity's references lie together, and the objects are made when a list is asked for. The
// server keeps a stored comparison's entities packed the same way for the whole session.
import type { DocumentAnalysis, Entity, EntityMentionRef, Mention, MentionForm } from '../types';

const FORMS: readonly MentionForm[] = ['name', 'acronym', 'adjective', 'description'];
/** Integers per reference: document, mention index, start, end, form. */
const WIDTH = 5;

/** A mention reference with its path as a document number and its text left out when it is the slice at its span. */
export type CompactMentionRef = Omit<EntityMentionRef, 'path' | 'text'> & { path: number; text: string | undefined };

const packed = new WeakMap<object, { refs: MentionRefs; list: number }>();
// One getter for every entity: a function of its own per entity would give each its own hidden class.
const readMentions: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object) {
    const { refs, list } = packed.get(this)!;
    return refs.list(list);
  },
  set(this: object, value: unknown) {
    Object.defineProperty(this, 'mentions', { value, writable: true, enumerable: true, configurable: true });
    packed.delete(this);
  },
};

/** How many mentions an entity has, without making its list. */
export function mentionCount(entity: Entity): number {
  const at = packed.get(entity);
  return at ? at.refs.count(at.list) : entity.mentions.length;
}

/** A packed entity's mention list in compact form (see MentionRefs.compactList); undefined for an ordinary entity. */
export function compactMentions(entity: Entity): CompactMentionRef[] | undefined {
  const at = packed.get(entity);
  return at?.refs.compactList(at.list);
}

export class MentionRefs {
  private readonly data: Int32Array;
  /** Where each list begins, then where the next one would: list i is [offsets[i], offsets[i + 1]). */
  private readonly offsets: Int32Array;
  private readonly filled: Int32Array;
  /** Texts that are not the slice of their document at the mention's span (rare). */
  private readonly texts = new Map<number, string>();

  /** `sizes[i]`: how many references list i will receive. */
  constructor(
    private readonly docs: readonly Pick<DocumentAnalysis, 'path' | 'text'>[],
    sizes: readonly number[],
  ) {
    this.offsets = new Int32Array(sizes.length + 1);
    sizes.forEach((n, i) => (this.offsets[i + 1] = this.offsets[i] + n));
    this.filled = this.offsets.slice(0, sizes.length);
    this.data = new Int32Array(WIDTH * this.offsets[sizes.length]);
  }

  /**
   * Lists as a stored result keeps them (compactList), packed again: the server holds the entities of
   * a stored comparison this way, ~5 MB instead of ~35 MB of objects and texts at 10,000 articles.
   */
  static fromCompact(docs: readonly Pick<DocumentAnalysis, 'path' | 'text'>[], lists: readonly (readonly CompactMentionRef[])[]): MentionRefs {
    const refs = new MentionRefs(docs, lists.map((l) => l.length));
    lists.forEach((l, list) => {
      for (const m of l) refs.put(list, m.path, m.index, m, m.text);
    });
    return refs;
  }

  add(list: number, doc: number, index: number, m: Pick<Mention, 'start' | 'end' | 'text' | 'form'>): void {
    this.put(list, doc, index, m, m.text);
  }

  /** `text` undefined: the slice of the document at the span. */
  private put(list: number, doc: number, index: number, m: Pick<Mention, 'start' | 'end' | 'form'>, text: string | undefined): void {
    const ref = this.filled[list]++;
    if (ref >= this.offsets[list + 1]) throw new RangeError(`mention list ${list} is full`);
    const at = WIDTH * ref;
    this.data[at] = doc;
    this.data[at + 1] = index;
    this.data[at + 2] = m.start;
    this.data[at + 3] = m.end;
    this.data[at + 4] = FORMS.indexOf(m.form);
    if (text !== undefined && this.docs[doc].text.slice(m.start, m.end) !== text) this.texts.set(ref, text);
  }

  /** How many references list `list` holds. */
  count(list: number): number {
    return this.filled[list] - this.offsets[list];
  }

  /** Calls `visit` with the document and mention index of each reference of list `list`, in order. */
  forEach(list: number, visit: (doc: number, index: number) => void): void {
    for (let ref = this.offsets[list]; ref < this.filled[list]; ref++) visit(this.data[WIDTH * ref], this.data[WIDTH * ref + 1]);
  }

  /** The entity with `mentions` list `list`, made when read (an own enumerable property still). */
  entity(fields: Omit<Entity, 'mentions'>, list: number): Entity {
    const entity = Object.defineProperty(fields, 'mentions', readMentions) as Entity;
    packed.set(entity, { refs: this, list });
    return entity;
  }

  /** The text of list `list`'s first reference. */
  firstText(list: number): string {
    return this.textOf(this.offsets[list]);
  }

  /** List `list` as objects, made anew on each call. A text is a slice of the article's own (a view into it, not a copy). */
  list(list: number): EntityMentionRef[] {
    const refs: EntityMentionRef[] = [];
    for (let ref = this.offsets[list]; ref < this.filled[list]; ref++) {
      const at = WIDTH * ref;
      const start = this.data[at + 2];
      const end = this.data[at + 3];
      refs.push({ path: this.docs[this.data[at]].path, start, end, text: this.textOf(ref), form: FORMS[this.data[at + 4]], index: this.data[at + 1] });
    }
    return refs;
  }

  /**
   * List `list` as a stored result keeps it: each path as its document's number (in the order the
   * documents were given), and the text only where it is not the slice of the document at its span.
   * No article's text is read for it.
   */
  compactList(list: number): CompactMentionRef[] {
    const refs: CompactMentionRef[] = [];
    for (let ref = this.offsets[list]; ref < this.filled[list]; ref++) {
      const at = WIDTH * ref;
      refs.push({ path: this.data[at], start: this.data[at + 2], end: this.data[at + 3], text: this.texts.get(ref), form: FORMS[this.data[at + 4]], index: this.data[at + 1] });
    }
    return refs;
  }

  private textOf(ref: number): string {
    const at = WIDTH * ref;
    return this.texts.get(ref) ?? this.docs[this.data[at]].text.slice(this.data[at + 2], this.data[at + 3]);
  }
}
