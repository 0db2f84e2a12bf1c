import assert from 'node:assert/strict';
import path from 'node:path';
import {inspect} from 'node:util';
import {describe, it} from 'node:test';

import {ContentError, loadContentFiles} from '../src/plugins/content-model/load';

const badSite = path.join(__dirname, 'fixtures', 'bad-site');

describe('loading a site with mistakes', () => {
  it('reports every problem of every file at once, in file order', async () => {
    const {problems, entries} = await loadContentFiles(badSite);
    assert.deepEqual(problems, [
      'blog/2022-01-01-uutinen.md: kenttä "date" puuttuu; odotetaan päivämäärää muodossa VVVV-KK-PP, esimerkiksi 2022-11-30',
      'docs/rikki.md, rivi 5: alun tietolohko (front matter) on kirjoitettu väärin: lainausmerkki jäi sulkematta; tarkista sisennykset, kaksoispisteet ja lainausmerkit',
      'kunnat/akaa/energiakatselmus.md: kenttä "municipality": "Akka" ei kelpaa; sallitut arvot: palkane, valkeakoski, akaa, urjala',
      'kunnat/akaa/energiakatselmus.md: kenttä "themes", kohta 2: "ilmasto" ei kelpaa; sallitut arvot: energia, liikkuminen, kulutus, osallisuus, johtaminen',
      'kunnat/akka/vaara-kansio.md: kuntien esimerkit kuuluvat kunnan kansioon; sallitut kansiot: kunnat/palkane/, kunnat/valkeakoski/, kunnat/akaa/, kunnat/urjala/',
    ]);
    assert.deepEqual(
      entries.map((entry) => entry.file),
      ['docs/kunnossa.md'],
    );
  });

  it('the error that stops the build lists the problems without a stack trace', () => {
    const error = new ContentError(['a.md: yksi', 'b.md: kaksi']);
    assert.equal(
      error.message,
      'Sisällössä on 2 virhettä. Korjaa ne, niin sivusto rakentuu taas:\n  - a.md: yksi\n  - b.md: kaksi',
    );
    assert.equal(error.stack, error.message);
    assert.equal(
      new ContentError(['a.md: yksi']).message,
      'Sisällössä on yksi virhe. Korjaa se, niin sivusto rakentuu taas:\n  - a.md: yksi',
    );
  });

  it('prints as its Finnish lines alone, also as the cause of the CLI’s error: no field dump', () => {
    const error = new ContentError(['a.md: yksi', 'b.md: kaksi']);
    assert.equal(inspect(error, {depth: Infinity}), error.message);
    assert.deepEqual(error.problems, ['a.md: yksi', 'b.md: kaksi']);
    // What `docusaurus build` prints: its own error with ours as the cause.
    const printed = inspect(new Error('Unable to build website', {cause: error}), {
      depth: Infinity,
    });
    assert.equal(printed.split('a.md: yksi').length - 1, 1, printed);
    assert.doesNotMatch(printed, /problems:|name: 'ContentError'/);
  });
});

describe('the real site', () => {
  it('has no content problems', async () => {
    const {problems, entries} = await loadContentFiles(path.join(__dirname, '..'));
    assert.deepEqual(problems, []);
    assert.ok(entries.length > 0);
  });
});
