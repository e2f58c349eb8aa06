// Story-scoped linking of short forms across articles: an organisation's last word, an acronym
// spelled by a name's initials, a person's surname when the full name carries "Jr.".
import * as assert from 'node:assert/strict';
import { linked } from './compare-helpers';

describe('compare: linking short forms across articles', () => {
  it('links a team called by its last word to the one full name in the story', () => {
    const id = linked([
      { path: 'l/a.txt', text: 'The Indianapolis Colts beat the Kansas City Chiefs.', mentions: [{ text: 'Indianapolis Colts', type: 'organization' }, { text: 'Kansas City Chiefs', type: 'organization' }] },
      { path: 'l/b.txt', text: 'The Colts won against the Chiefs.', mentions: [{ text: 'Colts', type: 'organization' }, { text: 'Chiefs', type: 'organization' }] },
    ]);
    assert.equal(id('l/b.txt', 'Colts'), id('l/a.txt', 'Indianapolis Colts'));
    assert.equal(id('l/b.txt', 'Chiefs'), id('l/a.txt', 'Kansas City Chiefs'));
    assert.notEqual(id('l/b.txt', 'Colts'), id('l/b.txt', 'Chiefs'));
  });

  it('does not join a last word shared by two organisations, a generic head word, or across stories', () => {
    const id = linked([
      { path: 'm/a.txt', text: 'Northern Rangers and Southern Rangers met the City Council.', mentions: [{ text: 'Northern Rangers', type: 'organization' }, { text: 'Southern Rangers', type: 'organization' }, { text: 'City Council', type: 'organization' }] },
      { path: 'm/b.txt', text: 'Rangers complained to the Council.', mentions: [{ text: 'Rangers', type: 'organization' }, { text: 'Council', type: 'organization' }] },
      { path: 'm/c.txt', text: 'The Wichita Falcons lost.', mentions: [{ text: 'Wichita Falcons', type: 'organization' }] },
      { path: 'm/d.txt', text: 'The Falcons lost again.', mentions: [{ text: 'Falcons', type: 'organization' }], story: 'other' },
    ]);
    assert.notEqual(id('m/b.txt', 'Rangers'), id('m/a.txt', 'Northern Rangers'));
    assert.notEqual(id('m/b.txt', 'Rangers'), id('m/a.txt', 'Southern Rangers'));
    assert.notEqual(id('m/b.txt', 'Council'), id('m/a.txt', 'City Council'));
    assert.notEqual(id('m/d.txt', 'Falcons'), id('m/c.txt', 'Wichita Falcons'));
  });

  it('links an undefined acronym to the one name of the story its initials spell', () => {
    const id = linked([
      { path: 'n/a.txt', text: 'A flaw was found in Internet Explorer and Windows Media Player.', mentions: [{ text: 'Internet Explorer', type: 'other' }, { text: 'Windows Media Player', type: 'other' }] },
      { path: 'n/b.txt', text: 'Users of IE and WMP should update.', mentions: [{ text: 'IE', type: 'other', form: 'acronym' }, { text: 'WMP', type: 'other', form: 'acronym' }] },
    ]);
    assert.equal(id('n/b.txt', 'IE'), id('n/a.txt', 'Internet Explorer'));
    assert.equal(id('n/b.txt', 'WMP'), id('n/a.txt', 'Windows Media Player'));
  });

  it('leaves an acronym apart when two names of the story spell it', () => {
    const id = linked([
      { path: 'o/a.txt', text: 'The National Party and the New Pioneers met.', mentions: [{ text: 'National Party', type: 'organization' }, { text: 'New Pioneers', type: 'organization' }] },
      { path: 'o/b.txt', text: 'The NP walked out.', mentions: [{ text: 'NP', type: 'organization', form: 'acronym' }] },
    ]);
    assert.notEqual(id('o/b.txt', 'NP'), id('o/a.txt', 'National Party'));
    assert.notEqual(id('o/b.txt', 'NP'), id('o/a.txt', 'New Pioneers'));
  });

  it('links a surname to a full name that ends in a generational suffix', () => {
    const id = linked([
      { path: 'p/a.txt', text: 'Arcade Joseph Comeaux Jr. escaped.', mentions: [{ text: 'Arcade Joseph Comeaux Jr.', type: 'person' }] },
      { path: 'p/b.txt', text: 'Comeaux was caught.', mentions: [{ text: 'Comeaux', type: 'person' }] },
    ]);
    assert.equal(id('p/b.txt', 'Comeaux'), id('p/a.txt', 'Arcade Joseph Comeaux Jr.'));
  });
});
