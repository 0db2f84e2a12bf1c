/**
 * Data that the content-model plugin hands to pages. Plain JSON: no Node
 * imports here, since browser code reads these types too.
 */

import type {CaseNoteFrontMatter} from '../data/contentTypes';
import type {FacetValues} from '../data/facets';
import type {MunicipalityKey} from '../data/municipalities';
import type {PhaseKey} from '../data/phases';
import type {Template} from '../data/templates';
import type {ThemeKey} from '../data/themes';
import type {Indicator} from './indicators';
import type {PageInfo} from './paging';
import type {RelatedLink} from './related';

/** The content types the finder lists. */
export const itemTypes = ['kaytanto', 'tapaus'] as const;

/** A good practice or case note as lists and the finder show it. */
export interface Item {
  /** `kaytanto` (good practice) or `tapaus` (case note). */
  type: (typeof itemTypes)[number];
  /** Page URL. */
  permalink: string;
  /** Path of the source file relative to the site root. */
  file: string;
  title: string;
  description: string;
  /**
   * The page's values of every facet (`src/data/facets.ts`): a case note's
   * municipality or the municipalities a practice was used in, themes, a
   * case note's phase, actor groups.
   */
  facets: FacetValues;
  /** When a case note's data was last updated (`VVVV-KK-PP`). */
  updated?: string;
  /** Whether the page is an illustration, not a documented action. */
  example: boolean;
}

/** A case note with what the municipality pages show of it. */
export interface CaseNote extends Item {
  type: 'tapaus';
  municipality: MunicipalityKey;
  phase: PhaseKey;
  updated: string;
  contacts: NonNullable<CaseNoteFrontMatter['contacts']>;
}

/** Props of `/kunnat`: figures over every note, and the latest few. */
export interface MunicipalitiesOverview {
  /** Case notes per municipality and phase. */
  table: Record<MunicipalityKey, Record<PhaseKey, number>>;
  /** The latest updated notes, newest first. */
  latest: CaseNote[];
}

/** Props of `/kunnat/<kunta>` and its further pages `/kunnat/<kunta>/sivu/N`. */
export interface MunicipalityPageData {
  municipality: MunicipalityKey;
  /** Case notes per phase, over all the municipality's notes. */
  counts: Record<PhaseKey, number>;
  /** Notes per theme, over all the municipality's notes. */
  themeCounts: Partial<Record<ThemeKey, number>>;
  /** The distinct contacts of all the municipality's notes. */
  contacts: CaseNote['contacts'];
  /** This page's notes, latest update first. */
  notes: CaseNote[];
  page: PageInfo;
  /** The indicators with a figure or target of this municipality. */
  indicators: Indicator[];
}

/** Props of a theme's case-note index `/kunnat/teema/<teema>` and its further pages. */
export interface ThemeNotesPageData {
  theme: ThemeKey;
  /** Notes with this theme per municipality, over every page. */
  municipalityCounts: Partial<Record<MunicipalityKey, number>>;
  /** This page's notes, latest update first. */
  notes: CaseNote[];
  page: PageInfo;
}

/** Props of `/pohjat/<pohja>`. */
export interface TemplatePageData {
  template: Template;
}

/** Props of the finder, `/kaytannot` and `/kaytannot/sivu/N`. */
export interface FinderData {
  /** This page's practices and notes, in title order. */
  items: Item[];
  /** Facet counts over every item, with no filters on. */
  counts: Record<string, Record<string, number>>;
  page: PageInfo;
}

/**
 * The finder's filter data for the browser, `/data/hakemisto/rajaukset.json`:
 * for every item in title order, its facet values as indexes into the
 * facets' values (`src/data/facets.ts`), one list per facet. Cards are fetched page by page from
 * `/data/hakemisto/<N>.json` (the items of page N, as `Item[]`).
 */
export interface FinderFacets {
  pageSize: number;
  /** Per item, per facet in `facetNames` order, the indexes of its values. */
  items: number[][][];
}

/**
 * What the content-model plugin hands to one docs page: its own data file,
 * exported by the page's Markdown as `contentModel`
 * (`src/plugins/content-model/pageData.ts`), read with `usePageModel()`.
 */
export interface PageModelData {
  /** Pages of the other types that share a theme or actor group, best first. */
  related: RelatedLink[];
  /** An indicator page's own indicator. */
  indicator?: Indicator;
  /**
   * Every published indicator, in title order: only on pages that draw
   * them all (`<IndicatorList />`, the page's `contentModelIndicators` export).
   */
  indicators?: Indicator[];
}

/** What the content-model plugin hands to every page (`usePluginData('content-model')`). */
export interface ContentModelGlobalData {
  /**
   * Unfinished drafts: source file (relative to the site root) → the
   * labels of the required fields it still leaves empty (labels, so that
   * pages need not load every field spec). Only drafts with such fields.
   */
  drafts: Record<string, string[]>;
  /**
   * Front matter problems: source file → its Finnish lines. Only under
   * `npm start`, which shows them on the pages instead of stopping; a build
   * stops at the first problem, so a built site always has none.
   */
  problems: Record<string, string[]>;
}
