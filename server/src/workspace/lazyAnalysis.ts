// Analyses taken from the analysis cache (analysisCache.ts) keep their bulky parts — paragraphs,
// sentences, mentions, values, quotes, acronyms — in the cache file, and parse them when first
// read. At 10,000 articles those parts were ~110 MB of the server's heap for the whole session,
// while requests and diagnostics need them for a few articles at a time (the open ones, a hover's
// sources, an edited story). The parts are own enumerable properties read through getters, so a
// lazy analysis is an ordinary DocumentAnalysis to the engine, to JSON and to structured clone.
// Its text is read from the same file when asked (~27 MB of the server's heap at 10,000 articles
// otherwise); the last KEPT texts stay decoded.
import type { DocumentAnalysis } from '../engine/types';
import { HeldFile } from './heldFile';

export const BULKY_FIELDS = ['paragraphs', 'sentences', 'mentions', 'values', 'quotes', 'acronyms'] as const;
type BulkyField = (typeof BULKY_FIELDS)[number];
export type Bulky = Pick<DocumentAnalysis, BulkyField>;
/** What an analysis keeps in memory: everything but its bulky parts. */
export type Light = Omit<DocumentAnalysis, BulkyField>;

/** A cache file the bulky parts are read from, open until no analysis needs it. */
export class BulkySource {
  /** `owned`: closed once unreachable. A worker thread borrows the server's descriptor (threads share them) and must not close it. */
  constructor(
    readonly file: HeldFile,
    owned = true,
  ) {
    if (owned) closeWhenUnreachable.register(this, file);
  }

  /** The JSON text at a place in the file. */
  text(offset: number, length: number): string {
    return this.file.text(offset, length);
  }
}

const closeWhenUnreachable = new FinalizationRegistry<HeldFile>((file) => file.close());

/** Where an analysis's bulky parts' JSON and its text's JSON string are in the source's file. */
export interface Place {
  source: BulkySource;
  offset: number;
  length: number;
  textOffset: number;
  textLength: number;
}

const places = new WeakMap<object, Place>();
/** Lazy analyses whose bulky parts or text could not be read (given as empty): never to be saved as if they were the article's. */
const unreadable = new WeakSet<object>();
/** Lazy analyses given other bulky parts or another text: what is stored is no longer theirs. */
const replaced = new WeakSet<object>();

export function isUnreadable(doc: DocumentAnalysis): boolean {
  return unreadable.has(doc);
}

/**
 * Parsed bulky parts, first in first out. Large enough for the largest story a comparison works on
 * at once: within one story's comparison an article's parts are then the same objects throughout.
 */
const KEPT = 1024;
const parsed = new Map<object, Bulky>();

function bulkyOf(doc: object): Bulky {
  let bulky = parsed.get(doc);
  if (bulky) return bulky;
  const place = places.get(doc)!;
  try {
    bulky = JSON.parse(place.source.text(place.offset, place.length)) as Bulky;
  } catch (e) {
    // The file was cut or changed under us: an empty analysis, never a crash in a request.
    bulky = { paragraphs: [], sentences: [], mentions: [], values: [], quotes: [], acronyms: [] };
    unreadable.add(doc);
    console.error(`[newslens] analysis cache: ${(e as Error).message}`);
  }
  if (parsed.size >= KEPT) parsed.delete(parsed.keys().next().value!);
  parsed.set(doc, bulky);
  return bulky;
}

// Shared by every lazy analysis: a getter per field reads it through `this`. A write makes the
// analysis an ordinary one (nothing in the engine writes these today, but an assignment must stick).
const descriptors: PropertyDescriptorMap = Object.fromEntries(
  BULKY_FIELDS.map((field) => [
    field,
    {
      enumerable: true,
      configurable: true,
      get(this: object) {
        return bulkyOf(this)[field];
      },
      set(this: object, value: unknown) {
        const bulky = bulkyOf(this);
        for (const f of BULKY_FIELDS) Object.defineProperty(this, f, { value: f === field ? value : bulky[f], writable: true, enumerable: true, configurable: true });
        replaced.add(this);
      },
    },
  ]),
);

/** Decoded texts, first in first out, as the bulky parts are kept (KEPT: a story's articles read once in its comparison). */
const texts = new Map<object, string>();

function textOf(doc: object): string {
  let text = texts.get(doc);
  if (text !== undefined) return text;
  const place = places.get(doc)!;
  try {
    text = JSON.parse(place.source.text(place.textOffset, place.textLength)) as string;
    if (typeof text !== 'string') throw new Error('a text that is not a string');
  } catch (e) {
    // Cut or changed under us, as for the bulky parts: an empty text (its analysis is then unreadable too).
    text = '';
    unreadable.add(doc);
    console.error(`[newslens] analysis cache: ${(e as Error).message}`);
  }
  if (texts.size >= KEPT) texts.delete(texts.keys().next().value!);
  texts.set(doc, text);
  return text;
}

// One getter for all of them, as for the bulky parts: a function of its own per analysis would give
// each its own hidden class, and V8 keeps 10,000 of those as slow dictionaries.
const readText: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object) {
    return textOf(this);
  },
  set(this: object, value: unknown) {
    Object.defineProperty(this, 'text', { value, writable: true, enumerable: true, configurable: true });
    texts.delete(this);
    replaced.add(this);
  },
};

/** An analysis whose text and bulky parts are read from `place` in its source's file when asked. */
export function lazyAnalysis(light: Omit<Light, 'text'>, place: Place): DocumentAnalysis {
  const doc = Object.defineProperties({ ...light }, { text: readText, ...descriptors }) as DocumentAnalysis;
  places.set(doc, place);
  return doc;
}

/**
 * A lazy analysis as a worker message carries it: the light part and where its text and bulky parts
 * are. The comparison worker reads them itself through the same descriptor; a message with every
 * analysis's parts would parse them all on the server's thread and copy them (hundreds of MB at
 * 10,000), and the texts were ~27 MB more of the message, then of the worker's heap.
 */
export interface LazyReference {
  lazy: Omit<Light, 'text'>;
  fd: number;
  offset: number;
  length: number;
  textOffset: number;
  textLength: number;
}

/** Where a lazy analysis's parts are as stored; undefined for an ordinary one, and for one whose stored parts are no longer its own. */
function storedPlace(doc: DocumentAnalysis): Place | undefined {
  return replaced.has(doc) ? undefined : places.get(doc);
}

/** The reference for a lazy analysis (undefined for an ordinary one: it goes whole). */
export function lazyReference(doc: DocumentAnalysis): LazyReference | undefined {
  const place = storedPlace(doc);
  const fd = place?.source.file.fd;
  // Held in memory (Windows): no descriptor to share, the analysis goes whole.
  if (!place || fd === undefined) return undefined;
  const light: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) if (key !== 'text' && !(BULKY_FIELDS as readonly string[]).includes(key)) light[key] = (doc as unknown as Record<string, unknown>)[key];
  const { offset, length, textOffset, textLength } = place;
  return { lazy: light as unknown as Omit<Light, 'text'>, fd, offset, length, textOffset, textLength };
}

const borrowed = new Map<number, BulkySource>();

/** In a worker: the analysis a reference stands for, read through the server's descriptor. Valid while the server's request is. */
export function fromReference(ref: LazyReference): DocumentAnalysis {
  let source = borrowed.get(ref.fd);
  if (!source) borrowed.set(ref.fd, (source = new BulkySource(HeldFile.borrow(ref.fd), false)));
  return lazyAnalysis(ref.lazy, { source, offset: ref.offset, length: ref.length, textOffset: ref.textOffset, textLength: ref.textLength });
}

/**
 * The bulky parts' JSON and the text's JSON string as stored, when `doc` is a lazy analysis none of
 * whose parts was replaced: a cache save copies them instead of parsing and writing them again.
 */
export function storedParts(doc: DocumentAnalysis): { bulky: string; text: string } | undefined {
  const place = storedPlace(doc);
  if (!place) return undefined;
  try {
    return { bulky: place.source.text(place.offset, place.length), text: place.source.text(place.textOffset, place.textLength) };
  } catch {
    return undefined;
  }
}

/** Splits an analysis into what is kept in memory and its bulky parts. */
export function splitAnalysis(doc: DocumentAnalysis): { light: Omit<Light, 'text'>; bulky: Bulky } {
  const { text: _text, paragraphs, sentences, mentions, values, quotes, acronyms, ...light } = doc;
  return { light, bulky: { paragraphs, sentences, mentions, values, quotes, acronyms } };
}
