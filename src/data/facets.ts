/**
 * The facet registry: every filter the finder (`/kaytannot`) and the search
 * page (`/haku`) offer, defined once. A facet has its URL parameter name, its
 * Finnish legend, its allowed values in display order with their labels, and
 * how a page's values are read from its validated front matter. The finder,
 * the search index builder, the search engine, both pages' URL state and
 * every legend read from here; adding a facet is one entry below.
 */

import {actorKeys, actors, type ActorKey} from './actors';
import {pageTypeKeys, pageTypes, type PageType} from './contentNames';
import {municipalities, municipalityKeys, type MunicipalityKey} from './municipalities';
import {phaseKeys, phases, type PhaseKey} from './phases';
import {themeKeys, themes, type ThemeKey} from './themes';

export {pageTypeKeys, pageTypes, type PageType} from './contentNames';

/** A page's values of every facet. */
export interface FacetValues {
  tyyppi: PageType[];
  kunta: MunicipalityKey[];
  teema: ThemeKey[];
  vaihe: PhaseKey[];
  toimija: ActorKey[];
}

/** A facet's URL parameter name. */
export type FacetName = keyof FacetValues;

/** What a facet reads a page's values from. */
export interface FacetSource {
  /** The page's kind. */
  type: PageType;
  /** The page's front matter, already checked by the validator. */
  frontMatter: Readonly<Record<string, unknown>>;
}

/** One facet. */
export interface Facet<N extends FacetName = FacetName> {
  /** URL parameter name (`?kunta=akaa`), also the facet's name in the search index. */
  name: N;
  /** The fieldset's legend. */
  legend: string;
  /** Allowed values, in display order. */
  values: readonly FacetValues[N][number][];
  /** A value's Finnish label. */
  label(value: FacetValues[N][number]): string;
  /** A page's values, read from its validated front matter. */
  read(page: FacetSource): FacetValues[N];
}

/** The values of a front matter field that are allowed keys: one key or a list of them. */
function keysOf<K extends string>(value: unknown, allowed: readonly K[]): K[] {
  const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is K => allowed.includes(item as K));
}

export const facets: {[N in FacetName]: Facet<N>} = {
  tyyppi: {
    name: 'tyyppi',
    legend: 'Sisältö',
    values: pageTypeKeys,
    label: (value) => pageTypes[value].many,
    read: ({type}) => [type],
  },
  kunta: {
    name: 'kunta',
    legend: 'Kunta',
    values: municipalityKeys,
    label: (value) => municipalities[value].label,
    // A case note has one `municipality`; a practice lists `municipalities`.
    read: ({frontMatter}) =>
      keysOf(frontMatter.municipality ?? frontMatter.municipalities, municipalityKeys),
  },
  teema: {
    name: 'teema',
    legend: 'Teema',
    values: themeKeys,
    label: (value) => themes[value].label,
    read: ({frontMatter}) => keysOf(frontMatter.themes, themeKeys),
  },
  vaihe: {
    name: 'vaihe',
    legend: 'Vaihe',
    values: phaseKeys,
    label: (value) => phases[value].label,
    read: ({frontMatter}) => keysOf(frontMatter.phase, phaseKeys),
  },
  toimija: {
    name: 'toimija',
    legend: 'Toimijat',
    values: actorKeys,
    label: (value) => actors[value].label,
    read: ({frontMatter}) => keysOf(frontMatter.actors, actorKeys),
  },
};

/** Facet names in display order. */
export const facetNames: readonly FacetName[] = ['tyyppi', 'kunta', 'teema', 'vaihe', 'toimija'];
