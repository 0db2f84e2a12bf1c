/**
 * The browser editor (Decap CMS) at `/admin/`: its configuration generated
 * from the content model, its bundle built with the site. `npm start` and
 * `npm run cms` serve it from a generated folder; `npm run build` writes it
 * into `build/admin/`.
 */

import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

import type {LoadContext, Plugin} from '@docusaurus/types';

import {contentTypes} from '../../data/contentTypes';
import {backendFromEnv, cmsConfig, type DecapConfig} from './config';
import {ADMIN_PATH, typedDocsFolders} from './entries';
import {writeAdmin} from './build';

/** The local proxy's address; `npm run cms` starts `decap-server` on this port. */
export const LOCAL_BACKEND_PORT = Number(process.env.DECAP_SERVER_PORT ?? 8081);

/** A part's name in the sidebar, from its `_category_.json`, or its folder name. */
function partLabel(folder: string): string {
  try {
    const category = JSON.parse(readFileSync(path.join(folder, '_category_.json'), 'utf8')) as {
      label?: unknown;
    };
    if (typeof category.label === 'string') return category.label;
  } catch {
    // No category file: the folder name will do.
  }
  return path.basename(folder);
}

/** The parts of the guide: chapter folders, and typed folders with an introduction page. */
export function guideParts(siteDir: string): {
  chapterParts: {name: string; label: string}[];
  partIndexes: string[];
} {
  const docs = path.join(siteDir, contentTypes.luku.folder);
  const folders = existsSync(docs)
    ? readdirSync(docs, {withFileTypes: true})
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    chapterParts: folders
      .filter((name) => !(name in typedDocsFolders))
      .map((name) => ({name, label: partLabel(path.join(docs, name))})),
    partIndexes: folders.filter(
      (name) => name in typedDocsFolders && existsSync(path.join(docs, name, 'index.md')),
    ),
  };
}

export default function cmsPlugin(context: LoadContext): Plugin<DecapConfig> {
  const base = `${context.baseUrl.replace(/\/$/, '')}${ADMIN_PATH}`;
  // `npm start` serves the editor from here; a build writes it into build/.
  const devRoot = path.join(context.generatedFilesDir, 'cms-admin');
  let devBundled = false;

  return {
    name: 'cms',

    async loadContent() {
      const config = cmsConfig({
        ...guideParts(context.siteDir),
        backend: backendFromEnv(process.env),
        localBackendUrl: `http://localhost:${LOCAL_BACKEND_PORT}/api/v1`,
        siteUrl: process.env.SITE_URL,
      });
      if (process.env.NODE_ENV === 'development') {
        // Bundling takes a few seconds: once per `npm start`; the config is
        // written again whenever the content reloads.
        await writeAdmin({
          adminDir: path.join(devRoot, ADMIN_PATH),
          base,
          siteDir: context.siteDir,
          config,
          minify: false,
          bundle: !devBundled,
        });
        devBundled = true;
      }
      return config;
    },

    configureWebpack() {
      // Only the dev server reads this; it serves the folder next to static/.
      // `devServer` is merged into the dev server's own options by
      // Docusaurus, but webpack's Configuration type does not declare it.
      const devServer = {static: [{directory: devRoot, publicPath: context.baseUrl}]};
      return {devServer} as unknown as ReturnType<NonNullable<Plugin['configureWebpack']>>;
    },

    async postBuild({outDir, content}) {
      await writeAdmin({
        adminDir: path.join(outDir, ADMIN_PATH),
        base,
        siteDir: context.siteDir,
        config: content,
        minify: true,
        bundle: true,
      });
    },
  };
}
