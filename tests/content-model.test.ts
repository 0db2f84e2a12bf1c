import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {actorKeys, actors} from '../src/data/actors';
import {contentTypeKeys, contentTypes, typeOfPath} from '../src/data/contentTypes';
import type {FieldSpec} from '../src/data/fields';
import {municipalities, municipalityKeys} from '../src/data/municipalities';
import {phaseIndex, phaseKeys, phases} from '../src/data/phases';
import {themeKeys, themes} from '../src/data/themes';

const lists = [
  ['municipalities', municipalityKeys, municipalities],
  ['themes', themeKeys, themes],
  ['phases', phaseKeys, phases],
  ['actors', actorKeys, actors],
  ['content types', contentTypeKeys, contentTypes],
] as const;

describe('fixed lists', () => {
  for (const [name, keys, record] of lists) {
    it(`${name}: every key has a Finnish label and description, and nothing else is defined`, () => {
      assert.deepEqual(Object.keys(record).sort(), [...keys].sort());
      for (const key of keys) {
        const entry = (record as Record<string, {label: string; description: string}>)[key]!;
        assert.ok(entry.label.trim().length > 1, `${name}.${key} has no label`);
        assert.ok(entry.description.trim().length > 10, `${name}.${key} has no description`);
      }
    });

    it(`${name}: keys are lowercase ASCII, usable in file names and URLs`, () => {
      for (const key of keys) assert.match(key, /^[a-z][a-z0-9-]*$/);
      assert.equal(new Set(keys).size, keys.length);
    });
  }

  it('the four municipalities of the project are there', () => {
    assert.deepEqual(
      municipalityKeys.map((key) => municipalities[key].label),
      ['Pälkäne', 'Valkeakoski', 'Akaa', 'Urjala'],
    );
  });

  it('phases run in the order of the public action pages', () => {
    assert.deepEqual(
      phaseKeys.map((key) => phases[key].label),
      ['Idea', 'Päätetty käynnistää', 'Suunnittelu', 'Toteutus', 'Valmis'],
    );
    assert.equal(phaseIndex('idea'), 0);
    assert.equal(phaseIndex('valmis'), 4);
  });

  it('themes hold the programme’s four lanes plus climate leadership', () => {
    assert.equal(themeKeys.filter((key) => themes[key].programmeLane).length, 4);
    assert.equal(themes.johtaminen.programmeLane, false);
  });
});

describe('field specs', () => {
  const allFields = contentTypeKeys.flatMap((type) =>
    Object.entries(contentTypes[type].fields).map(([name, spec]) => [type, name, spec] as const),
  );

  it('every content type requires title, description and sources', () => {
    for (const type of contentTypeKeys) {
      for (const name of ['title', 'description', 'sources']) {
        assert.equal(contentTypes[type].fields[name]?.required, true, `${type}.${name}`);
      }
    }
  });

  it('every field has a Finnish label and description', () => {
    const check = (where: string, spec: FieldSpec) => {
      assert.ok(spec.label.length > 1, `${where} has no label`);
      assert.ok(spec.description.length > 10, `${where} has no description`);
      if (spec.kind === 'objectlist') {
        for (const [name, inner] of Object.entries(spec.fields))
          check(`${where}.${name}`, inner as FieldSpec);
      }
    };
    for (const [type, name, spec] of allFields) check(`${type}.${name}`, spec);
  });

  it('choice fields offer exactly the keys of their list, each with a label', () => {
    for (const [type, name, spec] of allFields) {
      if (spec.kind !== 'choice') continue;
      assert.deepEqual(Object.keys(spec.optionLabels), [...spec.options], `${type}.${name}`);
    }
    assert.deepEqual(contentTypes.tapaus.fields.municipality, {
      ...contentTypes.tapaus.fields.municipality,
      options: municipalityKeys,
    });
  });
});

describe('typeOfPath', () => {
  const cases: [string, string | undefined][] = [
    ['docs/index.md', 'luku'],
    ['docs/menetelmat/raportointi.md', 'luku'],
    ['docs/kaytannot/index.md', 'luku'],
    ['docs/kaytannot/ilmastovahti.md', 'kaytanto'],
    ['docs/tyopajat/koulutus.mdx', 'tyopaja'],
    ['docs/tyopajat/vanhat/x.md', 'luku'],
    ['kunnat/akaa/energia.md', 'tapaus'],
    ['blog/2021-05-01-alku.md', 'uutinen'],
    ['docs/_osat/huomio.md', undefined],
    ['docs/kuva.png', undefined],
    ['src/pages/saavutettavuus.md', undefined],
  ];
  for (const [file, expected] of cases) {
    it(`${file} → ${expected ?? 'ei sisältöä'}`, () => {
      assert.equal(typeOfPath(file), expected);
    });
  }
});
