/**
 * The browser editor (Decap CMS) at `/admin/`: its configuration generated
 * from the content model, its bundle built with the site. `npm start` and
 * `npm run cms` serve it from a generated folder; `npm run build` writes it
 * into `build/admin/`.
 */

import path from 'node:path';

import type {LoadContext, Plugin} from '@docusaurus/types';

import {backendFromEnv, cmsConfig, type DecapConfig} from './config';
import {ADMIN_PATH} from './entries';
import {guideParts} from './parts';
import {writeAdmin} from './build';
import {DEFAULT_OPTIONS, type PluginOptions} from './options';

export {validateOptions} from './options';

/** The local proxy's default port; `npm run cms` starts `decap-server` on it. */
export const LOCAL_BACKEND_PORT = DEFAULT_OPTIONS.localBackendPort;

export default function cmsPlugin(
  context: LoadContext,
  options: PluginOptions,
): Plugin<DecapConfig> {
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
        localBackendUrl: `http://localhost:${options.localBackendPort}/api/v1`,
        siteUrl: process.env.SITE_URL,
        baseUrl: context.baseUrl,
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
