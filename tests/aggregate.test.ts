import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {
  countByPhase,
  distinctContacts,
  facetCounts,
  filterItems,
  finderUrl,
  formatFilters,
  groupByTheme,
  parseFilters,
  phaseTable,
  toCsv,
} from '../src/model/aggregate';
import type {FacetValues} from '../src/data/facets';
import type {ThemeKey} from '../src/data/themes';
import {noFilters} from '../src/model/facets';
import type {CaseNote, Item} from '../src/model/types';

function note(overrides: Partial<CaseNote>): CaseNote {
  return {
    type: 'tapaus',
    permalink: `/kunnat/x/${overrides.title ?? 'x'}`,
    file: 'kunnat/x.md',
    title: 'x',
    description: 'x',
    municipality: 'akaa',
    phase: 'idea',
    updated: '2022-01-01',
    example: false,
    contacts: [],
    ...overrides,
    facets: {
      ...noFilters(),
      tyyppi: ['tapaus'],
      kunta: [overrides.municipality ?? 'akaa'],
      vaihe: [overrides.phase ?? 'idea'],
      teema: ['energia'],
      ...overrides.facets,
    },
  };
}

function practice(overrides: Partial<Item>): Item {
  return {
    type: 'kaytanto',
    permalink: `/opas/kaytannot/${overrides.title ?? 'x'}`,
    file: 'docs/kaytannot/x.md',
    title: 'x',
    description: 'x',
    example: false,
    ...overrides,
    facets: {
      ...noFilters(),
      tyyppi: ['kaytanto'],
      teema: ['johtaminen'],
      toimija: ['kunta'],
      ...overrides.facets,
    },
  };
}

/** Facet values that the helpers above do not fill in. */
function teema(...themes: ThemeKey[]): FacetValues {
  return {teema: themes} as FacetValues;
}

const notes = [
  note({
    title: 'a',
    municipality: 'akaa',
    phase: 'toteutus',
    facets: teema('energia', 'johtaminen'),
  }),
  note({title: 'b', municipality: 'akaa', phase: 'toteutus', facets: teema('energia')}),
  note({title: 'c', municipality: 'urjala', phase: 'valmis', facets: teema('liikkuminen')}),
  note({title: 'd', municipality: 'palkane', phase: 'idea', facets: teema('johtaminen')}),
];
const practices = [
  practice({
    title: 'p1',
    facets: {...teema('energia'), toimija: ['kunta', 'yritykset'], kunta: ['akaa']},
  }),
  practice({title: 'p2', facets: {...teema('osallisuus'), toimija: ['asukkaat']}}),
];
const items: Item[] = [...notes, ...practices];

describe('counting case notes', () => {
  it('counts by phase, with every phase present', () => {
    assert.deepEqual(countByPhase(notes), {
      idea: 1,
      paatetty: 0,
      suunnittelu: 0,
      toteutus: 2,
      valmis: 1,
    });
    assert.deepEqual(countByPhase([]), {
      idea: 0,
      paatetty: 0,
      suunnittelu: 0,
      toteutus: 0,
      valmis: 0,
    });
  });

  it('counts by municipality and phase, with every municipality present', () => {
    const table = phaseTable(notes);
    assert.deepEqual(Object.keys(table), ['palkane', 'valkeakoski', 'akaa', 'urjala']);
    assert.equal(table.akaa.toteutus, 2);
    assert.equal(table.urjala.valmis, 1);
    assert.equal(table.palkane.idea, 1);
    assert.deepEqual(Object.values(table.valkeakoski), [0, 0, 0, 0, 0]);
  });

  it('groups by theme in the themes’ order; a note with two themes is in both', () => {
    const groups = groupByTheme(notes).map((group) => [
      group.theme,
      group.notes.map((n) => n.title),
    ]);
    assert.deepEqual(groups, [
      ['energia', ['a', 'b']],
      ['liikkuminen', ['c']],
      ['johtaminen', ['a', 'd']],
    ]);
  });

  it('lists each contact once, whatever the letter case', () => {
    const contacts = distinctContacts([
      note({contacts: [{role: 'Ilmastoasiantuntija', organisation: 'Akaan kaupunki'}]}),
      note({
        contacts: [
          {role: 'ilmastoasiantuntija', organisation: 'Akaan kaupunki'},
          {role: 'Ympäristötarkastaja', organisation: 'Akaan kaupunki'},
        ],
      }),
    ]);
    assert.deepEqual(
      contacts.map((c) => c.role),
      ['Ilmastoasiantuntija', 'Ympäristötarkastaja'],
    );
  });
});

describe('finder filters in the URL', () => {
  it('read known values and ignore unknown ones', () => {
    assert.deepEqual(
      parseFilters('?teema=energia&teema=ilmasto&kunta=akaa,urjala&x=1&vaihe=valmis'),
      {
        kunta: ['akaa', 'urjala'],
        teema: ['energia'],
        vaihe: ['valmis'],
        tyyppi: [],
        toimija: [],
      },
    );
  });

  it('survive a round trip in a stable order', () => {
    const query = formatFilters({teema: ['johtaminen', 'energia'], kunta: ['urjala']});
    assert.equal(query, '?kunta=urjala&teema=energia&teema=johtaminen');
    assert.deepEqual(parseFilters(query), {
      kunta: ['urjala'],
      teema: ['energia', 'johtaminen'],
      vaihe: [],
      tyyppi: [],
      toimija: [],
    });
    assert.equal(finderUrl({}), '/kaytannot');
    assert.equal(finderUrl({tyyppi: ['tapaus']}), '/kaytannot?tyyppi=tapaus');
  });

  it('hostile input reads as no filter', () => {
    assert.deepEqual(
      parseFilters('?teema=<script>alert(1)</script>&kunta=%E0%A4%A'),
      parseFilters(''),
    );
  });
});

describe('filtering and facet counts', () => {
  const titles = (list: Item[]) => list.map((item) => item.title);

  it('several values of one filter widen, several filters narrow', () => {
    assert.deepEqual(titles(filterItems(items, parseFilters('?teema=energia'))), ['a', 'b', 'p1']);
    assert.deepEqual(titles(filterItems(items, parseFilters('?teema=energia&teema=liikkuminen'))), [
      'a',
      'b',
      'c',
      'p1',
    ]);
    assert.deepEqual(titles(filterItems(items, parseFilters('?teema=energia&kunta=urjala'))), []);
    assert.deepEqual(titles(filterItems(items, parseFilters('?tyyppi=kaytanto'))), ['p1', 'p2']);
  });

  it('a phase filter leaves out practices, which have no phase', () => {
    assert.deepEqual(titles(filterItems(items, parseFilters('?vaihe=toteutus'))), ['a', 'b']);
  });

  it('counts what choosing each value would give, given the other filters', () => {
    const counts = facetCounts(items, parseFilters('?teema=energia&kunta=akaa'));
    // Other themes are counted as if chosen instead, within kunta=akaa.
    assert.equal(counts.teema.energia, 3);
    assert.equal(counts.teema.johtaminen, 1);
    assert.equal(counts.teema.osallisuus, 0);
    // Municipalities are counted within teema=energia.
    assert.equal(counts.kunta.akaa, 3);
    assert.equal(counts.kunta.urjala, 0);
    assert.equal(counts.tyyppi.tapaus, 2);
    assert.equal(counts.tyyppi.kaytanto, 1);
    assert.equal(counts.toimija.yritykset, 1);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting, joins lists with "; " and ends rows with CRLF', () => {
    assert.equal(
      toCsv(
        ['id', 'title', 'themes', 'none'],
        [
          {id: 'a', title: 'Hinku "2030", tavoite', themes: ['energia', 'johtaminen']},
          {id: 'b', title: 'Rivi\nkaksi', themes: []},
        ],
      ),
      'id,title,themes,none\r\na,"Hinku ""2030"", tavoite",energia; johtaminen,\r\nb,"Rivi\nkaksi",,\r\n',
    );
  });
});
