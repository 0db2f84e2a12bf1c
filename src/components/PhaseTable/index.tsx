import React, {type ReactNode} from 'react';

import ScrollableTable from '@site/src/components/ScrollableTable';
import {phaseKeys, phases, type PhaseKey} from '@site/src/data/phases';

import styles from './styles.module.css';

/** Rows of phase counts as a table: the charts' figures in text form. */
export default function PhaseTable({
  caption,
  rowHeader,
  rows,
}: {
  caption: string;
  /** Heading of the first column, e.g. "Kunta". */
  rowHeader: string;
  rows: {label: string; counts: Record<PhaseKey, number>}[];
}): ReactNode {
  return (
    <ScrollableTable className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {phaseKeys.map((key) => (
            <th key={key} scope="col">
              {phases[key].label}
            </th>
          ))}
          <th scope="col">Yhteensä</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {phaseKeys.map((key) => (
              <td key={key}>{row.counts[key]}</td>
            ))}
            <td>{phaseKeys.reduce((sum, key) => sum + row.counts[key], 0)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
