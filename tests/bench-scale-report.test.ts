import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {renderReport, type Figures} from '../bench/scale/report';

/** The scale benchmark's report of a build it stopped at one of its limits. */
describe('scale benchmark report', () => {
  const build = {wall: 600_000, peakRss: 2 ** 30, ok: true, load: [1]};
  const figures = (ours: Figures['sizes'][number]['builds']['ours']): Figures => ({
    date: '2026-12-03',
    started: '2026-12-03T00:00:00Z',
    machine: {cpus: 2, memory: 24 * 2 ** 30},
    env: {},
    sizes: [{notes: 10000, practices: 100, notePath: '/kunnat/x/y', builds: {ours, bare: build}}],
  });

  it('marks a stopped build unmet and says which limit stopped it and where it was', () => {
    const text = renderReport(
      figures({
        wall: 1_800_000,
        peakRss: 9 * 2 ** 30,
        ok: false,
        stopped: 'stopped at the time limit of 30 min',
        lastLine: '[webpackbar] Client: 71% | building',
        load: [1],
      }),
    );
    assert.match(
      text,
      /- ✘ 10,000 notes build in at most 10 min: stopped at the time limit of 30 min \(30\.0 min; last output: “\[webpackbar\] Client: 71% \\\| building”\)/,
    );
    // No ratio is given for a build that did not finish.
    assert.match(
      text,
      /\| build wall time \| stopped at the time limit of 30 min .*\| 10\.0 min \|  \|/,
    );
  });

  it('writes a JavaScript difference with its sign, less as well as more than the bare build', () => {
    const js = (gzip: number) => ({
      note: {gzip, files: 10},
      doc: {gzip, files: 10},
      chapter: {gzip, files: 10},
    });
    const text = renderReport({
      ...figures(build),
      sizes: [{...figures(build).sizes[0]!, js: js(100 * 1024), bareJs: js(150 * 1024)}],
    });
    assert.match(
      text,
      /✔ A doc page's JavaScript at most 10 KB \(gzip\) above the bare build's: −50\.0 KB \(note\) at 10,000, −50\.0 KB \(doc\) at 10,000, −50\.0 KB \(chapter\) at 10,000/,
    );
    assert.match(text, /\| JS the long chapter .*\| −50\.0 KB \|/);
    assert.doesNotMatch(text, /\+-/);
  });

  it('sums what the first query fetched by kind of file', () => {
    const file = (path: string, kb: number) => ({path, gzip: kb * 1024});
    const list = [
      file('/assets/js/1.js', 6),
      file('/assets/js/2.js', 3.5),
      file('/search/index.json', 0.5),
      file('/search/ab/d/1.json', 0.5),
      file('/search/ab/t/81.json', 16),
      file('/search/ab/c/5.json', 3),
      file('/search/ab/c/9.json', 2),
      file('/other.txt', 1),
    ];
    const text = renderReport({
      ...figures(build),
      sizes: [{...figures(build).sizes[0]!, search: {gzip: 32.5 * 1024, files: 8, list}}],
    });
    assert.match(
      text,
      /First search query, by kind of file: search code 6\.0 KB \+ 3\.5 KB = 9\.5 KB; term shards 16\.0 KB; text chunks 3\.0 KB \+ 2\.0 KB = 5\.0 KB; shard starts 0\.5 KB; index\.json 0\.5 KB; other `\/other\.txt` 1\.0 KB\./,
    );
  });

  it('judges the JavaScript goal on every doc page measured', () => {
    const size = figures(build).sizes[0]!;
    const page = (gzip: number) => ({gzip, files: 10});
    const text = renderReport({
      ...figures(build),
      sizes: [
        {
          ...size,
          js: {note: page(130 * 1024), doc: page(105 * 1024), chapter: page(101 * 1024)},
          bareJs: {note: page(100 * 1024), doc: page(100 * 1024), chapter: page(100 * 1024)},
        },
      ],
    });
    assert.match(text, /✘ A doc page's JavaScript .*\+30\.0 KB \(note\)/);
    assert.match(text, /\| JS a chapter without page components .*\| \+1\.0 KB \|/);
  });

  it('puts the bare build’s Lighthouse figures beside ours, and judges ours only', () => {
    const result = (score: number, tbt: number) => ({score, tbt, cls: 0, lcp: 2000});
    const text = renderReport({
      ...figures(build),
      lighthouse: {
        notes: 1000,
        pages: [
          {
            type: 'case note',
            route: '/kunnat/x/y',
            best: result(80, 600),
            runs: [result(80, 600)],
            load: 1,
            bare: result(97, 90),
          },
          {type: 'finder', route: '/kaytannot', best: result(96, 100), runs: [], load: 1},
        ],
      },
    });
    assert.match(text, /\| case note \| `\/kunnat\/x\/y` \| 80 \| 600 ms .*\| 97, 90 ms \|/);
    assert.match(text, /\| finder \| `\/kaytannot` \| 96 .*\| – \|/);
    assert.match(text, /✘ Lighthouse mobile performance at least 95 on every page type: lowest 80/);
  });

  it('gives a finished build its time and the ratio to the bare build', () => {
    const text = renderReport(figures({...build, wall: 540_000}));
    assert.match(text, /- ✔ 10,000 notes build in at most 10 min: 9\.0 min/);
    assert.match(text, /\| build wall time \| 9\.0 min \| 10\.0 min \| 0\.90 \|/);
  });
});
