// Claims: what each sentence asserts, language-neutral. Who (entity keys), did what (event
// concepts), how many / when (values), which occurrence ("first time ever", "second time"), who
// said it (attribution) and with which polarity.
import type { DocumentAnalysis, Mention, Value } from '../types';
import { sentenceFacts, type ConceptHit, type SentenceFacts } from './sentenceFacts';
import type { MentionKey } from './linkKeys';
import { NOT_NEGATIONS } from '../lexicon/claimMarkers';
import type { ConceptLanguage } from '../lexicon/eventConcepts';

export interface Speaker {
  key: string;
  mention: number;
  /** Named by a description or an anaphor ("ministeriet"), not by its name. */
  anaphoric: boolean;
  /** The sentence inherits the attribution from a neighbour ("Det tilføjer ..."). */
  inherited: boolean;
}

/** A claim with everything the comparison needs; entity references are link keys. */
export interface ClaimInfo {
  /** Unique within the run: set when the story's claims are numbered. */
  id: string;
  doc: DocumentAnalysis;
  facts: SentenceFacts;
  /** Event concepts that are not speech ("leave", "expel", "kill"). */
  events: ConceptHit[];
  /** Events of the previous sentence when this one only refers back to it ("Det skete ..."); for alignment. */
  contextEvents: ConceptHit[];
  /** Link keys of the entities taking part (the speaker excluded). */
  entities: Set<string>;
  /** Link keys of entities named only by an adjective ("Russian officials"): weak evidence. */
  adjectives: Set<string>;
  speaker?: Speaker;
  /** For "Det oplyser X." / "It added.": the sentence whose content X is credited with. */
  contentFrom?: number;
  polarity: 'positive' | 'negative';
  values: Value[];
}

const SPEAKER_WINDOW = 6;

export function extractClaims(doc: DocumentAnalysis, keys: MentionKey[], resolve: (key: string) => string): ClaimInfo[] {
  const facts = sentenceFacts(doc);
  const claims: ClaimInfo[] = [];
  for (const f of facts) {
    const events = f.concepts.filter((c) => c.concept.family !== 'speech').map((c) => (c.negated && onlyFalseNegations(f, c) ? { ...c, negated: false } : c));
    const attribution = doc.sentences[f.index].attribution;
    const speaker = attribution?.mention !== undefined && doc.mentions[attribution.mention]
      ? { key: resolve(keys[attribution.mention].key), mention: attribution.mention, anaphoric: keys[attribution.mention].anaphoric, inherited: !!attribution.inherited }
      : findSpeaker(doc, f, keys, resolve);
    const entities = new Set<string>();
    const adjectives = new Set<string>();
    const speakerMention = speaker ? doc.mentions[speaker.mention] : undefined;
    f.mentions.forEach((mi) => {
      const m = doc.mentions[mi];
      // The speaker and the words inside its name ("tyske" in "det tyske udenrigsministerium").
      if (speakerMention && m.start >= speakerMention.start && m.end <= speakerMention.end) return;
      if (m.form === 'adjective') adjectives.add(resolve(keys[mi].key));
      else entities.add(resolve(keys[mi].key));
    });
    if (!events.length && !entities.size && !adjectives.size && !f.values.length && !speaker) continue;
    const main = events[0];
    const previous = claims.length ? claims[claims.length - 1] : undefined;
    // "Det oplyser det tyske udenrigsministerium." credits the previous sentence's content.
    const prevAttribution = f.index > 0 ? doc.sentences[f.index - 1].attribution : undefined;
    const creditsPrevious = speaker && !speaker.inherited && prevAttribution?.inherited && prevAttribution.mention === speaker.mention;
    const contentFrom = speaker && previous && previous.facts.index === f.index - 1 && (creditsPrevious || (f.pronounStart && !events.length && entities.size === 0)) ? f.index - 1 : undefined;
    // "Det skete, dagen efter ...", "It happened ...": the event is the previous sentence's.
    const contextEvents = !events.length && f.pronounStart && previous && previous.facts.index === f.index - 1 ? previous.events : [];
    claims.push({ id: '', doc, facts: f, events, contextEvents, entities, adjectives, speaker, contentFrom, polarity: main?.negated ? 'negative' : 'positive', values: f.values });
  }
  return claims;
}

/** The entity a sentence attributes its statement to: the agent of its first speech word. */
function findSpeaker(doc: DocumentAnalysis, f: SentenceFacts, keys: MentionKey[], resolve: (key: string) => string): Speaker | undefined {
  const speech = f.concepts.filter((c) => c.concept.family === 'speech').sort((a, b) => a.first - b.first);
  for (const hit of speech) {
    const before: number[] = [];
    const after: number[] = [];
    f.mentions.forEach((mi, k) => {
      const m = doc.mentions[mi];
      if (!canSpeak(m)) return;
      const [first, last] = f.mentionWords[k];
      if (last < hit.first && hit.first - last <= SPEAKER_WINDOW && !f.words.slice(last + 1, hit.first + 1).some((w) => w.breakBefore)) before.push(k);
      if (first > hit.last && first - hit.last <= SPEAKER_WINDOW && !f.words.slice(hit.last + 1, first + 1).some((w) => w.breakBefore)) after.push(k);
    });
    // Subject before the verb when there is one ("X said", "X oplyser"); otherwise the inverted
    // agent after it ("said X", "Det oplyser X", "according to X", "posted by X").
    const pick = choose(before.length ? before.reverse() : after, doc, f);
    if (pick !== undefined) {
      const mi = f.mentions[pick];
      return { key: resolve(keys[mi].key), mention: mi, anaphoric: keys[mi].anaphoric, inherited: false };
    }
  }
  return undefined;
}

/** Nearest first; a person or organisation before a place ("Russia's Ministry of Foreign Affairs"). */
function choose(candidates: number[], doc: DocumentAnalysis, f: SentenceFacts): number | undefined {
  const specific = candidates.find((k) => doc.mentions[f.mentions[k]].type !== 'place');
  return specific ?? candidates[0];
}

function canSpeak(m: Mention): boolean {
  return m.form !== 'adjective' && (m.type === 'person' || m.type === 'organization' || m.type === 'place');
}

/**
 * Every negation word near the event opens a phrase that denies nothing ("not only", "ikke
 * langt fra"): "killed not far from the school" reports the killing.
 */
function onlyFalseNegations(f: SentenceFacts, c: ConceptHit): boolean {
  const phrases = (NOT_NEGATIONS[f.language as ConceptLanguage] ?? NOT_NEGATIONS.en ?? []).map((p) => p.split(' '));
  // The same neighbourhood sentenceFacts binds negation in: two words before the event, or right after it.
  const near = f.markers.filter((m) => m.marker === 'negation' && ((m.last < c.first && c.first - m.last <= 2) || m.first === c.last + 1));
  return near.length > 0 && near.every((m) => phrases.some((p) => p.every((w, k) => f.words[m.first + k]?.norm === w)));
}
