import assert from 'node:assert/strict';
import {mkdtemp, mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';

import {
  compoundParts,
  FALLBACK_NOTICE,
  NO_VOIKKO_ENV,
  openMorphology,
  partRuns,
  STREAM_BATCH,
} from '../src/plugins/search/morphology';
import {DEFAULT_OPTIONS} from '../src/plugins/search/options';

describe('Voikko, installed (scripts/ensure-voikko.sh)', () => {
  const voikko = openMorphology({env: {}});
  after(() => voikko?.close());

  it('opens', () => {
    assert.ok(voikko, 'Voikko is not installed: run bash scripts/ensure-voikko.sh');
  });

  it('gives base forms and every run of compound parts', () => {
    assert.deepEqual(voikko!.analyse('ilmastovuosikertomuksen')?.lemmas, ['ilmastovuosikertomus']);
    const parts = voikko!.analyse('ilmastovuosikertomuksen')!.parts;
    for (const part of ['ilmasto', 'vuosi', 'kertomus', 'ilmastovuosi', 'vuosikertomus'])
      assert.ok(parts.includes(part), `${part} in ${parts.join(', ')}`);
  });

  it('keeps derivational suffixes on their part', () => {
    const parts = voikko!.analyse('saavutettavuuskantelun')!.parts;
    assert.ok(parts.includes('saavutettavuus'), parts.join(', '));
    assert.ok(parts.includes('kantelu'), parts.join(', '));
    assert.ok(!parts.includes('tavu'), 'a derivational segment is not a part');
  });

  it('knows inflected forms: maalämmön → maalämpö, kuntien → kunta', () => {
    assert.deepEqual(voikko!.analyse('maalämmön')?.lemmas, ['maalämpö']);
    assert.deepEqual(voikko!.analyse('kuntien')?.lemmas, ['kunta']);
  });

  it('a word it does not know gives nothing', () => {
    assert.equal(voikko!.analyse('vörkkelö'), undefined);
  });

  it('words streamed to worker threads get the same analyses as one by one', async () => {
    const stems = ['kunta', 'ilmasto', 'päästö', 'lämpö', 'tie', 'vuosi', 'kertomus', 'johtaja'];
    const endings = [
      '',
      'n',
      'a',
      'ä',
      'ssa',
      'ssä',
      'sta',
      'stä',
      'lle',
      'lla',
      'llä',
      'lta',
    ].concat([
      'ltä',
      'ksi',
      'na',
      'nä',
      't',
      'ja',
      'jä',
      'en',
      'ihin',
      'iin',
      'ineen',
      'tta',
      'ttä',
    ]);
    // More words than one batch, as a real build has, and some nonsense.
    const words = stems.flatMap((head) =>
      stems.flatMap((tail) => endings.map((end) => `${head}${tail}${end}`)),
    );
    words.push('vörkkelö', 'xyzzyq');
    assert.ok(words.length > STREAM_BATCH, 'enough words for a worker thread');
    const streamed = openMorphology({env: {}})!;
    try {
      const stream = streamed.stream();
      stream.add(words.slice(0, 300));
      stream.add(words.slice(300));
      await stream.done();
      for (const word of words)
        assert.deepEqual(streamed.analyse(word), voikko!.analyse(word), word);
      assert.ok(streamed.analyse('ilmastokertomuksen')?.parts.includes('kertomus'));
    } finally {
      streamed.close();
    }
  });
});

describe('WORDBASES into parts (no Voikko needed)', () => {
  it('groups derivations with their part', () => {
    const parts = compoundParts(
      '+saavutet(saavuttaa)+tavu(+a)+us(+us)+kan(kantaa)tel(+nella)+u(+u)',
    );
    assert.deepEqual(
      parts.map((part) => part.surface),
      ['saavutettavuus', 'kantelu'],
    );
  });

  it('a part that is inflected inside the compound keeps its base for inner runs', () => {
    const parts = compoundParts('+energian(energia)+kulut(kuluttaa)+us(+us)');
    assert.deepEqual(partRuns(parts), ['energia', 'kulutus']);
  });

  it('three parts give every shorter run', () => {
    const runs = partRuns(compoundParts('+ilmasto(ilmasto)+vuosi(vuosi)+kertomus(kertomus)'));
    assert.deepEqual(runs.sort(), [
      'ilmasto',
      'ilmastovuosi',
      'kertomus',
      'vuosi',
      'vuosikertomus',
    ]);
  });
});

describe('without Voikko', () => {
  it(`${NO_VOIKKO_ENV}=1 turns it off`, () => {
    assert.equal(openMorphology({env: {[NO_VOIKKO_ENV]: '1'}}), undefined);
  });

  it('a library that cannot be loaded gives no analyser, not a crash', () => {
    const missing = () => {
      throw new Error('libvoikko.so.1: cannot open shared object file');
    };
    assert.equal(openMorphology({env: {}, load: missing}), undefined);
  });

  it('the build still makes the index and says so once, in Finnish, with how to install', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'haku-'));
    const warnings: string[] = [];
    const warn = console.warn;
    const log = console.log;
    const previous = process.env[NO_VOIKKO_ENV];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    console.log = () => {};
    process.env[NO_VOIKKO_ENV] = '1';
    try {
      const {default: searchPlugin} = await import('../src/plugins/search/index');
      await mkdir(dir, {recursive: true});
      const page = (text: string) =>
        `<html><body><article><h1>Saavutettavuus</h1><p>${text}</p></article></body></html>`;
      await writeFile(path.join(dir, 'saavutettavuus.html'), page('Kaavoituksessa kuullaan.'));
      await writeFile(path.join(dir, 'avoin-data.html'), page('Avoimet tiedot.'));
      for (let run = 0; run < 2; run += 1) {
        const plugin = searchPlugin({siteDir: dir, baseUrl: '/'} as never, {
          id: 'default',
          ...DEFAULT_OPTIONS,
        });
        await plugin.allContentLoaded!({allContent: {}, actions: {} as never});
        await plugin.postBuild!({outDir: dir} as never);
      }
      const base = JSON.parse(await readFile(path.join(dir, 'search', 'index.json'), 'utf8')) as {
        pages: unknown[];
      };
      assert.equal(base.pages.length, 2);
    } finally {
      console.warn = warn;
      console.log = log;
      if (previous === undefined) delete process.env[NO_VOIKKO_ENV];
      else process.env[NO_VOIKKO_ENV] = previous;
      await rm(dir, {recursive: true, force: true});
    }
    assert.deepEqual(warnings, [FALLBACK_NOTICE]);
    assert.equal(FALLBACK_NOTICE.split('\n').length, 1);
    assert.match(FALLBACK_NOTICE, /ilman suomen morfologiaa/);
    assert.match(FALLBACK_NOTICE, /apt-get install libvoikko1 voikko-fi/);
  });
});
