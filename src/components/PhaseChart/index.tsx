import React, {type ReactNode} from 'react';

import {phaseKeys, phases, type PhaseKey} from '@site/src/data/phases';

import styles from './styles.module.css';

const ROW = 30;
const LABEL = 150;
const BAR = 120;
const COUNT = 30;

/**
 * Case notes per phase as horizontal bars. The SVG is one image whose name
 * says every figure, so a screen reader hears the same as the eye sees; the
 * pages also show the figures as a table.
 */
export default function PhaseChart({
  id,
  name,
  counts,
}: {
  /** Unique id for the chart's title element. */
  id: string;
  /** What is counted, e.g. "Akaan esimerkit vaiheittain". */
  name: string;
  counts: Record<PhaseKey, number>;
}): ReactNode {
  const max = Math.max(1, ...phaseKeys.map((key) => counts[key]));
  const summary = `${name}: ${phaseKeys
    .map((key) => `${phases[key].label} ${counts[key]}`)
    .join(', ')}.`;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${LABEL + BAR + COUNT} ${ROW * phaseKeys.length}`}
      role="img"
      aria-labelledby={id}>
      <title id={id}>{summary}</title>
      {phaseKeys.map((key, index) => {
        const y = index * ROW;
        const width = (counts[key] / max) * BAR;
        return (
          <g key={key}>
            <text x={LABEL - 8} y={y + ROW / 2} className={styles.label}>
              {phases[key].label}
            </text>
            <rect x={LABEL} y={y + 5} width={BAR} height={ROW - 10} className={styles.track} />
            {width > 0 && (
              <rect x={LABEL} y={y + 5} width={width} height={ROW - 10} className={styles.bar} />
            )}
            <text x={LABEL + BAR + 8} y={y + ROW / 2} className={styles.count}>
              {counts[key]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
