/**
 * The pages made from the checked content: `/kunnat`, `/kunnat/<kunta>`
 * and the finder `/kaytannot`, each a component with its data as a module.
 */

import type {PluginContentLoadedActions} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';

import {municipalityKeys} from '../../data/municipalities';
import {ROUTES} from '../../data/routes';
import type {
  CaseNote,
  FinderData,
  Item,
  MunicipalitiesOverview,
  MunicipalityPageData,
} from '../../model/types';

export async function createRoutes({
  actions,
  baseUrl,
  items,
  notes,
}: {
  actions: PluginContentLoadedActions;
  baseUrl: string;
  /** Practices and case notes in title order. */
  items: readonly Item[];
  /** Case notes, latest update first. */
  notes: readonly CaseNote[];
}): Promise<void> {
  const overview: MunicipalitiesOverview = {notes: [...notes]};
  actions.addRoute({
    path: normalizeUrl([baseUrl, ROUTES.municipalities]),
    exact: true,
    component: '@site/src/components/MunicipalitiesPage',
    modules: {overview: await actions.createData('kunnat.json', JSON.stringify(overview))},
  });
  for (const municipality of municipalityKeys) {
    const data: MunicipalityPageData = {
      municipality,
      notes: notes.filter((note) => note.municipality === municipality),
    };
    actions.addRoute({
      path: normalizeUrl([baseUrl, ROUTES.municipalities, municipality]),
      exact: true,
      component: '@site/src/components/MunicipalityPage',
      modules: {
        data: await actions.createData(`kunta-${municipality}.json`, JSON.stringify(data)),
      },
    });
  }
  const finder: FinderData = {items: [...items]};
  actions.addRoute({
    path: normalizeUrl([baseUrl, ROUTES.finder]),
    exact: true,
    component: '@site/src/components/FinderPage',
    modules: {finder: await actions.createData('kaytannot.json', JSON.stringify(finder))},
  });
}
