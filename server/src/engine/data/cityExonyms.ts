// Cities whose names differ between the data languages (exonyms: "Munich", "München", "Monaco di
// Baviera", "Múnich"), so that articles in different languages link them by id. Cities spelled
// the same everywhere need no entry: their name keys already match. Names are the usual press
// names of each language (standard exonyms as listed in the cities' Wikipedia articles in those
// languages); Wikidata ids typed in from memory, unverified. Only names that are not also common
// words or given names in a data language.
import type { CuratedEntry } from './entryTypes';

export const CITIES: CuratedEntry[] = [
  { id: 'place:rome', type: 'place', wikidata: 'Q220', names: { en: ['Rome'], da: ['Rom'], de: ['Rom'], sv: ['Rom'], no: ['Roma'], nl: ['Rome'], es: ['Roma'], fr: ['Rome'], it: ['Roma'] } },
  { id: 'place:milan', type: 'place', wikidata: 'Q490', names: { en: ['Milan'], da: ['Milano'], de: ['Mailand'], sv: ['Milano'], no: ['Milano'], nl: ['Milaan'], es: ['Milán'], fr: ['Milan'], it: ['Milano'] } },
  { id: 'place:naples', type: 'place', wikidata: 'Q2634', names: { en: ['Naples'], da: ['Napoli'], de: ['Neapel'], sv: ['Neapel'], no: ['Napoli'], nl: ['Napels'], es: ['Nápoles'], fr: ['Naples'], it: ['Napoli'] } },
  { id: 'place:venice', type: 'place', wikidata: 'Q641', names: { en: ['Venice'], da: ['Venedig'], de: ['Venedig'], sv: ['Venedig'], no: ['Venezia'], nl: ['Venetië'], es: ['Venecia'], fr: ['Venise'], it: ['Venezia'] } },
  { id: 'place:florence', type: 'place', wikidata: 'Q2044', names: { en: ['Florence'], da: ['Firenze'], de: ['Florenz'], sv: ['Florens'], no: ['Firenze'], nl: ['Florence'], es: ['Florencia'], fr: ['Florence'], it: ['Firenze'] } },
  { id: 'place:turin', type: 'place', wikidata: 'Q495', names: { en: ['Turin'], da: ['Torino'], de: ['Turin'], sv: ['Turin'], no: ['Torino'], nl: ['Turijn'], es: ['Turín'], fr: ['Turin'], it: ['Torino'] } },
  { id: 'place:munich', type: 'place', wikidata: 'Q1726', names: { en: ['Munich'], da: ['München'], de: ['München'], sv: ['München'], no: ['München'], nl: ['München'], es: ['Múnich'], fr: ['Munich'], it: ['Monaco di Baviera'] } },
  { id: 'place:cologne', type: 'place', wikidata: 'Q365', names: { en: ['Cologne'], da: ['Köln'], de: ['Köln'], sv: ['Köln'], no: ['Köln'], nl: ['Keulen'], es: ['Colonia'], fr: ['Cologne'], it: ['Colonia'] } },
  { id: 'place:nuremberg', type: 'place', wikidata: 'Q2090', names: { en: ['Nuremberg'], da: ['Nürnberg'], de: ['Nürnberg'], sv: ['Nürnberg'], no: ['Nürnberg'], nl: ['Neurenberg'], es: ['Núremberg'], fr: ['Nuremberg'], it: ['Norimberga'] } },
  { id: 'place:vienna', type: 'place', wikidata: 'Q1741', names: { en: ['Vienna'], da: ['Wien'], de: ['Wien'], sv: ['Wien'], no: ['Wien'], nl: ['Wenen'], es: ['Viena'], fr: ['Vienne'], it: ['Vienna'] } },
  { id: 'place:prague', type: 'place', wikidata: 'Q1085', names: { en: ['Prague'], da: ['Prag'], de: ['Prag'], sv: ['Prag'], no: ['Praha'], nl: ['Praag'], es: ['Praga'], fr: ['Prague'], it: ['Praga'] } },
  { id: 'place:warsaw', type: 'place', wikidata: 'Q270', names: { en: ['Warsaw'], da: ['Warszawa'], de: ['Warschau'], sv: ['Warszawa'], no: ['Warszawa'], nl: ['Warschau'], es: ['Varsovia'], fr: ['Varsovie'], it: ['Varsavia'] } },
  { id: 'place:lisbon', type: 'place', wikidata: 'Q597', names: { en: ['Lisbon'], da: ['Lissabon'], de: ['Lissabon'], sv: ['Lissabon'], no: ['Lisboa'], nl: ['Lissabon'], es: ['Lisboa'], fr: ['Lisbonne'], it: ['Lisbona'] } },
  { id: 'place:athens', type: 'place', wikidata: 'Q1524', names: { en: ['Athens'], da: ['Athen'], de: ['Athen'], sv: ['Aten'], no: ['Athen'], nl: ['Athene'], es: ['Atenas'], fr: ['Athènes'], it: ['Atene'] } },
  { id: 'place:geneva', type: 'place', wikidata: 'Q71', names: { en: ['Geneva'], da: ['Genève'], de: ['Genf'], sv: ['Genève'], no: ['Genève'], nl: ['Genève'], es: ['Ginebra'], fr: ['Genève'], it: ['Ginevra'] } },
  { id: 'place:zurich', type: 'place', wikidata: 'Q72', names: { en: ['Zurich'], da: ['Zürich'], de: ['Zürich'], sv: ['Zürich'], no: ['Zürich'], nl: ['Zürich'], es: ['Zúrich'], fr: ['Zurich'], it: ['Zurigo'] } },
  { id: 'place:the-hague', type: 'place', wikidata: 'Q36600', names: { en: ['The Hague'], da: ['Haag'], de: ['Den Haag'], sv: ['Haag'], no: ['Haag'], nl: ['Den Haag'], es: ['La Haya'], fr: ['La Haye'], it: ["L'Aia"] } },
  { id: 'place:antwerp', type: 'place', wikidata: 'Q12892', names: { en: ['Antwerp'], da: ['Antwerpen'], de: ['Antwerpen'], sv: ['Antwerpen'], no: ['Antwerpen'], nl: ['Antwerpen'], es: ['Amberes'], fr: ['Anvers'], it: ['Anversa'] } },
  { id: 'place:gothenburg', type: 'place', wikidata: 'Q25287', names: { en: ['Gothenburg'], da: ['Göteborg'], de: ['Göteborg'], sv: ['Göteborg'], no: ['Göteborg'], nl: ['Göteborg'], es: ['Gotemburgo'], fr: ['Göteborg'], it: ['Göteborg'] } },
  { id: 'place:saint-petersburg', type: 'place', wikidata: 'Q656', names: { en: ['Saint Petersburg', 'St. Petersburg', 'St Petersburg'], da: ['Sankt Petersborg'], de: ['Sankt Petersburg'], sv: ['Sankt Petersburg'], no: ['St. Petersburg'], nl: ['Sint-Petersburg'], es: ['San Petersburgo'], fr: ['Saint-Pétersbourg'], it: ['San Pietroburgo'] } },
  { id: 'place:new-york-city', type: 'place', wikidata: 'Q60', names: { en: ['New York City'], es: ['Nueva York'], it: ['New York'] } },
  { id: 'place:mexico-city', type: 'place', wikidata: 'Q1489', names: { en: ['Mexico City'], da: ['Mexico City'], de: ['Mexiko-Stadt'], sv: ['Mexico City'], nl: ['Mexico-Stad'], es: ['Ciudad de México'], fr: ['Mexico'], it: ['Città del Messico'] } },
  { id: 'place:cairo', type: 'place', wikidata: 'Q85', names: { en: ['Cairo'], da: ['Kairo'], de: ['Kairo'], sv: ['Kairo'], no: ['Kairo'], nl: ['Caïro'], es: ['El Cairo'], fr: ['Le Caire'], it: ['Il Cairo'] } },
  { id: 'place:jerusalem', type: 'place', wikidata: 'Q1218', names: { en: ['Jerusalem'], da: ['Jerusalem'], de: ['Jerusalem'], sv: ['Jerusalem'], no: ['Jerusalem'], nl: ['Jeruzalem'], es: ['Jerusalén'], fr: ['Jérusalem'], it: ['Gerusalemme'] } },
  { id: 'place:bucharest', type: 'place', wikidata: 'Q19660', names: { en: ['Bucharest'], da: ['Bukarest'], de: ['Bukarest'], sv: ['Bukarest'], no: ['Bucuresti'], nl: ['Boekarest'], es: ['Bucarest'], fr: ['Bucarest'], it: ['Bucarest'] } },
  { id: 'place:belgrade', type: 'place', wikidata: 'Q3711', names: { en: ['Belgrade'], da: ['Beograd'], de: ['Belgrad'], sv: ['Belgrad'], no: ['Beograd'], nl: ['Belgrado'], es: ['Belgrado'], fr: ['Belgrade'], it: ['Belgrado'] } },
  { id: 'place:seville', type: 'place', wikidata: 'Q8717', names: { en: ['Seville'], da: ['Sevilla'], de: ['Sevilla'], sv: ['Sevilla'], no: ['Sevilla'], nl: ['Sevilla'], es: ['Sevilla'], fr: ['Séville'], it: ['Siviglia'] } },
  { id: 'place:tokyo', type: 'place', wikidata: 'Q1490', names: { en: ['Tokyo'], da: ['Tokyo'], de: ['Tokio'], sv: ['Tokyo'], no: ['Tokyo'], nl: ['Tokio'], es: ['Tokio'], fr: ['Tokyo'], it: ['Tokyo'] } },
  { id: 'place:istanbul', type: 'place', wikidata: 'Q406', names: { en: ['Istanbul'], da: ['Istanbul'], de: ['Istanbul'], sv: ['Istanbul'], no: ['Istanbul'], nl: ['Istanboel'], es: ['Estambul'], fr: ['Istanbul'], it: ['Istanbul'] } },
  { id: 'place:helsinki', type: 'place', wikidata: 'Q1757', names: { en: ['Helsinki'], da: ['Helsinki'], de: ['Helsinki'], sv: ['Helsingfors'], no: ['Helsingfors'], nl: ['Helsinki'], es: ['Helsinki'], fr: ['Helsinki'], it: ['Helsinki'] } },
  { id: 'place:edinburgh', type: 'place', wikidata: 'Q23436', names: { en: ['Edinburgh'], da: ['Edinburgh'], de: ['Edinburgh'], sv: ['Edinburgh'], no: ['Edinburgh'], nl: ['Edinburgh'], es: ['Edimburgo'], fr: ['Édimbourg'], it: ['Edimburgo'] } },
  { id: 'place:damascus', type: 'place', wikidata: 'Q3766', names: { en: ['Damascus'], da: ['Damaskus'], de: ['Damaskus'], sv: ['Damaskus'], no: ['Damaskus'], nl: ['Damascus'], es: ['Damasco'], fr: ['Damas'], it: ['Damasco'] } },
  { id: 'place:baghdad', type: 'place', wikidata: 'Q1530', names: { en: ['Baghdad'], da: ['Bagdad'], de: ['Bagdad'], sv: ['Bagdad'], no: ['Bagdad'], nl: ['Bagdad'], es: ['Bagdad'], fr: ['Bagdad'], it: ['Baghdad'] } },
  { id: 'place:beirut', type: 'place', wikidata: 'Q3820', names: { en: ['Beirut'], da: ['Beirut'], de: ['Beirut'], sv: ['Beirut'], no: ['Beirut'], nl: ['Beiroet'], es: ['Beirut'], fr: ['Beyrouth'], it: ['Beirut'] } },
  { id: 'place:tehran', type: 'place', wikidata: 'Q3616', names: { en: ['Tehran'], da: ['Teheran'], de: ['Teheran'], sv: ['Teheran'], no: ['Teheran'], nl: ['Teheran'], es: ['Teherán'], fr: ['Téhéran'], it: ['Teheran'] } },
  { id: 'place:odesa', type: 'place', wikidata: 'Q1874', names: { en: ['Odesa', 'Odessa'], da: ['Odesa', 'Odessa'], de: ['Odessa'], sv: ['Odessa'], no: ['Odesa'], nl: ['Odessa'], es: ['Odesa'], fr: ['Odessa'], it: ['Odessa'] } },
  { id: 'place:kharkiv', type: 'place', wikidata: 'Q42308', names: { en: ['Kharkiv', 'Kharkov'], da: ['Kharkiv'], de: ['Charkiw'], sv: ['Charkiv'], no: ['Kharkiv'], nl: ['Charkiv'], es: ['Járkov'], fr: ['Kharkiv'], it: ['Charkiv'] } },
  { id: 'place:lviv', type: 'place', wikidata: 'Q36036', names: { en: ['Lviv'], da: ['Lviv'], de: ['Lwiw', 'Lemberg'], sv: ['Lviv'], no: ['Lviv'], nl: ['Lviv'], es: ['Leópolis'], fr: ['Lviv'], it: ['Leopoli'] } },
];
