import React, {type ReactNode} from 'react';

import clsx from 'clsx';

import {phaseIndex, phaseKeys, phases, type PhaseKey} from '@site/src/data/phases';

import styles from './styles.module.css';

/**
 * A case note's phase as a small label: the phase name in words plus
 * "vaihe 3/5", so the phase is never told by colour alone.
 */
export default function PhaseBadge({phase}: {phase: PhaseKey}): ReactNode {
  return (
    <span className={clsx(styles.badge, styles[phase])}>
      {phases[phase].label}
      <span className={styles.step}>
        {' '}
        (vaihe {phaseIndex(phase) + 1}/{phaseKeys.length})
      </span>
    </span>
  );
}
