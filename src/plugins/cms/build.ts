/**
 * Writes the browser editor's files: `index.html`, `config.yml` (generated
 * from the content model) and the editor bundle `cms.js` with its preview
 * styles `cms.css`. The bundle is made with esbuild, apart from the site's
 * own bundle: Decap is a separate app, and the site's React stays out of
 * reach of its globals. Decap runs on the site's React 19 (its peer range
 * is ^19.1), so one React version serves the whole repository.
 */

import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';

import {build} from 'esbuild';
import {dump} from 'js-yaml';

import type {DecapConfig} from './config';

/** The admin page. Absolute paths, so that `/admin` without a slash works too. */
export function adminHtml(base: string): string {
  return `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Ilmastotyön opas – sisällön muokkaus</title>
  </head>
  <body>
    <noscript>Sisällön muokkaus tarvitsee JavaScriptin. Salli se selaimessa.</noscript>
    <script>window.OPAS_ADMIN_BASE = ${JSON.stringify(base)};</script>
    <script src="${base}cms.js"></script>
  </body>
</html>
`;
}

/** The config file, with a note for whoever opens it. */
export function configYaml(config: DecapConfig): string {
  return `# Tehty automaattisesti sisältömallista (src/data/) – älä muokkaa käsin.\n# Muutokset: src/plugins/cms/config.ts tai src/data/contentTypes.ts.\n${dump(config, {lineWidth: 100, noRefs: true})}`;
}

/** Bundles and writes the editor into `adminDir` (served at `base`). */
export async function writeAdmin({
  adminDir,
  base,
  siteDir,
  config,
  minify,
  bundle = true,
}: {
  adminDir: string;
  base: string;
  siteDir: string;
  config: DecapConfig;
  minify: boolean;
  /** Whether to (re)build `cms.js`; the config is written either way. */
  bundle?: boolean;
}): Promise<void> {
  await mkdir(adminDir, {recursive: true});
  const shims = path.join(__dirname, 'admin', 'shims');
  if (bundle)
    await build({
      entryPoints: {cms: path.join(__dirname, 'admin', 'index.tsx')},
      outdir: adminDir,
      bundle: true,
      minify,
      sourcemap: false,
      format: 'iife',
      target: 'es2020',
      jsx: 'automatic',
      logLevel: 'warning',
      loader: {'.module.css': 'local-css', '.svg': 'dataurl'},
      define: {
        'process.env.NODE_ENV': JSON.stringify(minify ? 'production' : 'development'),
        global: 'window',
      },
      alias: {
        '@site': siteDir,
        '@theme/Heading': path.join(shims, 'Heading.tsx'),
        '@docusaurus/Link': path.join(shims, 'Link.tsx'),
      },
      tsconfig: path.join(siteDir, 'tsconfig.json'),
    });
  await writeFile(path.join(adminDir, 'index.html'), adminHtml(base));
  await writeFile(path.join(adminDir, 'config.yml'), configYaml(config));
}
