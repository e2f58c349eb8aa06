// Participants, span boundaries and headline evidence in English news prose written for these tests.
import { strict as assert } from 'node:assert';
import { readDocument } from '../../server/src/engine/read/readDocument';

const read = (text: string) => readDocument('t.txt', text, { language: 'en' }).mentions.filter((m) => m.form !== 'adjective');
const names = (text: string): string[] => read(text).map((m) => m.text);

describe('read: participants and span boundaries (English)', () => {
  it('a word for people in a title-case headline or opening a headline-style sentence is a participant', () => {
    const found = names('Driver Held After Crash on Harbor Road\nJudge orders new trial for Lena Holt.\nThe driver was released on bail, officers said.');
    assert.ok(found.includes('Driver'), found.join(' | '));
    assert.ok(found.includes('Judge'), found.join(' | '));
    assert.ok(found.includes('Lena Holt'), found.join(' | '));
    assert.ok(!found.some((t) => /Held|Crash|Road/.test(t)), found.join(' | '));
  });
  it('a bare plural word for people opening a sentence is a participant, marked as naming nobody in particular', () => {
    const ms = read('Firefighters battled the blaze for six hours. Officials closed the road. Contoso has released a patch.');
    const by = (t: string) => ms.find((m) => m.text === t);
    assert.equal(by('Firefighters')?.type, 'person', ms.map((m) => m.text).join(' | '));
    assert.equal(by('Firefighters')?.participant, true);
    assert.equal(by('Officials')?.participant, true, ms.map((m) => m.text).join(' | '));
    assert.ok(by('Contoso') && !by('Contoso')!.participant, ms.map((m) => m.text).join(' | '));
  });
  it('a name modifying a word for a body or a person is read as the whole phrase', () => {
    const found = names('Critics said the Carver administration had ignored the report.\nA Dunmore jury convicted the man on Friday.');
    assert.ok(found.includes('Carver administration'), found.join(' | '));
    assert.ok(found.includes('Dunmore jury'), found.join(' | '));
  });
  it('a known place or a lone given name before a facility noun is read as the place phrase', () => {
    const ms = read('Thieves raided a Paris jewellery store on Monday. He was taken to an Atlanta courthouse. Paris police said nothing.');
    const by = (t: string) => ms.find((m) => m.text === t);
    assert.equal(by('Paris jewellery store')?.type, 'place', ms.map((m) => m.text).join(' | '));
    assert.equal(by('Atlanta courthouse')?.type, 'place', ms.map((m) => m.text).join(' | '));
    assert.ok(!ms.some((m) => m.text.startsWith('Paris police')), ms.map((m) => m.text).join(' | '));
    // A given name opening a building's name does not make it a person's: the phrase runs on to its town.
    const center = names('She checked into the Grace Walker Center in Dunmore, Texas, on Monday. She met Grace Walker later.');
    assert.ok(center.includes('Grace Walker Center in Dunmore, Texas') && center.includes('Grace Walker'), center.join(' | '));
    // Nor one ending in a place word, nor a lone one followed by its state; a person's full name stays a person's.
    const towns = read('They met in Beverly Hills, California. He lives in Bern, Switzerland. Lena Holt, MD, spoke.');
    const typeOf = (t: string) => towns.find((m) => m.text === t)?.type;
    assert.equal(typeOf('Beverly Hills, California'), 'place', towns.map((m) => m.text).join(' | '));
    assert.equal(typeOf('Bern, Switzerland'), 'place', towns.map((m) => m.text).join(' | '));
    assert.equal(typeOf('Lena Holt'), 'person', towns.map((m) => m.text).join(' | '));
    // A building runs on to its town; a team does not.
    const venues = names('Fans gathered at the Kestrel-Arena in Dunmore on Sunday. The Hornets beat the Falcons in Dunmore, Texas.');
    assert.ok(venues.includes('Kestrel-Arena in Dunmore') && venues.includes('Falcons') && venues.includes('Dunmore, Texas'), venues.join(' | '));
  });
  it('a bare count opening a sentence before a word for what befell people is a participant', () => {
    const found = names('Three killed as bus overturns\nDozens injured in clashes. Ten people were killed. Two million euros were stolen.');
    assert.ok(found.includes('Three') && found.includes('Dozens'), found.join(' | '));
    assert.ok(!found.includes('Ten') && !found.includes('Two'), found.join(' | '));
  });
  it('an English possessive ends a name unless a head word follows', () => {
    const found = names("Westfield's Mark Olsen scored twice as the team beat Norwich on Sunday. She shopped at Sam's Club every week.");
    assert.ok(found.includes('Mark Olsen'), found.join(' | '));
    assert.ok(found.includes("Sam's Club"), found.join(' | '));
  });
  it('keeps Dr. in the span and a quoted nickname inside the name', () => {
    const ms = read("The clinic is run by Dr. Lena Holt. Frank 'The Hammer' Rossi was arrested in Newark on Monday.");
    const holt = ms.find((m) => m.text === 'Dr. Lena Holt');
    assert.ok(holt, ms.map((m) => m.text).join(' | '));
    assert.equal(holt.type, 'person');
    const rossi = ms.find((m) => m.text === "Frank 'The Hammer' Rossi");
    assert.equal(rossi?.type, 'person', ms.map((m) => m.text).join(' | '));
  });
  it('web-address lines give no mentions and no evidence for the headline', () => {
    const found = names('http:// www.example.com/news/Anna _ Berg _ Checks _ Into _ Clinic\nAnna Berg Checks Into Clinic\nThe singer Anna Berg checked into a clinic on Friday.');
    assert.ok(!found.some((t) => /Checks|_/.test(t)), found.join(' | '));
    assert.ok(found.filter((t) => t === 'Anna Berg').length >= 2, found.join(' | '));
  });
  it('title case that keeps short words lowercase is a headline', () => {
    const found = names('Mayor Returns to Run the City Council\nThe mayor returned to office on Monday.');
    assert.ok(!found.some((t) => /Returns|Run/.test(t)), found.join(' | '));
  });
  it('all-capital headline words are names when the body capitalises them', () => {
    const found = names('HORNETS BEAT FALCONS TO REACH FINAL\nThe Hornets beat the Falcons 3-1 on Saturday.');
    assert.ok(found.includes('HORNETS') && found.includes('FALCONS'), found.join(' | '));
    assert.ok(!found.some((t) => /BEAT|FINAL/.test(t)), found.join(' | '));
  });
  it('a surname already read in full, or a word opening several sentences, is a name at sentence start', () => {
    const found = names('The author Mark Little died at home. Little wrote nine novels.\nContoso released a fix on Monday. Contoso rushed out a second one a day later.');
    assert.equal(found.filter((t) => t === 'Little').length, 1, found.join(' | '));
    assert.equal(found.filter((t) => t === 'Contoso').length, 2, found.join(' | '));
    // The possessive counts as the same opener.
    const owned = names("Fabrikam rushes out a fix for the flaw.\nFabrikam's bad month goes on.");
    assert.equal(owned.filter((t) => t === 'Fabrikam').length, 2, owned.join(' | '));
  });
  it('a country name before another capitalised word opens a company name; "and" before a known name ends one', () => {
    const found = names('Portugal Telecom said the line was cut. She studied at Brandt University and CNN hired her.');
    assert.ok(found.includes('Portugal Telecom'), found.join(' | '));
    assert.ok(found.includes('Brandt University') && found.includes('CNN'), found.join(' | '));
  });
  it('a nationality or faith word used as a noun is a person', () => {
    const ms = read('Police said the suspect is a Muslim who moved to the town last year.');
    assert.equal(ms.find((m) => m.text === 'Muslim')?.type, 'person', ms.map((m) => m.text).join(' | '));
  });
});
