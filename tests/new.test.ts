import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';

import {contentTypeKeys, contentTypes} from '../src/data/contentTypes';
import {loadFile} from '../src/plugins/content-model/load';
import {renderFile, resolveType, slugify, yamlString} from '../scripts/lib/scaffold';
import {runNew, type Ask} from '../scripts/new';

const now = new Date(2026, 10, 27, 12, 0, 0);

describe('slugs from Finnish titles', () => {
  const table: [string, string][] = [
    ['Testi', 'testi'],
    ['Energiansäästö ja raportointi', 'energiansaasto-ja-raportointi'],
    ['Työmatkapyöräily ja kestävä liikkuminen', 'tyomatkapyoraily-ja-kestava-liikkuminen'],
    ['Åland ja Öljylämmitys', 'aland-ja-oljylammitys'],
    ['Hiilineutraali Etelä-Pirkanmaa 2030', 'hiilineutraali-etela-pirkanmaa-2030'],
    ['Ilmasto-ohjelma 2020–2030', 'ilmasto-ohjelma-2020-2030'],
    ['Mitä opimme? Kysely, tulokset & jatko!', 'mita-opimme-kysely-tulokset-jatko'],
    ['  Kaksi   välilyöntiä  ', 'kaksi-valilyontia'],
    ['CO₂-päästöt: "lähtötaso"', 'co2-paastot-lahtotaso'],
    ['Kahvila Café', 'kahvila-cafe'],
    ['?!', ''],
  ];
  for (const [title, slug] of table) {
    it(`"${title}" → "${slug}"`, () => {
      assert.equal(slugify(title), slug);
    });
  }
});

describe('type names on the command line', () => {
  const table: [string, string | undefined][] = [
    ['chapter', 'luku'],
    ['practice', 'kaytanto'],
    ['workshop', 'tyopaja'],
    ['case-note', 'tapaus'],
    ['news', 'uutinen'],
    ['tapaus', 'tapaus'],
    ['Uutinen', 'uutinen'],
    ['blogi', undefined],
  ];
  for (const [name, type] of table) {
    it(`${name} → ${String(type)}`, () => {
      assert.equal(resolveType(name), type);
    });
  }
});

describe('YAML strings', () => {
  it('leaves plain Finnish text plain and quotes what YAML would read otherwise', () => {
    assert.equal(yamlString('Akaan kaupunki'), 'Akaan kaupunki');
    assert.equal(yamlString('2030'), '"2030"');
    assert.equal(yamlString('Tavoite: 80 %'), '"Tavoite: 80 %"');
    assert.equal(yamlString('true'), '"true"');
    assert.equal(yamlString('#1 käytäntö'), '"#1 käytäntö"');
  });
});

/** Runs the command in a site folder and collects what it printed. */
async function run(
  siteDir: string,
  args: string[],
  ask?: Ask,
): Promise<{code: number; output: string[]}> {
  const output: string[] = [];
  const code = await runNew({args, siteDir, now, ask, print: (line) => output.push(line)});
  return {code, output};
}

describe('npm run new', () => {
  let siteDir: string;

  before(() => {
    siteDir = mkdtempSync(path.join(tmpdir(), 'opas-new-'));
    mkdirSync(path.join(siteDir, 'docs', 'menetelmat'), {recursive: true});
    mkdirSync(path.join(siteDir, 'docs', 'kaytannot'), {recursive: true});
  });

  after(() => {
    rmSync(siteDir, {recursive: true, force: true});
  });

  it('writes a case note that the build accepts as a draft', async () => {
    const {code, output} = await run(siteDir, [
      'case-note',
      '--title',
      'Testi',
      '--municipality',
      'akaa',
    ]);
    assert.equal(code, 0, output.join('\n'));
    assert.equal(output[0], 'Kirjoitettiin kunnat/akaa/testi.md.');
    const {entry, problems} = await loadFile(siteDir, 'kunnat/akaa/testi.md');
    assert.deepEqual(problems, []);
    assert.equal(entry?.type, 'tapaus');
    assert.equal(entry?.draft, true);
    assert.equal(entry?.frontMatter.title, 'Testi');
    assert.equal(entry?.frontMatter.municipality, 'akaa');
    assert.equal(entry?.frontMatter.updated, '2026-11-27');
    // Nothing is made up: what only the writer knows is left to fill in.
    assert.deepEqual(entry?.unfinished, [
      'description',
      'sources',
      'themes',
      'phase',
      'responsible',
    ]);
    const text = readFileSync(path.join(siteDir, 'kunnat/akaa/testi.md'), 'utf8');
    assert.match(text, /^## Mitä tehtiin$/m);
    assert.match(text, /^## Mitä opimme$/m);
    assert.match(text, /^draft: true$/m);
  });

  it('refuses to overwrite the file on a second run', async () => {
    const file = path.join(siteDir, 'kunnat/akaa/testi.md');
    const before = readFileSync(file, 'utf8');
    const {code, output} = await run(siteDir, [
      'case-note',
      '--title',
      'Testi',
      '--municipality',
      'akaa',
      '--phase',
      'valmis',
    ]);
    assert.equal(code, 1);
    assert.deepEqual(output, [
      'Tiedosto kunnat/akaa/testi.md on jo olemassa, eikä sitä korvata. Muokkaa olemassa olevaa tiedostoa tai valitse toinen otsikko.',
    ]);
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  it('rejects bad values with the messages of the build, and writes nothing', async () => {
    const {code, output} = await run(siteDir, [
      'case-note',
      '--title',
      'Energiakatselmus',
      '--municipality',
      'akaa',
      '--themes',
      'energia,ilmasto',
      '--phase',
      'kesken',
    ]);
    assert.equal(code, 1);
    assert.deepEqual(output, [
      'kunnat/akaa/energiakatselmus.md: kenttä "themes", kohta 2: "ilmasto" ei kelpaa; sallitut arvot: energia, liikkuminen, kulutus, osallisuus, johtaminen',
      'kunnat/akaa/energiakatselmus.md: kenttä "phase": "kesken" ei kelpaa; sallitut arvot: idea, paatetty, suunnittelu, toteutus, valmis',
      '\nTiedostoa ei kirjoitettu. Korjaa arvot ja aja komento uudelleen.',
    ]);
    const {problems} = await loadFile(siteDir, 'kunnat/akaa/energiakatselmus.md').catch(() => ({
      problems: ['ei tiedostoa'],
    }));
    assert.deepEqual(problems, ['ei tiedostoa']);
  });

  it('asks for the municipality of a case note', async () => {
    const {code, output} = await run(siteDir, ['case-note', '--title', 'Ilman kuntaa']);
    assert.equal(code, 1);
    assert.deepEqual(output, [
      'Kerro kunta: --municipality <kunta>. Kuntien esimerkit tallennetaan kunnan kansioon; sallitut arvot: palkane, valkeakoski, akaa, urjala',
    ]);
  });

  it('names the allowed flags when one is unknown', async () => {
    const {code, output} = await run(siteDir, ['news', '--title', 'Uutinen', '--kunta', 'akaa']);
    assert.equal(code, 1);
    assert.deepEqual(output, [
      'Tuntematon valinta --kunta sivutyypille uutinen. Sallitut valinnat: --folder, --title, --description, --example, --date, --themes. Laita arvo, jossa on välilyöntejä, lainausmerkkeihin: --title "Kaksi sanaa".',
    ]);
  });

  it('refuses an unknown type', async () => {
    const {code, output} = await run(siteDir, ['blogi', '--title', 'X']);
    assert.equal(code, 1);
    assert.match(
      output[0]!,
      /^Tuntematon sivutyyppi "blogi"\. Sallitut tyypit:\n {2}chapter \(tai luku\)/,
    );
  });

  it('puts news under a dated file name and chapters in the part asked for', async () => {
    const news = await run(siteDir, [
      'news',
      '--title',
      'Ilmastoviikko alkaa',
      '--themes',
      'osallisuus',
    ]);
    assert.equal(news.output[0], 'Kirjoitettiin blog/2026-11-27-ilmastoviikko-alkaa.md.');
    const chapter = await run(siteDir, [
      'luku',
      '--title',
      'Uusi menetelmä',
      '--folder',
      'menetelmat',
    ]);
    assert.equal(chapter.output[0], 'Kirjoitettiin docs/menetelmat/uusi-menetelma.md.');
    const wrongPart = await run(siteDir, ['chapter', '--title', 'X', '--folder', 'kaytannot']);
    assert.deepEqual(wrongPart.output, [
      'Oppaan osaa "kaytannot" ei ole. Sallitut osat: menetelmat',
    ]);
  });

  it('asks for each field in a terminal, offering the allowed values', async () => {
    const answers = [
      'Koulujen energiakilpailu', // title
      'Koulut kilpailivat energiansäästössä.', // description
      'k', // add a source
      'Valkeakosken kaupunki', // source title
      'ftp://valkeakoski.fi', // a bad address first
      'https://www.valkeakoski.fi/', // then a front page
      'https://www.valkeakoski.fi/ilmasto', // then a page
      '', // checked: today
      'e', // no second source
      '', // example: skipped
      '2', // municipality: valkeakoski
      '1,osallisuus', // themes
      '', // actors: skipped
      'toteutus', // phase
      '2025-01-01', // start
      '', // end: skipped
      'e', // no tasks
      'Valkeakosken kaupunki', // responsible 1
      '', // end of responsible
      'e', // no contacts
      '', // updated: today
      'e', // no outcomes
      '', // no success factors
      '', // no obstacles
      'e', // no cost figures
      '', // no lessons
    ];
    const questions: string[] = [];
    const ask: Ask = async (question) => {
      questions.push(question);
      const answer = answers.shift();
      assert.notEqual(answer, undefined, `no answer left for: ${question}`);
      return answer!;
    };
    const {code, output} = await run(siteDir, ['case-note'], ask);
    assert.equal(code, 0, output.join('\n'));
    assert.deepEqual(answers, []);
    assert.ok(output.includes('  2) valkeakoski: Valkeakoski'), output.join('\n'));
    assert.ok(
      output.includes(
        'kunnat/uusi.md: kenttä "sources", kohta 1, "url": "ftp://valkeakoski.fi" ei kelpaa; odotetaan verkko-osoitetta, joka alkaa https:// tai http://',
      ),
      output.join('\n'),
    );
    assert.ok(
      output.includes(
        'kunnat/uusi.md: kenttä "sources", kohta 1, "url": "https://www.valkeakoski.fi/" on sivuston etusivu, josta lukija ei löydä tietoa; kirjoita tähän sen sivun oma osoite, jolla tieto kerrotaan, tai jos sellaista sivua ei löydy, poista lähde ja kerro tekstissä, ettei tiedolle löytynyt julkista sivua',
      ),
      output.join('\n'),
    );
    assert.ok(questions.includes('Tietoja päivitetty [2026-11-27]: '), questions.join('\n'));
    const file = 'kunnat/valkeakoski/koulujen-energiakilpailu.md';
    assert.ok(output.includes(`Kirjoitettiin ${file}.`), output.join('\n'));
    const {entry, problems} = await loadFile(siteDir, file);
    assert.deepEqual(problems, []);
    assert.deepEqual(entry?.unfinished, []);
    assert.deepEqual(entry?.frontMatter.themes, ['energia', 'osallisuus']);
    assert.deepEqual(entry?.frontMatter.sources, [
      {
        title: 'Valkeakosken kaupunki',
        url: 'https://www.valkeakoski.fi/ilmasto',
        checked: '2026-11-27',
      },
    ]);
    assert.equal(entry?.frontMatter.start, '2025-01-01');
    assert.equal(entry?.frontMatter.updated, '2026-11-27');
  });
});

describe('a new file of every type', () => {
  let siteDir: string;

  before(() => {
    siteDir = mkdtempSync(path.join(tmpdir(), 'opas-render-'));
  });

  after(() => {
    rmSync(siteDir, {recursive: true, force: true});
  });

  for (const type of contentTypeKeys) {
    it(`${type}: passes the validator as a draft, with the type's outline`, async () => {
      const {code, output} = await run(siteDir, [
        type,
        '--title',
        `Uusi ${type}`,
        ...(type === 'tapaus' ? ['--municipality', 'urjala'] : []),
      ]);
      assert.equal(code, 0, output.join('\n'));
      const file = output[0]!.replace(/^Kirjoitettiin (.*)\.$/, '$1');
      const {entry, problems} = await loadFile(siteDir, file);
      assert.deepEqual(problems, []);
      assert.equal(entry?.type, type);
      assert.equal(entry?.draft, true);
      assert.ok(entry!.unfinished.includes('sources'));
      const headings = readFileSync(path.join(siteDir, file), 'utf8').match(/^## .*$/gm) ?? [];
      assert.deepEqual(
        headings,
        contentTypes[type].outline.map((heading) => `## ${heading}`),
      );
    });
  }

  it('writes given values so that YAML reads them back unchanged', async () => {
    const text = renderFile(
      'kaytanto',
      {
        title: 'Tavoite: 80 % vähemmän',
        description: '2030 mennessä',
        themes: ['energia'],
        actors: ['kunta', 'asukkaat'],
        effort: 'pieni',
        duration: '2–3 kuukautta',
        example: true,
      },
      '2026-11-27',
    );
    mkdirSync(path.join(siteDir, 'docs', 'kaytannot'), {recursive: true});
    const {writeFileSync} = await import('node:fs');
    writeFileSync(path.join(siteDir, 'docs/kaytannot/tavoite.md'), text);
    const {entry, problems} = await loadFile(siteDir, 'docs/kaytannot/tavoite.md');
    assert.deepEqual(problems, []);
    assert.equal(entry?.frontMatter.title, 'Tavoite: 80 % vähemmän');
    assert.equal(entry?.frontMatter.description, '2030 mennessä');
    assert.deepEqual(entry?.frontMatter.actors, ['kunta', 'asukkaat']);
    assert.equal(entry?.frontMatter.example, true);
    assert.deepEqual(entry?.unfinished, ['sources', 'cost']);
  });

  it('shows the shape of a source with its check date', () => {
    const lines = renderFile('uutinen', {title: 'X'}, '2026-11-27').split('\n');
    const at = lines.indexOf('sources: # TÄYDENNÄ');
    assert.deepEqual(lines.slice(at, at + 4), [
      'sources: # TÄYDENNÄ',
      '  # - title: Lähteen nimi',
      '  #   url: https://…',
      '  #   checked: VVVV-KK-PP',
    ]);
  });
});
