// Lint rules: TypeScript's recommended type-aware-free set, React hooks, and
// the Docusaurus plugin's recommended rules. The Docusaurus rule
// `no-untranslated-text` is left off: the site has one locale, Finnish, and
// its text is written in Finnish directly; the theme's own strings are
// translated in i18n/fi/code.json (tested in tests/i18n.test.ts).
import {builtinModules} from 'node:module';

import docusaurus from '@docusaurus/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Browser code: the site's components, pages and theme, the search box,
 * page, client and worker, and the editor app. It cannot import Node
 * modules or the build's own Node-side packages; `tsconfig.browser.json`
 * checks the same folders without Node's types.
 */
export const browserFiles = [
  'src/components/**',
  'src/pages/**',
  'src/theme/**',
  'src/plugins/search/theme/**',
  'src/plugins/search/client/**',
  'src/plugins/cms/admin/**',
];

const nodeOnly = {
  paths: [
    ...builtinModules.map((name) => ({
      name,
      message: 'Node-moduuli ei toimi selaimessa; tee työ käännösaikana liitännäisessä.',
    })),
    ...[
      '@docusaurus/utils',
      '@docusaurus/utils-validation',
      '@docusaurus/logger',
      'cheerio',
      'esbuild',
      'feed',
    ].map((name) => ({name, message: 'Node-puolen paketti; selainkoodi ei tuo sitä.'})),
  ],
  patterns: [
    {group: ['node:*'], message: 'Node-moduuli ei toimi selaimessa.'},
    {group: ['@docusaurus/core/lib/*', '@docusaurus/utils/*'], message: 'Node-puolen koodia.'},
  ],
};

/** What the site's own pages may not import: plugins' server code and the validator. */
const siteOnly = [
  {
    group: ['**/plugins/content-model/**', '**/plugins/cms/*', '!**/plugins/cms/admin/**'],
    message: 'Komponentit tuovat mallin (src/model), eivät liitännäistä.',
  },
  {
    group: ['**/plugins/search/index*', '**/plugins/search/indexer*'],
    message: 'Hakuindeksin rakentaja on Node-koodia.',
  },
  {
    group: ['**/model/validate*', '**/model/fieldKinds*'],
    importNamePattern: '^(?!FieldRow$|EditorField$)',
    message:
      'Tarkistin ei kuulu lukijan selaimeen: laske tieto käännösaikana ja anna se sivulle datana.',
  },
];

export default tseslint.config(
  {
    ignores: ['build/', '.docusaurus/', 'node_modules/', 'bench/out/'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: {'@docusaurus': docusaurus, 'react-hooks': reactHooks},
    rules: {
      ...docusaurus.configs.recommended.rules,
      '@docusaurus/no-html-links': 'error',
      '@docusaurus/prefer-docusaurus-heading': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: 'error',
      'no-console': 'off',
    },
  },
  {
    files: browserFiles,
    rules: {'no-restricted-imports': ['error', nodeOnly]},
  },
  {
    files: browserFiles.filter((folder) => !folder.startsWith('src/plugins/cms/admin')),
    rules: {
      'no-restricted-imports': [
        'error',
        {paths: nodeOnly.paths, patterns: [...nodeOnly.patterns, ...siteOnly]},
      ],
    },
  },
);
