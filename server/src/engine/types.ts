// The engine's data model. Shared by the reading layer (one article), the comparing layer (a
// corpus of articles), the language server, the CLI and the tests. Pure data: no LSP, no VS Code.
//
// Offsets are JavaScript string (UTF-16) offsets into the document text after a leading BOM has
// been removed; `end` is exclusive. Lines and columns, where present, are 1-based.

export type LanguageCode = string; // ISO 639-1 ("da", "en", "de", ...) or "und" when unknown

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  language: LanguageCode;
}

export interface Sentence extends Span {
  /** Index of the paragraph holding this sentence. */
  paragraph: number;
  language: LanguageCode;
  /**
   * Who this sentence's content is attributed to, when the text says: a speech verb with its
   * source ("said Johnson", "udtaler ... formandskab"), or inherited from a neighbouring sentence
   * ("Det oplyser X" attributes the previous sentence to X; "Det tilføjer" continues the last source).
   */
  attribution?: { mention?: number; text: string; span: Span; inherited?: boolean };
}

export interface Token extends Span {
  text: string;
  /** Index of the sentence holding this token. */
  sentence: number;
  kind: 'word' | 'punctuation' | 'symbol' | 'whitespace';
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';
export type MentionForm = 'name' | 'acronym' | 'adjective' | 'description';

export interface Mention extends Span {
  /** The text exactly as it stands in the document (document.text.slice(start, end)). */
  text: string;
  type: EntityType;
  form: MentionForm;
  /** The name with genitive/possessive endings folded and titles stripped ("Ruslands" -> "Rusland"). */
  lemma: string;
  /** Gazetteer id when the mention matched a gazetteer entry (e.g. "Q8908" style or "gz:..."). */
  gazetteerId?: string;
  /** A role the sentence gives the entity ("generalsekretær", "Secretary-General", "President"). */
  role?: string;
  /** Index of the sentence holding the mention. */
  sentence: number;
  /**
   * A common noun for a person or group read as a participant ("Police", "Woman", "Officials"):
   * written as a name so that linking keeps it apart from descriptions, but it names nobody in
   * particular, so it never stands as the named subject or speaker of a claim.
   */
  participant?: true;
}

export type ValueKind = 'date' | 'time' | 'duration' | 'number' | 'ordinal';

export interface Value extends Span {
  text: string;
  kind: ValueKind;
  /** TIMEX3 / ISO 8601 style: "XXXX-02-24", "XXXX-WXX-2", "196X", "P25Y"; numbers as plain decimals. */
  normalized: string;
  approx: boolean;
  sentence: number;
  /** What is counted or measured, when the text says ("troops", "member states", "killed"). */
  unit?: string;
  /**
   * For relative expressions: what they count from ("anchor" = the article's date, "event" =
   * another event in the text, as in "dagen efter"/"a day after") and by how much.
   */
  relative?: { to: 'anchor' | 'event'; unit: 'day' | 'week' | 'month' | 'year'; offset: number };
}

export interface Quote extends Span {
  /** The span inside the quotation marks. */
  inner: Span;
  /** Mention index (into DocumentAnalysis.mentions) of the speaker, or a span naming the speaker. */
  speaker?: Span & { text: string; mention?: number };
  sentence: number;
}

export interface AcronymDefinition extends Span {
  /** The acronym as written ("COE"). */
  acronym: string;
  /** The expansion span it is defined for ("Council of Europe"). */
  expansion: Span & { text: string };
}

export interface FrontMatter {
  title?: string;
  outlet?: string;
  date?: string;
  language?: string;
  story?: string;
}

export interface DocumentProblem {
  /** Stable machine code: "too-short", "binary", "too-large", "encoding", ... */
  code: string;
  message: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  span?: Span;
}

/** Everything the engine reads from one article on its own. Compact: no syntax trees are kept. */
export interface DocumentAnalysis {
  path: string;
  /** The analysed text (leading BOM removed). */
  text: string;
  /** Hash of `text` + engine version; used for caching. */
  hash: string;
  language: LanguageCode;
  frontMatter: FrontMatter;
  /** Date anchor for relative values ("YYYY-MM-DD"), when front matter, a dateline or a setting gives one. */
  anchorDate?: string;
  /**
   * Set when some sentence is in another language than `language`. Absent, every sentence is in it:
   * a reader after a sentence's language need not read the sentences (the language server keeps
   * them on disk until asked, and an entity named in a thousand articles asked for all of them).
   */
  multilingual?: true;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  mentions: Mention[];
  values: Value[];
  quotes: Quote[];
  acronyms: AcronymDefinition[];
  problems: DocumentProblem[];
}

export interface ReadOptions {
  /** Force a language instead of detecting it. */
  language?: LanguageCode;
  /** Languages detection may choose from (default: all supported). */
  languages?: LanguageCode[];
  /** Anchor date for relative expressions when the article carries none ("YYYY-MM-DD"). */
  anchorDate?: string;
}

// ---------------------------------------------------------------------------------------------
// Comparing layer

/** A passage in one document, as findings and reports point at them. */
export interface Passage extends Span {
  path: string;
  text: string;
  note?: string;
}

export interface EntityMentionRef extends Span {
  path: string;
  text: string;
  form: MentionForm;
  /** Index into that document's DocumentAnalysis.mentions. */
  index: number;
}

/** One real-world entity linked across documents and languages. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  gazetteerId?: string;
  roles: string[];
  mentions: EntityMentionRef[];
}

export interface Story {
  id: string;
  label: string;
  /** Document paths, sorted. */
  documents: string[];
}

export type FindingKind = 'conflict' | 'corroboration' | 'single-source' | 'ambiguity';
export type FindingType =
  | 'precedent'
  | 'attribution'
  | 'numeric'
  | 'date'
  | 'negation'
  | 'quote'
  | 'claim'
  | 'acronym'
  | (string & {});
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  id: string;
  /** Stable across runs and unrelated edits: type + normalised claims. */
  fingerprint: string;
  kind: FindingKind;
  type: FindingType;
  severity: Severity;
  /** Stable diagnostic code, e.g. "conflict/precedent". */
  code: string;
  message: string;
  story: string;
  primary: Passage;
  related: Passage[];
}

/** A claim: what one sentence asserts, in a language-neutral form. */
export interface Claim {
  id: string;
  path: string;
  sentence: number;
  span: Span;
  text: string;
  /** Concept ids of event verbs/nouns ("leave", "expel", "announce", ...). */
  concepts: string[];
  /** Entity ids taking part (actors and objects). */
  entities: string[];
  /** Entity id the sentence attributes the statement to, when it says. */
  attributedTo?: string;
  polarity: 'positive' | 'negative';
  values: Value[];
}

/** Claims from different sources that report the same fact. */
export interface AlignedClaim {
  id: string;
  story: string;
  label: string;
  status: 'agree' | 'conflict' | 'single';
  /** One entry per source document that reports it. */
  cells: { path: string; claim: string; text: string; span: Span; status: 'agree' | 'conflict' }[];
  findings: string[];
}

/** Everything the comparing layer derives from a set of documents. */
export interface CorpusAnalysis {
  documents: DocumentAnalysis[];
  stories: Story[];
  /** Story id by document path. */
  storyOf: Map<string, string>;
  entities: Entity[];
  /** By document path, the entity id of each of its mentions (by mention index; undefined: none). */
  entityOfMention: Map<string, (string | undefined)[]>;
  claims: Claim[];
  alignments: AlignedClaim[];
  findings: Finding[];
}
