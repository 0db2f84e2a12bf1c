/**
 * What the production bundle ships to readers: no chunk of the site's
 * JavaScript (build/assets/js) may hold the front matter validator. The
 * validator's messages are the mark: they are written out here, not taken
 * from the code under test. The editor app (build/admin/cms.js) runs the
 * validator on purpose, so the same search must find them there, which
 * shows that the search sees through the minifier's escapes.
 */

import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';

import {buildDir} from './helpers';

/** Fixed parts of the validator's messages (src/model/validate.ts, src/model/fieldKinds.ts). */
const validatorMessages = [
  'odotetaan verkko-osoitetta, joka alkaa https:// tai http://',
  'odotetaan päivämäärää muodossa VVVV-KK-PP',
  'odotetaan luetteloa, jonka jokainen kohta on tekstiä',
  'sisältää sähköpostiosoitteen tai puhelinnumeron; oppaaseen ei kirjoiteta henkilökohtaisia yhteystietoja',
  'on ennen alkupäivää',
  'ei vastaa kansiota kunnat/',
  'on tuntematon; sallitut kentät',
];

/** A bundle's text with `\xe4` and `\u00e4` escapes turned back into letters. */
function unescaped(file: string): string {
  return readFileSync(file, 'utf8').replace(/\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})/g, (_, x, u) =>
    String.fromCharCode(parseInt(x ?? u, 16)),
  );
}

function messagesIn(file: string): string[] {
  const text = unescaped(file);
  return validatorMessages.filter((message) => text.includes(message));
}

describe('the validator stays out of the readers’ bundle', () => {
  it('the editor app holds every message (the search works on minified code)', () => {
    assert.deepEqual(messagesIn(path.join(buildDir, 'admin', 'cms.js')), validatorMessages);
  });

  it('no chunk in build/assets/js holds any of them', () => {
    const dir = path.join(buildDir, 'assets', 'js');
    const chunks = readdirSync(dir).filter((name) => name.endsWith('.js'));
    assert.ok(chunks.length > 10, `${chunks.length} chunks`);
    const found = chunks
      .map((name) => ({name, messages: messagesIn(path.join(dir, name))}))
      .filter((chunk) => chunk.messages.length > 0);
    assert.deepEqual(found, []);
  });
});
