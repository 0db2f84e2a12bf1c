/**
 * The development server's notice of front matter problems, on every page:
 * the same Finnish lines as the terminal (file, field, value, what is
 * allowed). `npm start` keeps running when a file is wrong (see the
 * content-model plugin), so a writer sees the mistake where they look, and
 * the notice goes away when the file is fixed and saved. A built site never
 * shows it: the build stops at the first problem.
 */

import React, {type ReactNode} from 'react';

import {usePluginData} from '@docusaurus/useGlobalData';
import clsx from 'clsx';

import {problemsHeadline} from '@site/src/model/contentProblems';
import type {ContentModelGlobalData} from '@site/src/model/types';

import styles from './styles.module.css';

const none: Readonly<Record<string, string[]>> = {};

/** Problems by file, as the content-model plugin found them (only under `npm start`). */
export function useContentProblems(): Readonly<Record<string, string[]>> {
  const data = usePluginData('content-model') as ContentModelGlobalData | undefined;
  return data?.problems ?? none;
}

export default function ContentProblems(): ReactNode {
  const lines = Object.values(useContentProblems()).flat();
  if (lines.length === 0) return null;
  return (
    // An alert, since the notice appears when a writer saves a file.
    <div className={clsx('alert alert--danger', styles.notice)} role="alert" data-content-problems>
      <p className={styles.headline}>
        <strong>{problemsHeadline(lines.length)}</strong>
      </p>
      <ul className={styles.lines}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className={styles.help}>
        Korjaa tiedosto ja tallenna se: ilmoitus katoaa, kun sisältö on kunnossa. Ilmoitus näkyy
        vain kehityspalvelimella (npm start); julkaistava versio ei rakennu ennen korjausta.
      </p>
    </div>
  );
}
