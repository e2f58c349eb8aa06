// Country adjectives ("russisk/russiske", "Russian", "russisch"). CLDR has territory names but no
// demonyms, so this table is curated by hand from standard dictionaries (Den Danske Ordbog,
// Oxford/Merriam-Webster, Duden). Each cell is the base form; inflected forms are derived by the
// regular endings of the language (da/no +e, sv +a, de +e/+en/+er/+es/+em, nl +e).
import type { DataLanguage } from './entryTypes';

// code: [en, da, de, sv, no, nl]
const TABLE: Record<string, [string, string, string, string, string, string]> = {
  RU: ['Russian', 'russisk', 'russisch', 'rysk', 'russisk', 'Russisch'],
  UA: ['Ukrainian', 'ukrainsk', 'ukrainisch', 'ukrainsk', 'ukrainsk', 'Oekraïens'],
  DK: ['Danish', 'dansk', 'dänisch', 'dansk', 'dansk', 'Deens'],
  SE: ['Swedish', 'svensk', 'schwedisch', 'svensk', 'svensk', 'Zweeds'],
  NO: ['Norwegian', 'norsk', 'norwegisch', 'norsk', 'norsk', 'Noors'],
  FI: ['Finnish', 'finsk', 'finnisch', 'finsk', 'finsk', 'Fins'],
  IS: ['Icelandic', 'islandsk', 'isländisch', 'isländsk', 'islandsk', 'IJslands'],
  DE: ['German', 'tysk', 'deutsch', 'tysk', 'tysk', 'Duits'],
  FR: ['French', 'fransk', 'französisch', 'fransk', 'fransk', 'Frans'],
  GB: ['British', 'britisk', 'britisch', 'brittisk', 'britisk', 'Brits'],
  US: ['American', 'amerikansk', 'amerikanisch', 'amerikansk', 'amerikansk', 'Amerikaans'],
  CA: ['Canadian', 'canadisk', 'kanadisch', 'kanadensisk', 'kanadisk', 'Canadees'],
  IT: ['Italian', 'italiensk', 'italienisch', 'italiensk', 'italiensk', 'Italiaans'],
  ES: ['Spanish', 'spansk', 'spanisch', 'spansk', 'spansk', 'Spaans'],
  PT: ['Portuguese', 'portugisisk', 'portugiesisch', 'portugisisk', 'portugisisk', 'Portugees'],
  NL: ['Dutch', 'hollandsk', 'niederländisch', 'nederländsk', 'nederlandsk', 'Nederlands'],
  BE: ['Belgian', 'belgisk', 'belgisch', 'belgisk', 'belgisk', 'Belgisch'],
  PL: ['Polish', 'polsk', 'polnisch', 'polsk', 'polsk', 'Pools'],
  CZ: ['Czech', 'tjekkisk', 'tschechisch', 'tjeckisk', 'tsjekkisk', 'Tsjechisch'],
  HU: ['Hungarian', 'ungarsk', 'ungarisch', 'ungersk', 'ungarsk', 'Hongaars'],
  AT: ['Austrian', 'østrigsk', 'österreichisch', 'österrikisk', 'østerriksk', 'Oostenrijks'],
  CH: ['Swiss', 'schweizisk', 'schweizerisch', 'schweizisk', 'sveitsisk', 'Zwitsers'],
  GR: ['Greek', 'græsk', 'griechisch', 'grekisk', 'gresk', 'Grieks'],
  TR: ['Turkish', 'tyrkisk', 'türkisch', 'turkisk', 'tyrkisk', 'Turks'],
  BY: ['Belarusian', 'hviderussisk', 'belarussisch', 'belarusisk', 'hviterussisk', 'Wit-Russisch'],
  EE: ['Estonian', 'estisk', 'estnisch', 'estnisk', 'estisk', 'Estisch'],
  LV: ['Latvian', 'lettisk', 'lettisch', 'lettisk', 'latvisk', 'Lets'],
  LT: ['Lithuanian', 'litauisk', 'litauisch', 'litauisk', 'litauisk', 'Litouws'],
  RO: ['Romanian', 'rumænsk', 'rumänisch', 'rumänsk', 'rumensk', 'Roemeens'],
  BG: ['Bulgarian', 'bulgarsk', 'bulgarisch', 'bulgarisk', 'bulgarsk', 'Bulgaars'],
  RS: ['Serbian', 'serbisk', 'serbisch', 'serbisk', 'serbisk', 'Servisch'],
  HR: ['Croatian', 'kroatisk', 'kroatisch', 'kroatisk', 'kroatisk', 'Kroatisch'],
  IE: ['Irish', 'irsk', 'irisch', 'irländsk', 'irsk', 'Iers'],
  GE: ['Georgian', 'georgisk', 'georgisch', 'georgisk', 'georgisk', 'Georgisch'],
  MD: ['Moldovan', 'moldovisk', 'moldauisch', 'moldavisk', 'moldovsk', 'Moldavisch'],
  CN: ['Chinese', 'kinesisk', 'chinesisch', 'kinesisk', 'kinesisk', 'Chinees'],
  JP: ['Japanese', 'japansk', 'japanisch', 'japansk', 'japansk', 'Japans'],
  KR: ['South Korean', 'sydkoreansk', 'südkoreanisch', 'sydkoreansk', 'sørkoreansk', 'Zuid-Koreaans'],
  KP: ['North Korean', 'nordkoreansk', 'nordkoreanisch', 'nordkoreansk', 'nordkoreansk', 'Noord-Koreaans'],
  IN: ['Indian', 'indisk', 'indisch', 'indisk', 'indisk', 'Indiaas'],
  PK: ['Pakistani', 'pakistansk', 'pakistanisch', 'pakistansk', 'pakistansk', 'Pakistaans'],
  AF: ['Afghan', 'afghansk', 'afghanisch', 'afghansk', 'afghansk', 'Afghaans'],
  IR: ['Iranian', 'iransk', 'iranisch', 'iransk', 'iransk', 'Iraans'],
  IQ: ['Iraqi', 'irakisk', 'irakisch', 'irakisk', 'irakisk', 'Iraaks'],
  SY: ['Syrian', 'syrisk', 'syrisch', 'syrisk', 'syrisk', 'Syrisch'],
  IL: ['Israeli', 'israelsk', 'israelisch', 'israelisk', 'israelsk', 'Israëlisch'],
  PS: ['Palestinian', 'palæstinensisk', 'palästinensisch', 'palestinsk', 'palestinsk', 'Palestijns'],
  LB: ['Lebanese', 'libanesisk', 'libanesisch', 'libanesisk', 'libanesisk', 'Libanees'],
  SA: ['Saudi', 'saudiarabisk', 'saudi-arabisch', 'saudiarabisk', 'saudiarabisk', 'Saoedisch'],
  EG: ['Egyptian', 'egyptisk', 'ägyptisch', 'egyptisk', 'egyptisk', 'Egyptisch'],
  LY: ['Libyan', 'libysk', 'libysch', 'libysk', 'libysk', 'Libisch'],
  MX: ['Mexican', 'mexicansk', 'mexikanisch', 'mexikansk', 'meksikansk', 'Mexicaans'],
  BR: ['Brazilian', 'brasiliansk', 'brasilianisch', 'brasiliansk', 'brasiliansk', 'Braziliaans'],
  AR: ['Argentine', 'argentinsk', 'argentinisch', 'argentinsk', 'argentinsk', 'Argentijns'],
  AU: ['Australian', 'australsk', 'australisch', 'australisk', 'australsk', 'Australisch'],
  NZ: ['New Zealand', 'newzealandsk', 'neuseeländisch', 'nyzeeländsk', 'newzealandsk', 'Nieuw-Zeelands'],
  ZA: ['South African', 'sydafrikansk', 'südafrikanisch', 'sydafrikansk', 'sørafrikansk', 'Zuid-Afrikaans'],
  NG: ['Nigerian', 'nigeriansk', 'nigerianisch', 'nigeriansk', 'nigeriansk', 'Nigeriaans'],
  KE: ['Kenyan', 'kenyansk', 'kenianisch', 'kenyansk', 'kenyansk', 'Keniaans'],
  ET: ['Ethiopian', 'etiopisk', 'äthiopisch', 'etiopisk', 'etiopisk', 'Ethiopisch'],
  GL: ['Greenlandic', 'grønlandsk', 'grönländisch', 'grönländsk', 'grønlandsk', 'Groenlands'],
  FO: ['Faroese', 'færøsk', 'färöisch', 'färöisk', 'færøysk', 'Faeröers'],
  VE: ['Venezuelan', 'venezuelansk', 'venezolanisch', 'venezuelansk', 'venezuelansk', 'Venezolaans'],
  CU: ['Cuban', 'cubansk', 'kubanisch', 'kubansk', 'kubansk', 'Cubaans'],
  TW: ['Taiwanese', 'taiwansk', 'taiwanisch', 'taiwanesisk', 'taiwansk', 'Taiwanees'],
  VN: ['Vietnamese', 'vietnamesisk', 'vietnamesisch', 'vietnamesisk', 'vietnamesisk', 'Vietnamees'],
  ID: ['Indonesian', 'indonesisk', 'indonesisch', 'indonesisk', 'indonesisk', 'Indonesisch'],
  PH: ['Filipino', 'filippinsk', 'philippinisch', 'filippinsk', 'filippinsk', 'Filipijns'],
  TH: ['Thai', 'thailandsk', 'thailändisch', 'thailändsk', 'thailandsk', 'Thais'],
};

const ENDINGS: Partial<Record<DataLanguage, string[]>> = {
  da: ['', 'e'], no: ['', 'e'], sv: ['', 'a'], de: ['', 'e', 'en', 'er', 'es', 'em'], nl: ['', 'e'], en: [''],
};
const COLUMNS: DataLanguage[] = ['en', 'da', 'de', 'sv', 'no', 'nl'];

/** Every inflected adjective form (lowercase) → country code, per language. */
export function countryAdjectiveForms(): Map<string, { code: string; language: DataLanguage }[]> {
  const out = new Map<string, { code: string; language: DataLanguage }[]>();
  for (const [code, row] of Object.entries(TABLE)) {
    COLUMNS.forEach((language, i) => {
      const base = row[i].toLowerCase();
      for (const ending of ENDINGS[language] ?? ['']) {
        // Multi-word forms ("south korean") are kept whole; endings apply to the last word.
        const form = base + ending;
        const list = out.get(form) ?? [];
        if (!list.some((x) => x.code === code && x.language === language)) list.push({ code, language });
        out.set(form, list);
      }
    });
  }
  return out;
}

/** The adjective table by country code: { en: "Russian", da: "russisk", ... } (base forms). */
export function countryAdjectives(code: string): Partial<Record<DataLanguage, string>> | undefined {
  const row = TABLE[code];
  return row ? Object.fromEntries(COLUMNS.map((l, i) => [l, row[i]])) : undefined;
}
