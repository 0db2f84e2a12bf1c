import React, {type ReactNode} from 'react';

import type {Facet, FacetName} from '@site/src/data/facets';
import type {FacetCounts, Filters} from '@site/src/model/facets';

import styles from './styles.module.css';

/**
 * Filters as real form controls: a fieldset per facet of the registry
 * (`src/data/facets.ts`) with its legend, a labelled checkbox per value with
 * its count. Used by the finder and the search page.
 */
export default function FacetFilters({
  facets,
  counts,
  selected,
  idPrefix,
  onToggle,
}: {
  /** The facets to offer, in order. */
  facets: readonly Facet[];
  /** Faceted counts; missing ones show as 0. */
  counts: Partial<FacetCounts> | undefined;
  /** The chosen values. */
  selected: Filters;
  /** Prefix of the checkboxes' ids, unique on the page. */
  idPrefix: string;
  /** Called with the facet, the value and the checkbox's id. */
  onToggle: (name: FacetName, value: string, id: string) => void;
}): ReactNode {
  return (
    <>
      {facets.map((facet) => (
        <fieldset key={facet.name} className={styles.fieldset}>
          <legend>{facet.legend}</legend>
          {facet.values.map((value) => {
            const id = `${idPrefix}-${facet.name}-${value}`;
            return (
              <div key={value} className={styles.option}>
                <input
                  type="checkbox"
                  id={id}
                  name={facet.name}
                  value={value}
                  checked={(selected[facet.name] as readonly string[]).includes(value)}
                  onChange={() => onToggle(facet.name, value, id)}
                />
                <label htmlFor={id}>
                  {facet.label(value as never)}{' '}
                  <span className={styles.count}>({counts?.[facet.name]?.[value] ?? 0})</span>
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
