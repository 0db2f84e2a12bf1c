import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';

import {ESLint} from 'eslint';
import ts from 'typescript';

const root = path.resolve(__dirname, '..');
const fixture = (name: string) => path.join(root, 'tests', 'fixtures', 'browser-boundary', name);

/** ESLint's messages for a text placed at a path of the site. */
async function lintAt(file: string, text: string): Promise<string[]> {
  const eslint = new ESLint({cwd: root});
  const [result] = await eslint.lintText(text, {filePath: path.join(root, file)});
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('browser code cannot import Node modules', () => {
  const nodeText = readFileSync(fixture('noNodeModule.ts'), 'utf8');

  for (const folder of [
    'src/components/Fixture/index.ts',
    'src/theme/Fixture/index.ts',
    'src/pages/fixture.ts',
    'src/plugins/search/client/fixture.ts',
    'src/plugins/cms/admin/fixture.ts',
  ]) {
    it(`the lint rule refuses node:fs and path in ${folder}`, async () => {
      const messages = await lintAt(folder, nodeText);
      assert.equal(messages.length, 2, messages.join('\n'));
      assert.match(messages[0]!, /'node:fs' import is restricted/);
      assert.match(messages[1]!, /'path' import is restricted/);
    });
  }

  it('the same text is allowed in Node code (a plugin)', async () => {
    assert.deepEqual(await lintAt('src/plugins/content-model/fixture.ts', nodeText), []);
  });

  it('the lint rule keeps the validator out of the site’s pages but not out of the editor', async () => {
    const text = readFileSync(fixture('validatorInPage.tsx'), 'utf8');
    const messages = await lintAt('src/components/Fixture/index.tsx', text);
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /Tarkistin ei kuulu lukijan selaimeen/);
    assert.deepEqual(await lintAt('src/plugins/cms/admin/fixture.tsx', text), []);
  });

  it('the browser type check has no Node types: node:fs, path, __dirname do not resolve', () => {
    const configFile = path.join(root, 'tsconfig.browser.json');
    const {config} = ts.readConfigFile(configFile, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile);
    const program = ts.createProgram([fixture('noNodeModule.ts')], parsed.options);
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName === fixture('noNodeModule.ts'))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    assert.ok(
      errors.some((error) => error.includes("Cannot find name 'node:fs'")),
      errors.join('\n'),
    );
    assert.ok(errors.some((error) => error.includes("Cannot find name 'path'")));
    assert.ok(errors.some((error) => error.includes("Cannot find name '__dirname'")));
  });
});
