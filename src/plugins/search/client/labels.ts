/** Finnish labels for search results and facets, from the content model. */

import {contentTypes} from '@site/src/data/contentTypes';
import {municipalities} from '@site/src/data/municipalities';
import {phases} from '@site/src/data/phases';
import {themes} from '@site/src/data/themes';

import type {FacetName} from '../shared/engine';
import type {SearchType} from '../shared/format';

export const typeLabels: Record<SearchType, {one: string; many: string}> = {
  luku: {one: contentTypes.luku.label, many: contentTypes.luku.pluralLabel},
  kaytanto: {one: contentTypes.kaytanto.label, many: contentTypes.kaytanto.pluralLabel},
  tyopaja: {one: contentTypes.tyopaja.label, many: contentTypes.tyopaja.pluralLabel},
  tapaus: {one: contentTypes.tapaus.label, many: contentTypes.tapaus.pluralLabel},
  uutinen: {one: contentTypes.uutinen.label, many: 'Uutiset'},
  sivu: {one: 'Sivu', many: 'Muut sivut'},
};

export const facetLegends: Record<FacetName, string> = {
  tyyppi: 'Sisältö',
  kunta: 'Kunta',
  teema: 'Teema',
  vaihe: 'Vaihe',
};

export function facetValueLabel(name: FacetName, value: string): string {
  switch (name) {
    case 'tyyppi':
      return typeLabels[value as SearchType]?.many ?? value;
    case 'kunta':
      return municipalities[value as keyof typeof municipalities]?.label ?? value;
    case 'teema':
      return themes[value as keyof typeof themes]?.label ?? value;
    case 'vaihe':
      return phases[value as keyof typeof phases]?.label ?? value;
  }
}

/** "1 tulos" / "12 tulosta". */
export function resultCount(count: number): string {
  return count === 1 ? '1 tulos' : `${count} tulosta`;
}

/** A result's address: the section, with the matched words to highlight. */
export function resultHref(result: {path: string; anchor: string; marks: string[]}): string {
  const query =
    result.marks.length > 0 ? `?korosta=${encodeURIComponent(result.marks.join(' '))}` : '';
  return `${result.path}${query}${result.anchor ? `#${result.anchor}` : ''}`;
}

/**
 * Said when the index cannot be fetched. The index is made after a
 * production build, so under `npm start` there is none.
 */
export const unavailableMessage =
  process.env.NODE_ENV === 'development'
    ? 'Haku toimii vain valmiiksi rakennetussa sivustossa: aja npm run build ja npm run serve.'
    : 'Haku ei nyt toimi. Yritä hetken päästä uudelleen.';
