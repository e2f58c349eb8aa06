// General news vocabulary used by the reader, per language. Curated by hand from standard
// dictionaries and press style guides (AP Stylebook titles, Retskrivningsordbogen abbreviations);
// none of it is specific to any article. All entries lowercase unless noted.
import type { DataLanguage } from './entryTypes';

type PerLanguage = Partial<Record<DataLanguage, string[]>>;

/** Abbreviations whose final period does not end a sentence (without the final period). */
export const ABBREVIATIONS: PerLanguage = {
  da: ['kl', 'hr', 'fr', 'ca', 'f.eks', 'bl.a', 'mv', 'osv', 'm.m', 'dvs', 'jf', 'evt', 'nr', 'pct', 'mio', 'mia', 'mht', 'iflg', 'inkl', 'ekskl', 'ds', 'st', 'gl', 'prof', 'dr', 'tlf', 'kr', 'vedr', 'ang', 'pga', 'p.g.a', 'o.l', 'm.fl', 'f.t', 'h.c', 'sdr', 'nr', 'ndr', 'lign', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn'],
  en: ['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'st', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'dept', 'mt', 'ft', 'pres', 'rev', 'hon', 'adm', 'maj', 'cmdr'],
  de: ['z.b', 'bzw', 'ca', 'usw', 'dr', 'prof', 'nr', 'hr', 'fr', 'u.a', 'd.h', 'vgl', 'st', 'mio', 'mrd'],
  sv: ['t.ex', 'bl.a', 'ca', 'osv', 'dr', 'nr', 'kl', 'mm', 'dvs', 'st', 'milj'],
  no: ['f.eks', 'bl.a', 'ca', 'osv', 'dr', 'nr', 'kl', 'mv', 'dvs', 'st', 'mill'],
  nl: ['bijv', 'dr', 'drs', 'ir', 'mr', 'nr', 'ca', 'o.a', 'enz', 'st', 'mln', 'mld'],
  es: ['sr', 'sra', 'dr', 'dra', 'etc', 'núm', 'aprox', 'ee.uu', 'st'],
  fr: ['m', 'mme', 'dr', 'etc', 'cf', 'st', 'av', 'env'],
  it: ['sig', 'sig.ra', 'dott', 'ecc', 'prof', 'on', 'st', 'ca'],
};

/** Person titles and roles. Multi-word ones are matched as token sequences; hyphenated as one token. */
export const PERSON_TITLES: PerLanguage = {
  en: ['coo', 'cfo', 'cto', 'general manager', 'coroner', 'medical examiner', 'district attorney', 'publicist', 'moviemaker', 'filmmaker', 'producer', 'englishman', 'englishwoman', 'frenchman', 'scotsman', 'irishman', 'dutchman', 'inspector', 'chief inspector', 'superintendent', 'constable', 'officer', 'trooper', 'agent', 'deputy', 'sheriff', 'sergeant', 'corporal', 'major', 'dean', 'rabbi', 'imam', 'father', 'coach', 'quarterback', 'rb', 'qb', 'minister of foreign affairs', 'minister of defence', 'minister of defense', 'minister of the interior', 'minister of justice', 'minister of finance', 'minister of health', 'deputy prime minister', 'foreign secretary', 'home secretary', 'defense secretary', 'defence secretary', 'state secretary', 'president', 'vice president', 'vice-president', 'prime minister', 'minister', 'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'finance minister', 'secretary-general', 'secretary general', 'secretary', 'secretary of state', 'chancellor', 'king', 'queen', 'prince', 'princess', 'crown prince', 'pope', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'general', 'gen.', 'colonel', 'col.', 'lieutenant', 'lt.', 'captain', 'capt.', 'sergeant', 'sgt.', 'admiral', 'commander', 'judge', 'justice', 'chief justice', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr.', 'dr', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev.', 'reverend', 'bishop', 'archbishop', 'cardinal', 'sheikh', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'chief executive', 'director', 'director-general', 'head', 'leader', 'speaker', 'deputy speaker', 'duma deputy speaker', 'deputy', 'commissioner', 'coach', 'manager', 'actor', 'actress', 'singer', 'rapper', 'detective', 'officer', 'sheriff', 'attorney', 'attorney general', 'prosecutor', 'president-elect', 'premier', 'emperor', 'empress', 'duke', 'duchess', 'chief'],
  da: ['præsident', 'statsminister', 'minister', 'udenrigsminister', 'forsvarsminister', 'justitsminister', 'finansminister', 'generalsekretær', 'kansler', 'konge', 'kong', 'dronning', 'prins', 'prinsesse', 'kronprins', 'kronprinsesse', 'pave', 'borgmester', 'general', 'oberst', 'kaptajn', 'admiral', 'dommer', 'hr.', 'fru', 'frk.', 'dr.', 'professor', 'prof.', 'biskop', 'ambassadør', 'talsmand', 'talskvinde', 'talsperson', 'formand', 'forkvinde', 'direktør', 'adm. direktør', 'chef', 'leder', 'træner', 'skuespiller', 'sanger', 'kommissær', 'næstformand', 'ordfører', 'premierminister', 'ministerpræsident', 'politiker', 'forfatter', 'politikommissær', 'vicepræsident', 'rigsadvokat', 'anklager', 'forsvarschef', 'landsholdstræner', 'folketingsmedlem', 'rådmand', 'stadsdirektør'],
  de: ['präsident', 'bundeskanzler', 'kanzler', 'kanzlerin', 'minister', 'ministerin', 'außenminister', 'generalsekretär', 'könig', 'königin', 'prinz', 'papst', 'bürgermeister', 'herr', 'frau', 'dr.', 'professor', 'sprecher', 'sprecherin', 'vorsitzende', 'vorsitzender', 'chef', 'chefin', 'direktor', 'direktorin', 'vertreter', 'vertreterin', 'leiter', 'leiterin', 'ministerpräsident', 'premierminister'],
  sv: ['president', 'statsminister', 'minister', 'utrikesminister', 'generalsekreterare', 'kung', 'drottning', 'prins', 'påve', 'borgmästare', 'talesperson', 'ordförande', 'chef', 'premiärminister'],
  no: ['president', 'statsminister', 'minister', 'utenriksminister', 'generalsekretær', 'kong', 'konge', 'dronning', 'prins', 'pave', 'ordfører', 'talsperson', 'leder', 'sjef'],
  nl: ['president', 'premier', 'minister', 'minister-president', 'secretaris-generaal', 'koning', 'koningin', 'prins', 'paus', 'burgemeester', 'woordvoerder', 'voorzitter', 'topman', 'directeur', 'heer', 'mevrouw'],
  es: ['presidente', 'presidenta', 'primer ministro', 'ministro', 'ministra', 'secretario general', 'rey', 'reina', 'príncipe', 'papa', 'alcalde', 'portavoz', 'director', 'consejero delegado', 'señor', 'señora'],
  fr: ['président', 'présidente', 'premier ministre', 'ministre', 'secrétaire général', 'roi', 'reine', 'prince', 'pape', 'maire', 'porte-parole', 'directeur', 'm.', 'mme'],
  it: ['presidente', 'primo ministro', 'premier', 'ministro', 'segretario generale', 're', 'regina', 'principe', 'papa', 'sindaco', 'portavoce', 'direttore', 'amministratore delegato', 'signor', 'signora'],
};

/** Head words that make a capitalised run an organisation (English-style separate words). */
export const ORG_HEADS: PerLanguage = {
  en: ['rescue', 'ministry', 'council', 'court', 'committee', 'commission', 'party', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'company', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'university', 'college', 'school', 'institute', 'agency', 'department', 'office', 'bank', 'association', 'federation', 'union', 'league', 'assembly', 'parliament', 'congress', 'senate', 'board', 'bureau', 'authority', 'foundation', 'fund', 'organization', 'organisation', 'army', 'navy', 'police', 'service', 'services', 'club', 'team', 'church', 'society', 'academy', 'hospital', 'center', 'centre', 'network', 'news', 'times', 'post', 'press', 'airlines', 'airways', 'motors', 'records', 'studios', 'pictures', 'entertainment', 'industries', 'technologies', 'systems', 'holdings', 'partners', 'corps', 'guard', 'forces', 'brigade', 'coalition', 'alliance', 'front', 'movement', 'government', 'administration', 'cabinet', 'tribunal', 'secretariat', 'magazine', 'journal', 'tribune', 'herald', 'gazette', 'daily'],
  da: ['ministerium', 'ministeriet', 'råd', 'rådet', 'domstol', 'domstolen', 'udvalg', 'udvalget', 'parti', 'partiet', 'universitet', 'universitetet', 'skole', 'institut', 'styrelse', 'styrelsen', 'bank', 'banken', 'forening', 'foreningen', 'forbund', 'forbundet', 'kommune', 'kommunen', 'region', 'regionen', 'selskab', 'selskabet', 'fond', 'fonden', 'a/s', 'aps', 'klub', 'hospital', 'sygehus', 'politi', 'kirke', 'akademi', 'avis', 'folketing', 'folketinget', 'tidende', 'posten', 'bladet'],
  de: ['ministerium', 'rat', 'gericht', 'gerichtshof', 'ausschuss', 'partei', 'universität', 'institut', 'bank', 'verband', 'verein', 'stiftung', 'gmbh', 'ag', 'kommission', 'amt', 'zeitung'],
  sv: ['departementet', 'rådet', 'domstolen', 'partiet', 'universitet', 'universitetet', 'banken', 'förbundet', 'kommun', 'ab', 'myndigheten'],
  no: ['departementet', 'rådet', 'domstolen', 'partiet', 'universitet', 'universitetet', 'banken', 'forbundet', 'kommune', 'as', 'asa'],
  nl: ['ministerie', 'raad', 'hof', 'rechtbank', 'commissie', 'partij', 'universiteit', 'bank', 'bond', 'stichting', 'vereniging', 'bv', 'nv', 'gemeente'],
  es: ['ministerio', 'consejo', 'tribunal', 'comisión', 'partido', 'universidad', 'banco', 'asociación', 'federación', 'fundación', 'empresa', 'compañía', 'sa', 'gobierno', 'policía'],
  fr: ['ministère', 'conseil', 'cour', 'tribunal', 'commission', 'parti', 'université', 'banque', 'association', 'fédération', 'fondation', 'société', 'sa', 'gouvernement'],
  it: ['ministero', 'consiglio', 'corte', 'tribunale', 'commissione', 'partito', 'università', 'banca', 'associazione', 'federazione', 'fondazione', 'società', 'spa', 'governo'],
};

/** Compound endings that make a single capitalised Danish/Norwegian/Swedish/German word an organisation. */
export const ORG_SUFFIXES: PerLanguage = {
  da: ['rådet', 'ministeriet', 'domstolen', 'udvalget', 'partiet', 'styrelsen', 'banken', 'forbundet', 'foreningen', 'kommune', 'universitet', 'selskabet', 'bladet', 'tidende', 'posten', 'avisen', 'fonden', 'instituttet'],
  no: ['rådet', 'departementet', 'domstolen', 'partiet', 'banken', 'forbundet', 'bladet', 'posten'],
  sv: ['rådet', 'departementet', 'domstolen', 'partiet', 'banken', 'förbundet', 'bladet', 'posten'],
  de: ['ministerium', 'gericht', 'partei', 'bank', 'verband', 'zeitung', 'kommission'],
  nl: ['ministerie', 'partij', 'bank'],
};

/** Place cue words: a capitalised run right after these is likely a place. */
export const PLACE_PREPOSITIONS: PerLanguage = {
  en: ['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'throughout'],
  da: ['i', 'fra', 'til', 'ved', 'nær', 'på', 'gennem'],
  de: ['in', 'aus', 'nach', 'bei'], sv: ['i', 'från', 'till'], no: ['i', 'fra', 'til'], nl: ['in', 'uit', 'naar', 'bij'],
  es: ['en', 'de', 'desde', 'a'], fr: ['à', 'en', 'de', 'depuis'], it: ['a', 'in', 'da', 'di'],
};

/** Lowercase particles inside personal and place names (van, de, bin, ...). */
export const NAME_PARTICLES = ['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'ten', 'af', 'zu', 'y'];

/** Connectors allowed inside institution names when the name continues with a capital. */
export const NAME_CONNECTORS: PerLanguage = {
  en: ['of', 'for', 'on', 'and', 'the', 'of the', '&'],
  da: ['for', 'og', 'i', 'af'], de: ['für', 'der', 'des', 'und'], sv: ['för', 'och'], no: ['for', 'og'],
  nl: ['van', 'voor', 'de', 'het', 'en'], es: ['de', 'del', 'la', 'y', 'los', 'las'], fr: ['de', 'du', 'des', 'la', 'et', "l'", "d'"], it: ['di', 'del', 'della', 'dei', 'e'],
};

/** Speech and announcement verbs (attribution). */
export const SPEECH_VERBS: PerLanguage = {
  en: ['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'announced', 'announces', 'wrote', 'writes', 'reported', 'reports', 'claimed', 'claims', 'declared', 'explained', 'noted', 'insisted', 'argued', 'warned', 'confirmed', 'confirms', 'denied', 'alleged', 'tweeted', 'posted', 'informed', 'remarked', 'according'],
  da: ['sagde', 'siger', 'udtaler', 'udtalte', 'oplyser', 'oplyste', 'skriver', 'skrev', 'tilføjer', 'tilføjede', 'fortæller', 'fortalte', 'meddeler', 'meddelte', 'erklærer', 'erklærede', 'understreger', 'understregede', 'forklarer', 'forklarede', 'bekræfter', 'bekræftede', 'afviser', 'afviste', 'meddelt', 'ifølge', 'mener', 'mente', 'vurderer', 'beskylder', 'advarer', 'advarede'],
  de: ['sagte', 'sagt', 'erklärte', 'teilte', 'schrieb', 'betonte', 'laut', 'zufolge', 'berichtete', 'fügte'],
  sv: ['sade', 'sa', 'säger', 'skriver', 'uppger', 'meddelar', 'enligt', 'berättar'],
  no: ['sa', 'sier', 'skriver', 'opplyser', 'uttaler', 'ifølge', 'forteller'],
  nl: ['zei', 'zegt', 'verklaarde', 'schreef', 'meldde', 'volgens', 'aldus'],
  es: ['dijo', 'afirmó', 'declaró', 'según', 'aseguró', 'explicó', 'señaló', 'anunció'],
  fr: ['a dit', 'déclaré', 'selon', 'affirmé', 'annoncé', 'expliqué'],
  it: ['ha detto', 'dichiarato', 'secondo', 'affermato', 'annunciato', 'spiegato'],
};

/** Sentence-initial pronouns that pass attribution from a neighbouring sentence ("Det oplyser X", "It added"). */
export const ATTRIBUTION_PRONOUNS: PerLanguage = {
  da: ['det', 'dette', 'han', 'hun', 'de'], en: ['it', 'he', 'she', 'they', 'this'], de: ['es', 'er', 'sie', 'das'], sv: ['det', 'han', 'hon', 'de'], no: ['det', 'han', 'hun', 'de'], nl: ['het', 'hij', 'zij', 'dat'],
};

/** Words that mark a number as approximate. */
export const APPROX_MARKERS: PerLanguage = {
  en: ['about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'some', 'over', 'more than', 'less than', 'fewer than', 'up to', 'at least', 'at most', 'an estimated', 'estimated', 'close to', 'just over', 'just under', 'upwards of'],
  da: ['ca.', 'cirka', 'omkring', 'næsten', 'knap', 'godt', 'over', 'mere end', 'mindre end', 'op til', 'mindst', 'højst', 'små', 'lidt over', 'anslået', 'op mod'],
  de: ['etwa', 'rund', 'fast', 'ungefähr', 'mehr als', 'über', 'knapp', 'bis zu', 'mindestens'],
  sv: ['cirka', 'omkring', 'nästan', 'över', 'mer än', 'minst'], no: ['cirka', 'omkring', 'nesten', 'over', 'mer enn', 'minst'],
  nl: ['ongeveer', 'bijna', 'ruim', 'meer dan', 'zo\'n', 'circa'], es: ['unos', 'unas', 'casi', 'más de', 'alrededor de', 'cerca de'], fr: ['environ', 'près de', 'plus de', 'quelque'], it: ['circa', 'quasi', 'oltre', 'più di'],
};

/** Cardinal number words → value. */
export const NUMBER_WORDS: Partial<Record<DataLanguage, Record<string, number>>> = {
  en: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12 },
  da: { to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19, tyve: 20, tredive: 30, fyrre: 40, halvtreds: 50, tres: 60, halvfjerds: 70, firs: 80, halvfems: 90, hundrede: 100, tusind: 1000, million: 1e6, millioner: 1e6, milliard: 1e9, milliarder: 1e9, dusin: 12 },
  de: { zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9 },
  sv: { två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, tolv: 12, tjugo: 20, elva: 11, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90, hundra: 100, tusen: 1000, miljon: 1e6, miljoner: 1e6 },
  no: { to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, tolv: 12, tjue: 20, elleve: 11, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19, tretti: 30, førti: 40, femti: 50, seksti: 60, sytti: 70, åtti: 80, nitti: 90, hundre: 100, tusen: 1000, million: 1e6, millioner: 1e6 },
  nl: { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twaalf: 12, twintig: 20, elf: 11, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100, duizend: 1000, miljoen: 1e6, miljard: 1e9 },
  es: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, veinte: 20, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, mil: 1000, millón: 1e6, millones: 1e6 },
  fr: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, vingt: 20, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, mille: 1000, million: 1e6, millions: 1e6 },
  it: { due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, venti: 20, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90, cento: 100, mille: 1000, milione: 1e6, milioni: 1e6 },
};

/** Plural "tens of thousands" style expressions: lowercase phrase → [approximate value]. */
export const VAGUE_QUANTITIES: Partial<Record<DataLanguage, Record<string, number>>> = {
  en: { 'tens of thousands': 10000, 'hundreds of thousands': 100000, 'thousands': 1000, 'hundreds': 100, 'dozens': 12, 'millions': 1e6, 'scores': 20 },
  da: { 'titusinder': 10000, 'titusindvis': 10000, 'hundredtusinder': 100000, 'tusinder': 1000, 'tusindvis': 1000, 'hundreder': 100, 'hundredvis': 100, 'millioner af': 1e6, 'snesevis': 20 },
  de: { 'zehntausende': 10000, 'tausende': 1000, 'hunderte': 100, 'dutzende': 12 },
  sv: { 'tiotusentals': 10000, 'tusentals': 1000, 'hundratals': 100 },
  no: { 'titusenvis': 10000, 'tusenvis': 1000, 'hundrevis': 100 },
  nl: { 'tienduizenden': 10000, 'duizenden': 1000, 'honderden': 100 },
  es: { 'decenas de miles': 10000, 'miles': 1000, 'cientos': 100 },
  fr: { 'des dizaines de milliers': 10000, 'des milliers': 1000, 'des centaines': 100 },
  it: { 'decine di migliaia': 10000, 'migliaia': 1000, 'centinaia': 100 },
};

/** Ordinal words → value. */
export const ORDINAL_WORDS: Partial<Record<DataLanguage, Record<string, number>>> = {
  en: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, twentieth: 20, hundredth: 100, last: -1 },
  da: { første: 1, anden: 2, andet: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, syvende: 7, ottende: 8, niende: 9, tiende: 10, ellevte: 11, tolvte: 12, tyvende: 20, sidste: -1 },
  de: { erste: 1, ersten: 1, erster: 1, zweite: 2, zweiten: 2, dritte: 3, dritten: 3, vierte: 4, fünfte: 5 },
  sv: { första: 1, andra: 2, tredje: 3, fjärde: 4, femte: 5 },
  no: { første: 1, andre: 2, tredje: 3, fjerde: 4, femte: 5 },
  nl: { eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5 },
  es: { primero: 1, primera: 1, segundo: 2, segunda: 2, tercero: 3, tercera: 3 },
  fr: { premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3 },
  it: { primo: 1, prima: 1, secondo: 2, seconda: 2, terzo: 3, terza: 3 },
};

/** Duration units → ISO 8601 designator ("Y", "M", "W", "D", "TH", "TM"). */
export const DURATION_UNITS: Partial<Record<DataLanguage, Record<string, string>>> = {
  en: { year: 'Y', years: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W', day: 'D', days: 'D', hour: 'TH', hours: 'TH', minute: 'TM', minutes: 'TM', decade: 'DE', decades: 'DE', century: 'CE', centuries: 'CE' },
  da: { år: 'Y', års: 'Y', måned: 'M', måneder: 'M', måneders: 'M', uge: 'W', uger: 'W', ugers: 'W', dag: 'D', dage: 'D', døgn: 'D', dages: 'D', time: 'TH', timer: 'TH', timers: 'TH', minut: 'TM', minutter: 'TM', årti: 'DE', årtier: 'DE', århundrede: 'CE', århundreder: 'CE' },
  de: { jahr: 'Y', jahre: 'Y', jahren: 'Y', monat: 'M', monate: 'M', monaten: 'M', woche: 'W', wochen: 'W', tag: 'D', tage: 'D', tagen: 'D', stunde: 'TH', stunden: 'TH', jahrzehnt: 'DE', jahrhundert: 'CE' },
  sv: { år: 'Y', månad: 'M', månader: 'M', vecka: 'W', veckor: 'W', dag: 'D', dagar: 'D', timme: 'TH', timmar: 'TH' },
  no: { år: 'Y', måned: 'M', måneder: 'M', uke: 'W', uker: 'W', dag: 'D', dager: 'D', time: 'TH', timer: 'TH' },
  nl: { jaar: 'Y', jaren: 'Y', maand: 'M', maanden: 'M', week: 'W', weken: 'W', dag: 'D', dagen: 'D', uur: 'TH', uren: 'TH' },
  es: { año: 'Y', años: 'Y', mes: 'M', meses: 'M', semana: 'W', semanas: 'W', día: 'D', días: 'D', hora: 'TH', horas: 'TH' },
  fr: { an: 'Y', ans: 'Y', année: 'Y', années: 'Y', mois: 'M', semaine: 'W', semaines: 'W', jour: 'D', jours: 'D', heure: 'TH', heures: 'TH' },
  it: { anno: 'Y', anni: 'Y', mese: 'M', mesi: 'M', settimana: 'W', settimane: 'W', giorno: 'D', giorni: 'D', ora: 'TH', ore: 'TH' },
};

/** Fractions before a duration unit ("et kvart århundrede", "half a century", "quarter-century"). */
export const FRACTIONS: Partial<Record<DataLanguage, Record<string, number>>> = {
  en: { quarter: 0.25, half: 0.5, 'a quarter': 0.25, 'a half': 0.5, 'three-quarters': 0.75 },
  da: { kvart: 0.25, halvt: 0.5, halv: 0.5 },
  de: { viertel: 0.25, halbes: 0.5, halben: 0.5 }, sv: { kvarts: 0.25, halvt: 0.5 }, no: { kvart: 0.25, halvt: 0.5 },
};

/** Word between a day number and its month, and between month and year ("17 de diciembre de 2026"):
 *  standard Spanish date form (RAE, Ortografía 2010, dates). Portuguese would use "de" too, but the
 *  CLDR extract has no Portuguese month names yet. */
export const DATE_JOINERS: PerLanguage = { es: ['de'] };

/** Month abbreviations CLDR lacks, → 1..12 (dates only with a day number next to them):
 *  AP Stylebook abbreviates September as "Sept." */
export const EXTRA_MONTH_ABBREVIATIONS: Partial<Record<DataLanguage, Record<string, number>>> = { en: { sept: 9 } };

/** Relative day expressions CLDR lacks: phrase → day offset relative to another event (not the anchor). */
export const EVENT_RELATIVE_DAYS: PerLanguage & Record<string, string[]> = {
  en: ['a day after', 'the day after', 'the next day', 'the following day', 'a day later', 'the day before', 'a day earlier'],
  da: ['dagen efter', 'dagen før', 'næste dag', 'dagen derpå', 'en dag senere'],
  de: ['am tag danach', 'am nächsten tag', 'am folgenden tag', 'am vortag'],
  sv: ['dagen efter', 'dagen innan'], no: ['dagen etter', 'dagen før'], nl: ['de dag erna', 'de volgende dag'],
};

/** Time-of-day words after a weekday or relative day ("tirsdag aften", "tomorrow morning"). */
export const DAY_PARTS: Partial<Record<DataLanguage, Record<string, string>>> = {
  en: { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' },
  da: { morgen: 'MO', formiddag: 'MO', eftermiddag: 'AF', aften: 'EV', nat: 'NI' },
  de: { morgen: 'MO', nachmittag: 'AF', abend: 'EV', nacht: 'NI' },
  sv: { morgon: 'MO', eftermiddag: 'AF', kväll: 'EV', natt: 'NI' }, no: { morgen: 'MO', ettermiddag: 'AF', kveld: 'EV', natt: 'NI' },
  nl: { ochtend: 'MO', middag: 'AF', avond: 'EV', nacht: 'NI' },
};

/** Common words that are capitalised only at sentence start yet are not in stopwords-iso lists. */
export const COMMON_CAPITALISED: PerLanguage = {
  en: ['i', 'according', 'after', 'before', 'during', 'despite', 'although', 'however', 'meanwhile', 'instead', 'yesterday', 'today', 'tomorrow', 'tonight', 'earlier', 'later', 'last', 'next', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'several', 'both', 'all', 'no', 'one', 'two', 'three', 'officials', 'police', 'authorities', 'witnesses', 'residents', 'experts', 'analysts', 'critics', 'people', 'reports', 'sources', 'prosecutors', 'investigators', 'doctors', 'scientists', 'researchers', 'rescuers', 'firefighters', 'troops', 'soldiers', 'protesters', 'lawmakers', 'leaders', 'ministers', 'having', 'being', 'by', 'as', 'because', 'while', 'when', 'where', 'if', 'though', 'since', 'until', 'unlike', 'like', 'once', 'still', 'also', 'now', 'then', 'there', 'here', 'it', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our', 'its', 'a', 'an', 'the', 'in', 'on', 'at', 'for', 'with', 'from', 'to', 'of', 'and', 'but', 'or', 'so', 'yet', 'over', 'under', 'previous', 'other', 'another', 'such', 'each', 'every', 'more', 'few', 'only', 'even', 'just', 'why', 'how', 'what', 'who', 'which', 'whose', 'breaking', 'update', 'updated', 'exclusive', 'watch', 'read', 'more', 'photo', 'video', 'related'],
  da: ['i', 'ifølge', 'efter', 'før', 'under', 'selvom', 'imidlertid', 'derfor', 'desuden', 'samtidig', 'senest', 'tidligere', 'senere', 'nu', 'her', 'der', 'det', 'den', 'de', 'dette', 'disse', 'han', 'hun', 'vi', 'jeg', 'man', 'hans', 'hendes', 'deres', 'vores', 'sin', 'sit', 'sine', 'en', 'et', 'og', 'men', 'eller', 'så', 'som', 'når', 'hvis', 'da', 'mens', 'fordi', 'siden', 'indtil', 'også', 'kun', 'ikke', 'alle', 'mange', 'flere', 'nogle', 'begge', 'hver', 'hvert', 'anden', 'andre', 'politiet', 'myndighederne', 'eksperter', 'kilder', 'folk', 'ministeriet', 'regeringen', 'landet', 'organisationen', 'udmeldingen', 'formålet', 'sker', 'senest', 'hvor', 'hvad', 'hvem', 'hvorfor', 'hvordan', 'hej', 'ja', 'nej', 'se', 'med', 'på', 'til', 'fra', 'af', 'om', 'ved', 'mod', 'over', 'uden', 'blandt', 'igen', 'desværre', 'heldigvis', 'endelig', 'måske', 'allerede', 'dog', 'jo', 'vel', 'nemlig', 'altså', 'ellers', 'lige', 'meget', 'mere', 'mest', 'hvilket', 'hvilken', 'dem', 'os', 'mig', 'dig', 'ham', 'hende', 'sig', 'søstre', 'brødre', 'børn', 'forældre'],
};

/** Head words that make a capitalised run a place and let "of" continue it ("Gulf of Aden"). */
export const PLACE_HEADS: PerLanguage = {
  en: ['gulf', 'bay', 'sea', 'ocean', 'lake', 'river', 'mount', 'mountains', 'cape', 'isle', 'island', 'islands', 'strait', 'straits', 'horn', 'republic', 'kingdom', 'state', 'states', 'city', 'county', 'province', 'district', 'region', 'valley', 'peninsula', 'coast', 'port', 'street', 'avenue', 'square', 'bridge', 'airport', 'park', 'beach', 'desert', 'canal'],
  da: ['bugt', 'hav', 'havet', 'sø', 'søen', 'å', 'øen', 'øerne', 'bjerg', 'kommune', 'amt', 'gade', 'vej', 'plads', 'havn', 'lufthavn', 'bro'],
  de: ['see', 'meer', 'insel', 'straße', 'platz', 'berg'], sv: ['sjön', 'ön', 'gatan', 'bukten'], no: ['sjøen', 'øya', 'gata'], nl: ['zee', 'meer', 'eiland', 'straat', 'plein'],
  es: ['golfo', 'mar', 'lago', 'río', 'isla', 'calle', 'plaza'], fr: ['golfe', 'mer', 'lac', 'île', 'rue', 'place'], it: ['golfo', 'mare', 'lago', 'isola', 'via', 'piazza'],
};

/** Capitalised adjectives that are not names on their own (English capitalises them). */
export const CAPITALISED_ADJECTIVES: PerLanguage = {
  en: ['western', 'eastern', 'northern', 'southern', 'republican', 'democratic', 'democrat', 'conservative', 'liberal', 'socialist', 'communist', 'islamic', 'islamist', 'muslim', 'christian', 'jewish', 'catholic', 'protestant', 'arab', 'somali', 'naval', 'federal', 'soviet', 'nazi', 'kurdish', 'sunni', 'shia', 'shiite', 'latino', 'hispanic', 'african', 'asian', 'european', 'baltic', 'nordic', 'scandinavian', 'caribbean', 'pacific', 'atlantic', 'arctic', 'olympic', 'parliamentary', 'presidential', 'congressional', 'constitutional'],
};

/**
 * English nouns that close a place phrase after a name ("a Malibu treatment facility", "the Tasman
 * Glacier area", "New Zealand mountains"): general words for facilities and areas, curated by hand.
 */
export const FACILITY_NOUNS_EN: readonly string[] = ['facility', 'facilities', 'center', 'centre', 'clinic', 'hospital', 'prison', 'jail', 'supermarket', 'store', 'shop', 'mall', 'resort', 'hotel', 'area', 'region', 'mountains', 'neighborhood', 'neighbourhood', 'suburb', 'town', 'village', 'home', 'house', 'plant', 'factory', 'mine', 'station', 'terminal', 'base', 'camp', 'complex', 'campus', 'stadium', 'arena', 'restaurant', 'bar', 'club', 'nightclub', 'church', 'mosque', 'temple', 'school', 'airport', 'harbor', 'harbour', 'port', 'coast', 'border', 'highway', 'freeway', 'road', 'bridge', 'building', 'warehouse', 'dairy', 'bank', 'branch', 'office', 'offices', 'island', 'headquarters', 'courthouse', 'apartment', 'residence', 'hall', 'theatre', 'theater', 'cinema', 'museum', 'library', 'park', 'farm', 'ranch', 'mill', 'refinery', 'warehouse', 'depot', 'market', 'boutique', 'showroom', 'dealership'];
/** Lowercase modifiers allowed between the name and the facility noun ("rehab facility", "treatment center"). */
export const FACILITY_MODIFIERS_EN: readonly string[] = ['rehab', 'rehabilitation', 'treatment', 'recovery', 'detox', 'medical', 'psychiatric', 'state', 'federal', 'county', 'city', 'town', 'police', 'detention', 'correctional', 'shopping', 'grocery', 'power', 'nuclear', 'oil', 'gas', 'military', 'naval', 'air', 'army', 'border', 'coastal', 'mountain', 'ski', 'holiday', 'luxury', 'private', 'public'];

/**
 * English nouns for groups of people that news sentences open with as subjects ("Police said",
 * "Authorities have released"): general vocabulary, curated by hand. English corpora (ECB+) mark them
 * as participants; mid-sentence they are lowercase and never names.
 */
export const GROUP_NOUNS_EN: readonly string[] = ['officials', 'police', 'authorities', 'witnesses', 'residents', 'experts', 'analysts', 'critics', 'prosecutors', 'investigators', 'doctors', 'scientists', 'researchers', 'rescuers', 'firefighters', 'troops', 'soldiers', 'protesters', 'lawmakers', 'leaders', 'ministers', 'cops', 'officers', 'employees', 'voters', 'villagers', 'crews', 'thieves', 'robbers', 'suspects', 'gunmen', 'students', 'workers', 'fans', 'relatives', 'neighbors', 'neighbours', 'passengers', 'survivors', 'victims', 'rebels', 'militants', 'pirates', 'commandos', 'guards', 'inmates', 'jurors', 'biologists', 'deputies', 'detectives', 'paramedics', 'medics', 'firemen', 'rioters'];
/**
 * English nouns for single people and kinds of people (general news vocabulary, curated by hand;
 * plural forms are derived by rule in the reader). A capitalised one at the start of a sentence
 * or inside a title-case headline ("Woman Killed In Hit-And-Run", "Judge sentences ...") names a
 * participant of the story: English corpora (ECB+) mark these as entity mentions.
 */
export const PERSON_NOUNS_EN: readonly string[] = ['man', 'woman', 'boy', 'girl', 'child', 'kid', 'teen', 'teenager', 'youth', 'baby', 'toddler', 'infant', 'mother', 'father', 'mom', 'mum', 'dad', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'widow', 'parent', 'family', 'couple', 'driver', 'motorist', 'pedestrian', 'cyclist', 'passenger', 'pilot', 'suspect', 'gunman', 'shooter', 'sniper', 'attacker', 'assailant', 'killer', 'murderer', 'bomber', 'arsonist', 'robber', 'thief', 'burglar', 'raider', 'crook', 'looter', 'hacker', 'pirate', 'smuggler', 'inmate', 'prisoner', 'convict', 'escapee', 'fugitive', 'lifer', 'hostage', 'victim', 'survivor', 'witness', 'bystander', 'resident', 'neighbor', 'neighbour', 'villager', 'local', 'official', 'officer', 'cop', 'policeman', 'policewoman', 'trooper', 'deputy', 'detective', 'sheriff', 'marshal', 'guard', 'judge', 'jury', 'juror', 'lawyer', 'attorney', 'prosecutor', 'defendant', 'plaintiff', 'doctor', 'nurse', 'surgeon', 'physician', 'paramedic', 'medic', 'coroner', 'scientist', 'researcher', 'expert', 'analyst', 'biologist', 'worker', 'employee', 'employer', 'accountant', 'receptionist', 'boss', 'manager', 'owner', 'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'player', 'fan', 'climber', 'mountaineer', 'hiker', 'skier', 'swimmer', 'tourist', 'student', 'teacher', 'soldier', 'troop', 'sailor', 'commando', 'marine', 'rebel', 'militant', 'insurgent', 'terrorist', 'protester', 'protestor', 'demonstrator', 'rioter', 'voter', 'lawmaker', 'legislator', 'leader', 'minister', 'actor', 'actress', 'singer', 'rapper', 'star', 'celebrity', 'model', 'gangster', 'mobster', 'gangbanger', 'firefighter', 'fireman', 'rescuer', 'crew', 'investigator', 'authority', 'critic', 'relative', 'briton', 'mom-to-be', 'hero', 'lineman', 'linebacker', 'receiver', 'pitcher', 'striker', 'goalkeeper', 'teammate', 'rookie', 'veteran', 'neurosurgeon', 'correspondent', 'reporter', 'journalist', 'photographer', 'editor', 'columnist', 'blogger', 'co-worker', 'coworker', 'colleague', 'classmate', 'roommate', 'girlfriend', 'boyfriend', 'fiancé', 'fiancee', 'grandson', 'granddaughter', 'stepfather', 'stepmother', 'gangmember', 'mafioso', 'mobster', 'boxer', 'champion', 'challenger'];
/** English nouns for bodies a name can modify ("the Obama administration", "the Red Sox team"); curated by hand. */
export const BODY_NOUNS_EN: readonly string[] = ['administration', 'government', 'regime', 'team', 'campaign', 'staff', 'squad', 'clan', 'clans', 'cartel', 'syndicate', 'gang', 'gangs', 'family', 'leadership', 'management', 'authorities'];
/**
 * English words for what befell people, said of a bare count opening a headline-style sentence
 * ("Three killed in crash", "Ten dead in quake", "Two hurt as bus overturns"): general news
 * vocabulary, curated by hand.
 */
export const CASUALTY_WORDS_EN: readonly string[] = ['killed', 'dead', 'die', 'died', 'dies', 'dying', 'hurt', 'injured', 'wounded', 'missing', 'hospitalized', 'hospitalised', 'drown', 'drowned', 'trapped', 'rescued', 'evacuated', 'arrested', 'detained', 'held', 'charged', 'jailed', 'convicted', 'sentenced', 'shot', 'stabbed', 'feared', 'slain', 'murdered'];
/** English words for an indefinite crowd that stand as a bare count ("Dozens injured in clashes"). */
export const COUNT_NOUNS_EN: readonly string[] = ['dozens', 'scores', 'hundreds', 'thousands'];
/** English auxiliaries that follow a sentence-opening subject ("Microsoft has released"). */
export const AUXILIARIES_EN: readonly string[] = ['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should'];
