/**
 * Data that the content-model plugin hands to pages. Plain JSON: no Node
 * imports here, since browser code reads these types too.
 */

import type {CaseNoteFrontMatter} from '../data/contentTypes';
import type {FacetValues} from '../data/facets';
import type {MunicipalityKey} from '../data/municipalities';
import type {PhaseKey} from '../data/phases';
import type {Template} from '../data/templates';
import type {Indicator} from './indicators';
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

/** Props of `/kunnat`. */
export interface MunicipalitiesOverview {
  /** Every case note, latest update first. */
  notes: CaseNote[];
}

/** Props of `/kunnat/<kunta>`. */
export interface MunicipalityPageData {
  municipality: MunicipalityKey;
  /** The municipality's case notes, latest update first. */
  notes: CaseNote[];
  /** The indicators with a figure or target of this municipality. */
  indicators: Indicator[];
}

/** Props of `/pohjat/<pohja>`. */
export interface TemplatePageData {
  template: Template;
}

/** Props of the finder page. */
export interface FinderData {
  /** Every good practice and case note, in title order. */
  items: Item[];
}

/** What the content-model plugin hands to every page (`usePluginData('content-model')`). */
export interface ContentModelGlobalData {
  /**
   * Unfinished drafts: source file (relative to the site root) → the
   * required fields it still leaves empty. Only drafts with such fields.
   */
  drafts: Record<string, string[]>;
  /** Every published indicator, in title order. */
  indicators: Indicator[];
  /** Related pages by page address (see `src/model/related.ts`). */
  related: Record<string, RelatedLink[]>;
  /**
   * Front matter problems: source file → its Finnish lines. Only under
   * `npm start`, which shows them on the pages instead of stopping; a build
   * stops at the first problem, so a built site always has none.
   */
  problems: Record<string, string[]>;
}
