import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {validateFrontMatter} from '../src/model/validate';

const file = 'kunnat/akaa/energiakatselmus.md';

/** A valid case note; each case below breaks one thing in it. */
function caseNote(): Record<string, unknown> {
  return {
    title: 'Energiakatselmus',
    description: 'Kiinteistöjen energiankulutus selvitettiin.',
    municipality: 'akaa',
    themes: ['energia'],
    phase: 'toteutus',
    start: new Date('2022-01-01T00:00:00Z'),
    end: '2022-12-31',
    tasks: [
      {title: 'Kulutustiedot koottu', done: new Date('2022-06-01T00:00:00Z')},
      {title: 'Raportti'},
    ],
    responsible: ['Akaan kaupunki'],
    contacts: [{role: 'Energia-asiantuntija', organisation: 'Akaan kaupunki'}],
    updated: '2023-01-30',
    sources: [{title: 'Akaan kaupunki', url: 'https://www.akaa.fi/'}],
  };
}

describe('a valid case note', () => {
  it('has no problems and comes out with dates as VVVV-KK-PP', () => {
    const {problems, value} = validateFrontMatter(file, 'tapaus', caseNote());
    assert.deepEqual(problems, []);
    assert.equal(value.start, '2022-01-01');
    assert.deepEqual(value.tasks, [
      {title: 'Kulutustiedot koottu', done: '2022-06-01'},
      {title: 'Raportti'},
    ]);
  });

  it('keeps the fields that Docusaurus reads', () => {
    const {problems, value} = validateFrontMatter(file, 'tapaus', {
      ...caseNote(),
      sidebar_position: 3,
    });
    assert.deepEqual(problems, []);
    assert.equal(value.sidebar_position, 3);
  });

  it('accepts a single theme written without brackets', () => {
    const {problems, value} = validateFrontMatter(file, 'tapaus', {
      ...caseNote(),
      themes: 'energia',
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(value.themes, ['energia']);
  });
});

const cases: [string, Record<string, unknown>, string[]][] = [
  [
    'unknown municipality',
    {municipality: 'Akka'},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "municipality": "Akka" ei kelpaa; sallitut arvot: palkane, valkeakoski, akaa, urjala',
    ],
  ],
  [
    'unknown theme in a list',
    {themes: ['energia', 'ilmasto']},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "themes", kohta 2: "ilmasto" ei kelpaa; sallitut arvot: energia, liikkuminen, kulutus, osallisuus, johtaminen',
    ],
  ],
  [
    'missing required choice',
    {phase: undefined},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "phase" puuttuu; sallitut arvot: idea, paatetty, suunnittelu, toteutus, valmis',
    ],
  ],
  [
    'missing required text',
    {title: undefined},
    ['kunnat/akaa/energiakatselmus.md: kenttä "title" puuttuu; odotetaan tekstiä'],
  ],
  [
    'empty text',
    {description: '  '},
    ['kunnat/akaa/energiakatselmus.md: kenttä "description" on tyhjä; odotetaan tekstiä'],
  ],
  [
    'date in Finnish form',
    {updated: '30.11.2022'},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "updated": "30.11.2022" ei kelpaa; odotetaan päivämäärää muodossa VVVV-KK-PP, esimerkiksi 2022-11-30',
    ],
  ],
  [
    'impossible date',
    {end: '2022-02-30'},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "end": "2022-02-30" ei kelpaa; odotetaan päivämäärää muodossa VVVV-KK-PP, esimerkiksi 2022-11-30',
    ],
  ],
  [
    'bad date inside a task',
    {tasks: [{title: 'Raportti', done: 'kesäkuu'}]},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "tasks", kohta 1, "done": "kesäkuu" ei kelpaa; odotetaan päivämäärää muodossa VVVV-KK-PP, esimerkiksi 2022-11-30',
    ],
  ],
  [
    'task without a title',
    {tasks: [{done: '2022-01-01'}]},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "tasks", kohta 1, "title" puuttuu; odotetaan tekstiä',
    ],
  ],
  [
    'misspelt field',
    {municiplaity: 'akaa'},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "municiplaity" on tuntematon; tarkoititko "municipality"?',
    ],
  ],
  [
    'unknown field with no near match',
    {budjetti: 1000},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "budjetti" on tuntematon; sallitut kentät: title, description, sources, example, municipality, themes, actors, phase, start, end, tasks, responsible, contacts, updated',
    ],
  ],
  [
    'source without https',
    {sources: [{title: 'Akaa', url: 'www.akaa.fi'}]},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "sources", kohta 1, "url": "www.akaa.fi" ei kelpaa; odotetaan verkko-osoitetta, joka alkaa https:// tai http://',
    ],
  ],
  [
    'no sources',
    {sources: []},
    ['kunnat/akaa/energiakatselmus.md: kenttä "sources" on tyhjä; lisää vähintään 1 kohta'],
  ],
  [
    'sources as plain text',
    {sources: 'https://www.akaa.fi/'},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "sources": "https://www.akaa.fi/" ei kelpaa; odotetaan luetteloa, jonka kohdissa on kentät "title", "url"',
    ],
  ],
  [
    'example as a word',
    {example: 'kyllä'},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "example": "kyllä" ei kelpaa; sallitut arvot: true, false',
    ],
  ],
  [
    'e-mail address in a contact',
    {contacts: [{role: 'Asiantuntija', organisation: 'Akaa', name: 'etunimi.sukunimi@akaa.fi'}]},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "contacts", kohta 1, "name" sisältää sähköpostiosoitteen tai puhelinnumeron; oppaaseen ei kirjoiteta henkilökohtaisia yhteystietoja, vaan rooli ja organisaatio',
    ],
  ],
  [
    'phone number in a contact',
    {contacts: [{role: 'Asiantuntija p. 040 123 4567', organisation: 'Akaa'}]},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "contacts", kohta 1, "role" sisältää sähköpostiosoitteen tai puhelinnumeron; oppaaseen ei kirjoiteta henkilökohtaisia yhteystietoja, vaan rooli ja organisaatio',
    ],
  ],
  [
    'municipality that does not match the folder',
    {municipality: 'urjala'},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "municipality": "urjala" ei vastaa kansiota kunnat/akaa/; korjaa kenttä tai siirrä tiedosto kansioon kunnat/urjala/',
    ],
  ],
  [
    'end before start',
    {start: '2022-05-01', end: '2021-05-01'},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "end": "2021-05-01" on ennen alkupäivää "2022-05-01"; päättymispäivän pitää olla alkupäivän jälkeen',
    ],
  ],
  [
    'a list where one value is expected',
    {phase: ['idea', 'valmis']},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "phase": luettelo ei kelpaa; sallitut arvot: idea, paatetty, suunnittelu, toteutus, valmis',
    ],
  ],
  [
    'two problems at once: both are reported',
    {municipality: 'Akka', themes: ['ilmasto']},
    [
      'kunnat/akaa/energiakatselmus.md: kenttä "municipality": "Akka" ei kelpaa; sallitut arvot: palkane, valkeakoski, akaa, urjala',
      'kunnat/akaa/energiakatselmus.md: kenttä "themes", kohta 1: "ilmasto" ei kelpaa; sallitut arvot: energia, liikkuminen, kulutus, osallisuus, johtaminen',
    ],
  ],
];

describe('problems are reported in Finnish, naming file, field, value and what is allowed', () => {
  for (const [name, change, expected] of cases) {
    it(name, () => {
      const data = {...caseNote(), ...change};
      for (const [key, value] of Object.entries(change)) if (value === undefined) delete data[key];
      assert.deepEqual(validateFrontMatter(file, 'tapaus', data).problems, expected);
    });
  }
});

describe('other content types', () => {
  it('a practice needs its effort and cost class', () => {
    const {problems} = validateFrontMatter('docs/kaytannot/x.md', 'kaytanto', {
      title: 'Käytäntö',
      description: 'Kuvaus.',
      themes: ['energia'],
      actors: ['kunta'],
      duration: '2 kuukautta',
      cost: 'halpa',
      sources: [{title: 'Lähde', url: 'https://www.akaa.fi/'}],
    });
    assert.deepEqual(problems, [
      'docs/kaytannot/x.md: kenttä "effort" puuttuu; sallitut arvot: pieni, kohtalainen, suuri',
      'docs/kaytannot/x.md: kenttä "cost": "halpa" ei kelpaa; sallitut arvot: ei, pieni, kohtalainen, suuri',
    ]);
  });

  it('a news post needs its date', () => {
    const {problems} = validateFrontMatter('blog/x.md', 'uutinen', {
      title: 'Uutinen',
      description: 'Kuvaus.',
      sources: [{title: 'Lähde', url: 'https://www.akaa.fi/'}],
    });
    assert.deepEqual(problems, [
      'blog/x.md: kenttä "date" puuttuu; odotetaan päivämäärää muodossa VVVV-KK-PP, esimerkiksi 2022-11-30',
    ]);
  });
});

describe('a draft', () => {
  it('may leave required fields empty, and says which', () => {
    const {problems, unfinished} = validateFrontMatter(file, 'tapaus', {
      title: 'Energiakatselmus',
      description: null,
      municipality: 'akaa',
      themes: [],
      responsible: [],
      sources: null,
      updated: '2026-11-27',
      draft: true,
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(unfinished, ['description', 'sources', 'themes', 'phase', 'responsible']);
  });

  it('still has every value it gives checked, and every item whole', () => {
    const {problems} = validateFrontMatter(file, 'tapaus', {
      title: 'Energiakatselmus',
      municipality: 'akaa',
      phase: 'kesken',
      sources: [{title: 'Akaan kaupunki'}],
      draft: true,
    });
    assert.deepEqual(problems, [
      'kunnat/akaa/energiakatselmus.md: kenttä "sources", kohta 1, "url" puuttuu; odotetaan verkko-osoitetta, joka alkaa https:// tai http://',
      'kunnat/akaa/energiakatselmus.md: kenttä "phase": "kesken" ei kelpaa; sallitut arvot: idea, paatetty, suunnittelu, toteutus, valmis',
    ]);
  });

  it('is an ordinary file again once draft: true is gone', () => {
    const {problems, unfinished} = validateFrontMatter(file, 'tapaus', {
      ...caseNote(),
      responsible: [],
      draft: false,
    });
    assert.deepEqual(problems, [
      'kunnat/akaa/energiakatselmus.md: kenttä "responsible" on tyhjä; lisää vähintään 1 kohta',
    ]);
    assert.deepEqual(unfinished, []);
  });
});

describe('an optional field left empty', () => {
  it('is as if it were not there, as the browser editor writes a cleared field', () => {
    const {problems, value} = validateFrontMatter(file, 'tapaus', {
      ...caseNote(),
      start: '',
      actors: [],
      contacts: [],
    });
    assert.deepEqual(problems, []);
    assert.equal('start' in value, false);
    assert.equal('actors' in value, false);
  });

  it('is still a problem when the field is required', () => {
    const {problems} = validateFrontMatter(file, 'tapaus', {...caseNote(), phase: ''});
    assert.deepEqual(problems, [
      'kunnat/akaa/energiakatselmus.md: kenttä "phase": "" ei kelpaa; sallitut arvot: idea, paatetty, suunnittelu, toteutus, valmis',
    ]);
  });
});
