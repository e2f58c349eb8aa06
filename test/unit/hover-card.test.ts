// The entity card's names per language: each name under the language of the sentence that uses it.
// A source whose sentences are all in its own language is marked as such by the reader, and the card
// then takes that language without reading the source's sentences (parsed from disk in the server).
import { strict as assert } from 'node:assert';
import { readDocument } from '../../server/src/engine/read/readDocument';
import { compareDocuments } from '../../server/src/engine/compare/compareDocuments';
import { viewOf } from '../../server/src/features/view';
import { entityCard } from '../../server/src/features/hover';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';

const DANISH =
  'Regeringen i København meddelte tirsdag, at Danmark sender 40 soldater til Estland i marts. Det oplyser Forsvarsministeriet i en pressemeddelelse, og ministeren siger, at der er tale om en vigtig opgave for landet og for hele alliancen.\n\n' +
  'Forsvarsministeren sagde, at beslutningen i regeringen var enstemmig, og at soldaterne skal være i Estland i mindst et halvt år, før de bliver afløst af en ny styrke fra Jylland.\n\n' +
  'The Danish government said on Tuesday that Denmark will send 40 soldiers to Estonia in March, according to a statement in English.\n';
const ENGLISH = 'The Danish government said on Tuesday that Denmark will send 40 soldiers to Estonia in March.\n\nThe defence minister said the decision was unanimous.\n';

describe('hover: names per language', () => {
  it('marks a source with a paragraph in another language, and names each mention in its sentence\'s language', () => {
    const da = readDocument('/w/da.txt', DANISH);
    const en = readDocument('/w/en.txt', ENGLISH);
    assert.equal(da.language, 'da');
    assert.equal(da.multilingual, true);
    assert.equal(en.multilingual, undefined, 'every sentence in English');
    const corpus = compareDocuments([da, en], {});
    const estonia = corpus.entities.find((e) => e.mentions.some((m) => m.text === 'Estland'));
    assert.ok(estonia, 'Estland and Estonia are one entity');
    const card = entityCard({ view: viewOf(corpus), settings: DEFAULT_SETTINGS, dismissed: new Set(), uriOf: (p) => p }, estonia, '/w/da.txt');
    assert.match(card, /Names — da: Estland · en: Estonia\n/);
  });
});
