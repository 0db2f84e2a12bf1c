import React, {type ReactNode} from 'react';

import Heading from '@theme/Heading';
import clsx from 'clsx';

import {phaseIndex, phaseKeys, phases, type PhaseKey} from '@site/src/data/phases';

import styles from './styles.module.css';

/**
 * "Eteneminen": the five phases as an ordered list. The current phase is
 * told by text ("Nykyinen vaihe"), by shape (a filled, larger marker; done
 * phases have a check mark) and by colour, and has `aria-current="step"`.
 */
export default function PhaseTracker({phase}: {phase: PhaseKey}): ReactNode {
  const current = phaseIndex(phase);
  return (
    // The same five words on every case note: not worth indexing.
    <section className={styles.tracker} aria-labelledby="eteneminen" data-search-ignore>
      <Heading as="h2" id="eteneminen" className={styles.heading}>
        Eteneminen
      </Heading>
      <ol className={styles.steps}>
        {phaseKeys.map((key, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li
              key={key}
              className={clsx(styles.step, styles[state])}
              aria-current={state === 'current' ? 'step' : undefined}>
              <span className={styles.marker} aria-hidden="true">
                {state === 'done' ? '✓' : state === 'current' ? '●' : ''}
              </span>
              <span className={styles.label}>
                {phases[key].label}
                {state === 'current' && <span className={styles.note}>Nykyinen vaihe</span>}
                {state === 'done' && <span className="sr-only"> (tehty)</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
