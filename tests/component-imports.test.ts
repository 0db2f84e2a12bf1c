import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import componentImports, {PAGE_COMPONENTS} from '../src/plugins/remark/componentImports';

/** The page compiled as Docusaurus compiles Markdown (MDX), with the plugin. */
async function compiled(markdown: string): Promise<string> {
  const {compile} = await import('@mdx-js/mdx');
  return String(await compile(markdown, {remarkPlugins: [componentImports]}));
}

const importOf = (name: string) => `import ${name} from ${JSON.stringify(PAGE_COMPONENTS[name])};`;

describe('page components without an import line', () => {
  it('a page that uses one gets its import, once, however often it is used', async () => {
    const code = await compiled(
      "# Otsikko\n\n<TilanneNyt aiheet={['kets']} />\n\nTekstiä.\n\n<TilanneNyt aiheet={['laki']} />\n",
    );
    assert.equal(code.split(importOf('TilanneNyt')).length - 1, 1, code);
    // The name comes from the import, not from the components MDX is given.
    assert.doesNotMatch(code, /_components\.TilanneNyt|_missingMdxReference\("TilanneNyt"/);
    assert.doesNotMatch(code, /IndicatorList/);
  });

  it('finds components inside other elements and in running text', async () => {
    const code = await compiled(
      ':::note\n\n<IndicatorList />\n\n:::\n\nKatso <TilanneNyt aiheet={[]} /> tästä.\n',
    );
    assert.ok(code.includes(importOf('IndicatorList')), code);
    assert.ok(code.includes(importOf('TilanneNyt')), code);
  });

  it('a page without them loads neither', async () => {
    const code = await compiled('# Otsikko\n\nTilanneNyt mainitaan tekstissä.\n');
    for (const name of Object.keys(PAGE_COMPONENTS)) assert.ok(!code.includes(importOf(name)));
  });

  it('a page that imports or defines the name itself keeps its own', async () => {
    const code = await compiled(
      "import TilanneNyt from './oma';\n\n<TilanneNyt />\n\nexport const IndicatorList = () => null;\n\n<IndicatorList />\n",
    );
    assert.ok(!code.includes(importOf('TilanneNyt')), code);
    assert.ok(!code.includes(importOf('IndicatorList')), code);
    assert.match(code, /from "\.\/oma"|from '\.\/oma'/);
  });
});
