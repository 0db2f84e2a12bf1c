import assert from 'node:assert/strict';
import {existsSync, rmSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';

import {fixtureSite, runBuild} from './helpers';

/**
 * A real `docusaurus build` of the fixture site `fixtures/build-errors/`,
 * whose one case note has a wrong municipality and a wrong theme: the
 * writer must see both problems, in Finnish, and no build output.
 */
describe('a build with a broken case note', () => {
  let dir: string;

  before(() => {
    dir = fixtureSite('build-errors').dir;
  });

  after(() => {
    rmSync(dir, {recursive: true, force: true});
  });

  it('fails, naming the file, both fields, the values and what is allowed', () => {
    const result = runBuild(dir);
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
    assert.equal(existsSync(path.join(dir, 'build', 'index.html')), false, 'no site was written');
    // Each line once, with no dump of the error object after the message.
    assert.equal(output.split('"Akka" ei kelpaa').length - 1, 1, output);
    assert.doesNotMatch(output, /problems: \[|name: 'ContentError'/);
  });
});
