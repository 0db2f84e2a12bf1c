/**
 * Data that the content-model plugin hands to pages. Plain JSON: no Node
 * imports here, since browser code reads these types too.
 */

import type {CaseNoteFrontMatter} from '../../data/contentTypes';
import type {MunicipalityKey} from '../../data/municipalities';

/** A case note as pages list it. */
export interface CaseNoteSummary {
  /** Page URL. */
  permalink: string;
  /** Path of the source file relative to the site root. */
  file: string;
  title: string;
  description: string;
  municipality: MunicipalityKey;
  phase: CaseNoteFrontMatter['phase'];
  themes: CaseNoteFrontMatter['themes'];
  /** `VVVV-KK-PP`. */
  updated: string;
  /** Whether the note is an illustration, not a documented action. */
  example: boolean;
}

/** Props of the municipalities overview page (`/kunnat`). */
export interface MunicipalitiesOverview {
  /** Every case note, newest update first. */
  notes: CaseNoteSummary[];
}
