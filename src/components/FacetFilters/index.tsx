import React, {type ReactNode} from 'react';

import styles from './styles.module.css';

/** One filter: a legend and its values with labels and counts. */
export interface FacetGroup {
  /** URL parameter name, e.g. `kunta`. */
  name: string;
  legend: string;
  options: {value: string; label: string; count: number; checked: boolean}[];
}

/**
 * Filters as real form controls: a fieldset per filter, a labelled checkbox
 * per value with its count. Used by the finder and the search page.
 */
export default function FacetFilters({
  groups,
  idPrefix,
  onToggle,
}: {
  groups: FacetGroup[];
  /** Prefix of the checkboxes' ids, unique on the page. */
  idPrefix: string;
  /** Called with the filter, the value and the checkbox's id. */
  onToggle: (name: string, value: string, id: string) => void;
}): ReactNode {
  return (
    <>
      {groups.map((group) => (
        <fieldset key={group.name} className={styles.fieldset}>
          <legend>{group.legend}</legend>
          {group.options.map((option) => {
            const id = `${idPrefix}-${group.name}-${option.value}`;
            return (
              <div key={option.value} className={styles.option}>
                <input
                  type="checkbox"
                  id={id}
                  name={group.name}
                  value={option.value}
                  checked={option.checked}
                  onChange={() => onToggle(group.name, option.value, id)}
                />
                <label htmlFor={id}>
                  {option.label} <span className={styles.count}>({option.count})</span>
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
