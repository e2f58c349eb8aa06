// Function words that change what a sentence claims: negation, "first time ever" and "N-th time"
// phrases, precedent cues, conditionals, update cues ("later rose to") and number bounds ("more
// than"). Sources: closed-class word lists of standard grammars (Grammatik over det Danske Sprog,
// Duden Grammatik, Svenska Akademiens grammatik, ANS for Dutch, the RAE Nueva gramática, Grevisse)
// and the TimeML/FactBank annotation guidelines for factuality cues. Patterns use the syntax of
// eventConcepts.ts ("stem*", multi-word sequences). See README.md in this folder.
import type { ConceptLanguage } from './eventConcepts';

type PerLanguage = Partial<Record<ConceptLanguage, string[]>>;

/** Negation words; they negate an event word standing within a few tokens. */
export const NEGATIONS: PerLanguage = {
  en: ['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot', "won't", "didn't", "doesn't", "don't", "isn't", "wasn't", "haven't", "hasn't", "hadn't", "aren't", "weren't", "wouldn't", "couldn't", "shouldn't"],
  da: ['ikke', 'aldrig', 'ingen', 'intet', 'hverken'],
  no: ['ikke', 'aldri', 'ingen', 'intet', 'verken'],
  de: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keines', 'nie', 'niemals'],
  sv: ['inte', 'ej', 'aldrig', 'ingen', 'inget', 'inga'],
  nl: ['niet', 'geen', 'nooit'],
  es: ['no', 'nunca', 'jamás', 'ni'],
  fr: ['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune'],
};

/**
 * Phrases that open with a negation word but deny nothing: focus additives ("not only", "nicht
 * nur", "ikke blot") and nearness ("not far from", "ikke langt fra"). Exact token sequences,
 * starting with the negation word. Source: the focus-particle and litotes sections of the same
 * grammars (Grammatik over det Danske Sprog, Duden Grammatik, Svenska Akademiens grammatik, RAE).
 */
export const NOT_NEGATIONS: PerLanguage = {
  en: ['not only', 'not just', 'not merely', 'not least', 'not far from', 'not far away', 'not far off'],
  da: ['ikke kun', 'ikke blot', 'ikke bare', 'ikke alene', 'ikke mindst', 'ikke langt fra', 'ikke langt væk'],
  no: ['ikke bare', 'ikke kun', 'ikke blot', 'ikke alene', 'ikke minst', 'ikke langt fra', 'ikke langt unna'],
  de: ['nicht nur', 'nicht bloß', 'nicht allein', 'nicht zuletzt', 'nicht weit von', 'nicht weit entfernt', 'nicht weit vom'],
  sv: ['inte bara', 'inte endast', 'inte enbart', 'inte minst', 'inte långt från', 'inte långt ifrån'],
  nl: ['niet alleen', 'niet enkel', 'niet ver van'],
  es: ['no solo', 'no sólo', 'no solamente', 'no únicamente', 'no lejos de', 'no muy lejos de'],
  fr: ['pas seulement', 'pas loin de'],
};

/**
 * Prepositions that make the event word after them the complement of another word ("not affected
 * by the strike", "berörs inte av strejken", "nicht vom Streik betroffen"): a negation before the
 * preposition denies that other word, not the event. Agent, source, cause, topic, time and
 * opposition prepositions only: locative ones form states a negation does deny ("not on strike",
 * "ikke i strejke"), and infinitive markers ("not to strike", "zu", "te", "à") and the French
 * negative article ("pas de grève") are left out. Source: the preposition inventories of the
 * grammars named above.
 */
export const DETACHING_PREPOSITIONS: PerLanguage = {
  en: ['by', 'of', 'from', 'about', 'with', 'after', 'before', 'during', 'over', 'against', 'without', 'despite', 'since'],
  da: ['af', 'fra', 'om', 'med', 'efter', 'før', 'under', 'over', 'mod', 'uden', 'trods', 'siden'],
  no: ['av', 'fra', 'om', 'med', 'etter', 'før', 'under', 'over', 'mot', 'uten', 'tross', 'siden'],
  de: ['von', 'vom', 'durch', 'mit', 'aus', 'nach', 'vor', 'während', 'über', 'gegen', 'wegen', 'trotz', 'seit', 'ohne'],
  sv: ['av', 'från', 'om', 'med', 'efter', 'före', 'under', 'över', 'mot', 'utan', 'trots', 'sedan'],
  nl: ['door', 'van', 'met', 'uit', 'na', 'tijdens', 'over', 'tegen', 'wegens', 'sinds', 'zonder'],
  es: ['por', 'con', 'desde', 'tras', 'durante', 'sobre', 'contra', 'sin'],
  fr: ['par', 'avec', 'depuis', 'après', 'pendant', 'contre', 'sans', 'malgré'],
};

/** Articles and possessives that may stand between such a preposition and its noun ("by the strike", "vom" needs none). */
export const DETERMINERS: PerLanguage = {
  en: ['the', 'a', 'an', 'its', 'their', 'this', 'that'],
  da: ['den', 'det', 'de', 'en', 'et', 'sin', 'sit', 'deres'],
  no: ['den', 'det', 'de', 'en', 'et', 'ei', 'sin', 'sitt', 'deres'],
  de: ['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines'],
  sv: ['den', 'det', 'de', 'en', 'ett', 'sin', 'sitt', 'deras'],
  nl: ['de', 'het', 'een', 'zijn', 'haar', 'hun'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus'],
  fr: ['le', 'la', 'les', "l'", 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs'],
};

/**
 * Words between two figures that make the first a part of the second ("14 of the 35 seats", "16
 * des 35 sièges", "14 van de 35 zetels"): the part and the total are different quantities of one
 * measure. Exact token sequences. Source: the partitive constructions of the grammars named above.
 */
export const PARTITIVES: PerLanguage = {
  en: ['of', 'of the', 'out of', 'out of the'],
  da: ['af', 'af de'],
  no: ['av', 'av de'],
  sv: ['av', 'av de'],
  de: ['von', 'von den', 'der'],
  nl: ['van', 'van de'],
  es: ['de', 'de los', 'de las'],
  fr: ['de', 'des', 'sur', 'sur les'],
};

/** Phrases saying an event happens for the first time ever. */
export const FIRST_EVER: PerLanguage = {
  // "the first strike in the 60-year history of", "den første strejke i hospitalets historie": up to
  // two words may stand between the parts of a pattern.
  en: ['first time ever', 'for the first time', 'first ever', 'first-ever', 'never before', 'the first time', 'first in history'],
  da: ['første gang* nogensinde', 'for første gang', 'første gang', 'aldrig før', 'aldrig tidligere', 'første i historie'],
  no: ['første gang* noensinne', 'for første gang', 'første gang', 'aldri før', 'første i historie*'],
  de: ['zum ersten mal', 'erstmals', 'erste mal', 'noch nie', 'erste in geschichte', 'ersten in geschichte'],
  sv: ['första gången', 'för första gången', 'aldrig tidigare', 'aldrig förr', 'första i historia'],
  nl: ['voor het eerst', 'eerste keer', 'nog nooit', 'eerste in geschiedenis'],
  es: ['por primera vez', 'primera vez', 'nunca antes', 'primera en historia', 'primer en historia'],
  fr: ['pour la première fois', 'première fois', 'jamais auparavant', "première de l'histoire", "premier de l'histoire"],
};

/** Nouns that turn an ordinal into an occurrence count ("second time", "anden gang", "zweite Mal"). */
export const OCCURRENCE_NOUNS: PerLanguage = {
  en: ['time'], da: ['gang', 'gange'], no: ['gang', 'gangen'], de: ['mal'], sv: ['gången', 'gång'],
  nl: ['keer', 'maal'], es: ['vez'], fr: ['fois'],
};

/** Ordinals from "second" up: an event that happened before. Numeric ordinals ("2nd") are read too. */
export const REPEAT_ORDINALS: Partial<Record<ConceptLanguage, Record<string, number>>> = {
  en: { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 },
  da: { anden: 2, andet: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6 },
  no: { andre: 2, tredje: 3, fjerde: 4, femte: 5 },
  de: { zweite: 2, zweiten: 2, dritte: 3, dritten: 3, vierte: 4, vierten: 4 },
  sv: { andra: 2, tredje: 3, fjärde: 4, femte: 5 },
  nl: { tweede: 2, derde: 3, vierde: 4, vijfde: 5 },
  es: { segunda: 2, tercera: 3, cuarta: 4, quinta: 5 },
  fr: { deuxième: 2, seconde: 2, troisième: 3, quatrième: 4 },
};

/** Cues that a passage cites an earlier instance ("the first being", "most recently", "previously"). */
export const PRECEDENT_CUES: PerLanguage = {
  en: ['the first being', 'previously', 'the last time', 'last time', 'earlier case', 'before that', 'most recently', 'the only other'],
  da: ['senest', 'sidste gang', 'tidligere', 'forrige gang', 'den første var'],
  no: ['sist', 'siste gang', 'tidligere', 'forrige gang'],
  de: ['zuletzt', 'letzte mal', 'zuvor', 'bisher', 'vorher'],
  sv: ['senast', 'förra gången', 'tidigare'],
  nl: ['laatste keer', 'eerder', 'vorige keer', 'voorheen'],
  es: ['anteriormente', 'la última vez', 'antes'],
  fr: ['auparavant', 'la dernière fois', 'précédemment'],
};

/** Conditional or hypothetical markers: a clause under them is not an asserted fact. */
export const CONDITIONALS: PerLanguage = {
  en: ['if', 'unless', 'could', 'might', 'would', 'may'],
  da: ['hvis', 'medmindre', 'kunne', 'ville', 'måske'],
  no: ['hvis', 'dersom', 'kunne', 'ville', 'kanskje'],
  de: ['wenn', 'falls', 'könnte', 'würde', 'vielleicht'],
  sv: ['om', 'såvida', 'kunde', 'skulle', 'kanske'],
  nl: ['als', 'indien', 'tenzij', 'zou', 'kon', 'misschien'],
  es: ['si', 'salvo', 'podría', 'quizás'],
  fr: ['si', 'sauf', 'pourrait', 'peut-être'],
};

/** Cues that a figure updates an earlier one ("later rose to", "has since risen"): not a conflict. */
export const UPDATE_CUES: PerLanguage = {
  // The superseded figure's side too ("originally reported", "zunächst"): either side of an update is not the figure of record.
  en: ['later', 'rose to', 'risen to', 'has risen', 'climbed to', 'has climbed', 'since risen', 'increased to', 'updated', 'revised', 'now stands', 'so far', 'at least by', 'originally reported', 'originally said', 'initially', 'first reported', 'earlier reported', 'reported earlier'],
  da: ['senere', 'steget til', 'steg til', 'er steget', 'nu oppe på', 'opjusteret', 'foreløbig', 'indtil videre', 'oprindeligt', 'oprindelig', 'først meldt', 'først oplyst', 'i første omgang'],
  no: ['senere', 'steget til', 'steg til', 'foreløpig', 'opprinnelig', 'først meldt', 'i første omgang'],
  de: ['später', 'gestiegen', 'stieg auf', 'inzwischen', 'bislang', 'bisher', 'zunächst', 'ursprünglich', 'anfangs', 'zuerst gemeldet'],
  sv: ['senare', 'stigit till', 'steg till', 'hittills', 'ursprungligen', 'inledningsvis', 'först rapporterat'],
  nl: ['later', 'gestegen', 'steeg naar', 'inmiddels', 'tot nu toe', 'aanvankelijk', 'oorspronkelijk'],
  es: ['más tarde', 'aumentó a', 'ascendió a', 'hasta ahora', 'inicialmente', 'originalmente', 'en un principio'],
  fr: ['plus tard', 'passé à', "jusqu'à présent", 'désormais', 'initialement', 'dans un premier temps'],
};

/** A number after these is a lower bound ("more than 40" agrees with 43). */
export const LOWER_BOUNDS: PerLanguage = {
  en: ['more than', 'over', 'at least', 'upwards of', 'in excess of', 'above'],
  da: ['mere end', 'flere end', 'over', 'mindst', 'godt', 'op mod', 'lidt over'],
  no: ['mer enn', 'flere enn', 'over', 'minst'],
  de: ['mehr als', 'über', 'mindestens', 'gut'],
  sv: ['mer än', 'fler än', 'över', 'minst'],
  nl: ['meer dan', 'ruim', 'minstens', 'ten minste', 'boven'],
  es: ['más de', 'al menos', 'por lo menos'],
  fr: ['plus de', 'au moins'],
};

/** A number after these is an upper bound ("nearly 50" agrees with 48). */
export const UPPER_BOUNDS: PerLanguage = {
  en: ['nearly', 'almost', 'under', 'less than', 'fewer than', 'up to', 'just under', 'at most'],
  da: ['næsten', 'knap', 'under', 'mindre end', 'færre end', 'op til', 'højst'],
  no: ['nesten', 'knapt', 'under', 'mindre enn', 'færre enn', 'opptil'],
  de: ['fast', 'knapp', 'unter', 'weniger als', 'bis zu', 'höchstens'],
  sv: ['nästan', 'knappt', 'under', 'mindre än', 'färre än', 'upp till'],
  nl: ['bijna', 'nagenoeg', 'minder dan', 'tot', 'hooguit'],
  es: ['casi', 'menos de', 'hasta'],
  fr: ['presque', 'près de', 'moins de', "jusqu'à"],
};

/**
 * "the next meeting", "næste møde", "die nächste Sitzung": the one upcoming occasion of a
 * scheduled event. Sources give one date for it, so two different dates contradict each other.
 */
export const NEXT_OCCASION: PerLanguage = {
  en: ['next', 'upcoming'],
  da: ['næste', 'kommende'],
  no: ['neste', 'kommende'],
  de: ['nächste', 'nächsten', 'nächster', 'kommende', 'kommenden'],
  sv: ['nästa', 'kommande'],
  nl: ['volgende', 'komende'],
  es: ['próxima', 'próximo', 'próximas', 'próximos'],
  fr: ['prochaine', 'prochain', 'prochaines', 'prochains'],
};
