/**
 * The pages made from the checked content: `/kunnat`, the municipality and
 * theme indexes of case notes (`/kunnat/<kunta>`, `/kunnat/teema/<teema>`)
 * and the finder `/kaytannot`, each a component with its data as a module,
 * and the templates' pages. Every list is cut into pre-rendered pages of
 * `PAGE_SIZE` (`…/sivu/N`, DESIGN.md "Scale"), so that a page's HTML and data
 * stay the same size however large the collection grows; the figures over
 * a whole list (phase, theme and facet counts) are computed here, once.
 */

import {mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

import type {PluginContentLoadedActions} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';

import {municipalityKeys} from '../../data/municipalities';
import {ROUTES} from '../../data/routes';
import {templates} from '../../data/templates';
import {themeKeys} from '../../data/themes';
import {
  countByPhase,
  distinctContacts,
  facetCounts,
  groupByTheme,
  phaseTable,
  themeNotesPath,
} from '../../model/aggregate';
import {noFilters} from '../../model/facets';
import {encodeFacets} from '../../model/finderData';
import {indicatorsOf, type Indicator} from '../../model/indicators';
import {PAGE_SIZE, pageCount, pageItems, pagePath, type PageInfo} from '../../model/paging';
import type {
  CaseNote,
  FinderData,
  Item,
  MunicipalitiesOverview,
  MunicipalityPageData,
  TemplatePageData,
  ThemeNotesPageData,
} from '../../model/types';

/** How many of the latest updated notes `/kunnat` shows. */
const LATEST_NOTES = 6;

/**
 * The static folder the plugin writes the finder's browser data into, below
 * the generated files; docusaurus.config.ts lists it in `staticDirectories`,
 * so that both `npm start` and the build serve it.
 */
export function finderStaticDir(siteDir: string): string {
  return path.join(siteDir, '.docusaurus', 'content-model-static');
}

export async function createRoutes({
  actions,
  baseUrl,
  siteDir,
  items,
  notes,
  indicators,
}: {
  actions: PluginContentLoadedActions;
  baseUrl: string;
  siteDir: string;
  /** Practices and case notes in title order. */
  items: readonly Item[];
  /** Case notes, latest update first. */
  notes: readonly CaseNote[];
  /** Published indicators, in title order. */
  indicators: readonly Indicator[];
}): Promise<void> {
  /** Adds the pages of one list: `base`, `base/sivu/2`, …, each with its own items only. */
  const addPages = async <T>(
    base: string,
    list: readonly T[],
    component: string,
    dataName: string,
    props: (pageItems: T[], page: PageInfo) => object,
  ) => {
    const count = pageCount(list.length);
    for (let page = 1; page <= count; page += 1) {
      const info: PageInfo = {page, count, total: list.length, base};
      const name = `${dataName}${page === 1 ? '' : `-${page}`}.json`;
      actions.addRoute({
        path: normalizeUrl([baseUrl, pagePath(base, page)]),
        exact: true,
        component,
        modules: {
          data: await actions.createData(name, JSON.stringify(props(pageItems(list, page), info))),
        },
      });
    }
  };

  const overview: MunicipalitiesOverview = {
    table: phaseTable(notes),
    latest: notes.slice(0, LATEST_NOTES),
  };
  actions.addRoute({
    path: normalizeUrl([baseUrl, ROUTES.municipalities]),
    exact: true,
    component: '@site/src/components/MunicipalitiesPage',
    modules: {overview: await actions.createData('kunnat.json', JSON.stringify(overview))},
  });

  for (const municipality of municipalityKeys) {
    const own = notes.filter((note) => note.municipality === municipality);
    const common = {
      municipality,
      counts: countByPhase(own),
      themeCounts: Object.fromEntries(
        groupByTheme(own).map((group) => [group.theme, group.notes.length]),
      ),
      contacts: distinctContacts(own),
    };
    const ownIndicators = indicatorsOf(indicators, municipality);
    await addPages(
      `${ROUTES.municipalities}/${municipality}`,
      own,
      '@site/src/components/MunicipalityPage',
      `kunta-${municipality}`,
      (pageNotes, page): MunicipalityPageData => ({
        ...common,
        notes: pageNotes,
        page,
        // Only the first page shows the indicators.
        indicators: page.page === 1 ? ownIndicators : [],
      }),
    );
  }

  for (const theme of themeKeys) {
    const own = notes.filter((note) => note.facets.teema.includes(theme));
    const municipalityCounts = Object.fromEntries(
      municipalityKeys.map((key) => [key, own.filter((note) => note.municipality === key).length]),
    );
    await addPages(
      themeNotesPath(theme),
      own,
      '@site/src/components/ThemeNotesPage',
      `teema-${theme}`,
      (pageNotes, page): ThemeNotesPageData => ({
        theme,
        municipalityCounts,
        notes: pageNotes,
        page,
      }),
    );
  }

  const counts = facetCounts(items, noFilters());
  await addPages(
    ROUTES.finder,
    items,
    '@site/src/components/FinderPage',
    'kaytannot',
    (pageItemsOf, page): FinderData => ({items: pageItemsOf, counts, page}),
  );
  await writeFinderData(siteDir, items);

  for (const template of templates) {
    const page: TemplatePageData = {template};
    actions.addRoute({
      path: normalizeUrl([baseUrl, ROUTES.templates, template.id]),
      exact: true,
      component: '@site/src/components/TemplatePage',
      modules: {data: await actions.createData(`pohja-${template.id}.json`, JSON.stringify(page))},
    });
  }
  actions.addRoute({
    path: normalizeUrl([baseUrl, ROUTES.templates]),
    exact: true,
    component: '@site/src/components/TemplatesPage',
  });
}

/**
 * The finder's data for filtering in the browser (`ROUTES.finderData`): the
 * compact filter data of every item, and the cards page by page, so that a
 * filtered view fetches the filter data once and then only the pages of
 * cards it shows (`src/components/FinderPage/useFinderResults.ts`).
 */
async function writeFinderData(siteDir: string, items: readonly Item[]): Promise<void> {
  const dir = path.join(finderStaticDir(siteDir), ROUTES.finderData);
  await rm(dir, {recursive: true, force: true});
  await mkdir(dir, {recursive: true});
  await writeFile(path.join(dir, 'rajaukset.json'), JSON.stringify(encodeFacets(items, PAGE_SIZE)));
  for (let page = 1; page <= pageCount(items.length); page += 1) {
    await writeFile(path.join(dir, `${page}.json`), JSON.stringify(pageItems(items, page)));
  }
}
