import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';

import {copySite} from './helpers';

/**
 * A real `docusaurus build` of a copy of this site with one broken case
 * note: the writer must see both problems, in Finnish, and no build output.
 */
describe('a build with a broken case note', () => {
  let copy: string;

  before(() => {
    copy = copySite('opas-build-').dir;
    mkdirSync(path.join(copy, 'kunnat', 'akaa'), {recursive: true});
    writeFileSync(
      path.join(copy, 'kunnat', 'akaa', 'energiakatselmus.md'),
      [
        '---',
        'title: Energiakatselmus',
        'description: Testitiedosto, jossa on kaksi virhettä.',
        'municipality: Akka',
        'themes: [energia, ilmasto]',
        'phase: toteutus',
        'responsible: [Akaan kaupunki]',
        'updated: 2023-01-30',
        'sources:',
        '  - title: Akaan kaupunki',
        '    url: https://ilmastovahti.akaa.fi/actions/27',
        '    checked: 2026-12-01',
        '---',
        '',
        'Testi.',
        '',
      ].join('\n'),
    );
  });

  after(() => {
    rmSync(copy, {recursive: true, force: true});
  });

  it('fails, naming the file, both fields, the values and what is allowed', () => {
    const result = spawnSync(
      process.execPath,
      [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'build'],
      {cwd: copy, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}},
    );
    const output = `${result.stdout}\n${result.stderr}`;
    assert.notEqual(result.status, 0, 'the build should have failed');
    assert.ok(
      output.includes(
        'kunnat/akaa/energiakatselmus.md: kenttä "municipality": "Akka" ei kelpaa; sallitut arvot: palkane, valkeakoski, akaa, urjala',
      ),
      output,
    );
    assert.ok(
      output.includes(
        'kunnat/akaa/energiakatselmus.md: kenttä "themes", kohta 2: "ilmasto" ei kelpaa; sallitut arvot: energia, liikkuminen, kulutus, osallisuus, johtaminen',
      ),
      output,
    );
    assert.ok(output.includes('Sisällössä on 2 virhettä.'), output);
    // Each line once, with no dump of the error object after the message.
    assert.equal(output.split('"Akka" ei kelpaa').length - 1, 1, output);
    assert.doesNotMatch(output, /problems: \[|name: 'ContentError'/);
  });
});
