// General name-finding mechanisms on short English and Danish news prose written for these tests.
import { strict as assert } from 'node:assert';
import { readDocument } from '../../server/src/engine/read/readDocument';

const names = (text: string, language?: string): string[] => readDocument('t.txt', text, language ? { language } : {}).mentions.filter((m) => m.form !== 'adjective').map((m) => m.text);

describe('entity mechanisms', () => {
  it('a title-case headline does not glue verbs to names', () => {
    const found = names('Singer Checks Into Rehab After Arrest\nThe singer Anna Berg checked into a clinic on Friday, her lawyer said. Berg is expected to stay for a month.');
    assert.ok(!found.some((t) => /Checks|Rehab/.test(t)), found.join(' | '));
    assert.ok(found.includes('Anna Berg'));
  });
  it('strips rank titles and keeps them as roles', () => {
    const d = readDocument('t.txt', 'The missing hiker was found on Sunday by Inspector Dave Morton of the regional police.');
    const m = d.mentions.find((x) => x.text === 'Dave Morton');
    assert.equal(m?.role, 'Inspector');
    assert.equal(m?.type, 'person');
  });
  it('does not join two institutions coordinated by "and"', () => {
    const found = names('Officers from Kent Police and Kent Fire and Rescue closed the road on Monday.');
    assert.ok(found.includes('Kent Police'), found.join(' | '));
    assert.ok(found.includes('Kent Fire and Rescue'), found.join(' | '));
  });
  it('keeps an acronym subject but drops capitalised headline labels', () => {
    assert.ok(names('NBCUN is reporting that talks resumed in Geneva on Tuesday.').includes('NBCUN'));
    assert.deepEqual(names('GEOLOGI\nI gennemsnit rejser fjeldene sig en millimeter om året.', 'da'), []);
  });
  it('a capitalised common noun at sentence start is not a name, a known place is', () => {
    const found = names('Regeringen vil ændre loven. Grønland får flere penge, siger ministeren.', 'da');
    assert.ok(!found.includes('Regeringen'), found.join(' | '));
    assert.ok(found.includes('Grønland'));
  });
  it('month abbreviations and weekdays stop a name', () => {
    const found = names('The Royal Navy on Saturday escorted the tanker, officials said on Oct 3.');
    assert.ok(found.includes('Royal Navy'), found.join(' | '));
    assert.ok(!found.some((t) => /Saturday|Oct/.test(t)));
  });
  it('"the government of X" links X too', () => {
    const d = readDocument('t.txt', 'Talks with the government of Peru ended without a deal, the mediators said.');
    assert.equal(d.mentions.find((m) => m.text === 'government of Peru')?.gazetteerId, 'gov:PE:government');
    assert.equal(d.mentions.find((m) => m.text === 'Peru')?.gazetteerId, 'geo:PE');
  });
  it('English place phrases: "Town, State", a facility in its town, facility nouns', () => {
    const found = names('The fire started near a bakery in Wasilla, Alaska, on Monday. The singer checked into the Harbor View Center in Rancho Mirage, Calif., last week. Two climbers died in the Tasman Glacier area on Friday.');
    assert.ok(found.includes('Wasilla, Alaska'), found.join(' | '));
    assert.ok(found.includes('Harbor View Center in Rancho Mirage, Calif'), found.join(' | '));
    assert.ok(found.includes('Tasman Glacier area'), found.join(' | '));
  });
  it('an English possessive stays out of the span; a final abbreviation period too', () => {
    const found = names("Anna Berg's lawyer said the court had met. The suspect, Arcade John Miller Jr., was held.");
    assert.ok(found.includes('Anna Berg'), found.join(' | '));
    assert.ok(found.includes('Arcade John Miller Jr'), found.join(' | '));
  });
  it('a sentence-opening subject before a verb is kept; given names beat places', () => {
    const d = readDocument('t.txt', 'Police said the man was arrested. Contoso has released a patch for the flaw. Maurice Cheeks was fired on Saturday.');
    const byText = new Map(d.mentions.map((m) => [m.text, m]));
    assert.ok(byText.has('Police') && byText.has('Contoso'), [...byText.keys()].join(' | '));
    assert.equal(byText.get('Maurice Cheeks')?.type, 'person');
  });
  it('types plural names after "the" and team names as organisations', () => {
    const d = readDocument('t.txt', 'The Indianapolis Colts beat the Chargers on Sunday, and the Philadelphia 76ers lost again.');
    const type = (t: string) => d.mentions.find((m) => m.text === t)?.type;
    assert.equal(type('Indianapolis Colts'), 'organization');
    assert.equal(type('Chargers'), 'organization');
    assert.ok(d.mentions.some((m) => m.text === 'Philadelphia 76ers'), d.mentions.map((m) => m.text).join(' | '));
  });
  it('a quoted title-case title is one mention; quoted speech is not', () => {
    const found = names('She starred in "American Pie" and in "Twilight." Then she said "Thank you all for coming" and left.');
    assert.ok(found.includes('American Pie') && found.includes('Twilight'), found.join(' | '));
    assert.ok(!found.some((t) => /Thank/.test(t)), found.join(' | '));
  });
  it('a one-word English name is a person only with evidence', () => {
    const d = readDocument('t.txt', 'The patch Contoso released on Tuesday fixed the flaw. The coach, Maurice Cheeks, was fired. Cheeks had led the team since 2003.');
    const type = (t: string) => d.mentions.find((m) => m.text === t)?.type;
    assert.equal(type('Contoso'), 'organization');
    assert.equal(type('Cheeks'), 'person');
  });
});
