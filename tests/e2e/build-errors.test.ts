import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';

import {siteDir} from './helpers';

/**
 * A real `docusaurus build` of a copy of this site with one broken case
 * note: the writer must see both problems, in Finnish, and no build output.
 */
describe('a build with a broken case note', () => {
  let copy: string;

  before(() => {
    copy = mkdtempSync(path.join(tmpdir(), 'opas-build-'));
    for (const entry of [
      'docusaurus.config.ts',
      'sidebars.ts',
      'sidebarsKunnat.ts',
      'tsconfig.json',
      'package.json',
      'src',
      'docs',
      'kunnat',
      'blog',
      'static',
      'i18n',
    ]) {
      cpSync(path.join(siteDir, entry), path.join(copy, entry), {recursive: true});
    }
    symlinkSync(path.join(siteDir, 'node_modules'), path.join(copy, 'node_modules'));
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
        '    url: https://www.akaa.fi/',
        '---',
        '',
        'Testi.',
        '',
      ].join('\n'),
    );
    // The build reads page dates from git, so the copy is a repository too.
    const git = (...args: string[]) =>
      spawnSync('git', args, {cwd: copy, encoding: 'utf8', stdio: 'pipe'});
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=test', '-c', 'user.email=test@localhost', 'commit', '-qm', 'copy');
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
  });
});
