/**
 * The browser editor at /admin/: Decap CMS with a Finnish interface and a
 * preview drawn with the site's own components and styles. It is bundled
 * apart from the site (see `../build.ts`): the editor is a separate app.
 */

import CMS from 'decap-cms-app';
import {load} from 'js-yaml';

import {contentTypeKeys, type ContentTypeKey} from '@site/src/data/contentTypes';

import type {DecapConfig} from '../config';
import {PART_INDEXES} from '../entries';
import {fi} from './locale-fi';
import {previewFor} from './Preview';

// The preview's styles: the site's theme (Infima and the site's own CSS);
// the bundler puts them and the page parts' CSS modules into cms.css.
import 'infima/dist/css/default/default.css';
import '@site/src/css/custom.css';

declare global {
  interface Window {
    /** The admin page's own address, set by its index.html. */
    OPAS_ADMIN_BASE?: string;
  }
}

async function start(): Promise<void> {
  const base = window.OPAS_ADMIN_BASE ?? '/admin/';
  const config = load(await (await fetch(`${base}config.yml`)).text()) as DecapConfig;
  CMS.registerLocale('fi', fi);
  CMS.registerPreviewStyle(`${base}cms.css`);
  for (const collection of config.collections) {
    // A chapter collection per part of the guide (`luku-menetelmat`).
    const type = collection.name.split('-')[0] as ContentTypeKey;
    if (contentTypeKeys.includes(type))
      CMS.registerPreviewTemplate(collection.name, previewFor(type));
    if (collection.name === PART_INDEXES) {
      for (const file of collection.files ?? []) {
        CMS.registerPreviewTemplate(file.name, previewFor('luku'));
      }
    }
  }
  CMS.init({config: {...config, load_config_file: false} as never});
}

void start();
