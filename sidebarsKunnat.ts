import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

import {municipalities, municipalityKeys} from './src/data/municipalities';
import {ROUTES} from './src/data/routes';
import {themeKeys, themes} from './src/data/themes';
import {themeNotesPath} from './src/model/aggregate';

/**
 * Case notes' sidebar: the index pages, not the notes. A sidebar that listed
 * every note would be on every note page, so each page's HTML would grow
 * with the collection (DESIGN.md, "Scale"); the indexes are paged instead.
 * Every case note shows this sidebar (`displayed_sidebar`, set for files in
 * `kunnat/` by docusaurus.config.ts). Links are below the site's base;
 * the theme's `Link` adds it.
 */
const sidebars = {
  kunnat: [
    {type: 'link', label: 'Kaikki kunnat', href: ROUTES.municipalities},
    {
      type: 'category',
      label: 'Kunnittain',
      collapsible: false,
      items: municipalityKeys.map((key) => ({
        type: 'link' as const,
        label: municipalities[key].label,
        href: `${ROUTES.municipalities}/${key}`,
      })),
    },
    {
      type: 'category',
      label: 'Teemoittain',
      collapsible: false,
      items: themeKeys.map((key) => ({
        type: 'link' as const,
        label: themes[key].label,
        href: themeNotesPath(key),
      })),
    },
    {type: 'link', label: 'Hakemisto: rajaa ja etsi', href: ROUTES.finder},
  ],
} satisfies SidebarsConfig;

export default sidebars;
