/**
 * Ejected from @docusaurus/theme-classic 3.10 `LastUpdated`.
 * Why: the original formats the date with a spelled-out month
 * ("30. marrask. 2022"); Finnish public-sector sites use 30.11.2022. The
 * original also prints an English note in development; this one does not.
 */

import React, {type ReactNode} from 'react';

import Translate from '@docusaurus/Translate';
import {ThemeClassNames} from '@docusaurus/theme-common';
import type {Props} from '@theme/LastUpdated';

import {formatDate} from '@site/src/utils/date';

export default function LastUpdated({lastUpdatedAt}: Props): ReactNode {
  if (!lastUpdatedAt) return null;
  const date = new Date(lastUpdatedAt);
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      <Translate
        id="theme.lastUpdated.lastUpdatedAtBy"
        description="The sentence used to display when a page has been last updated, and by who"
        values={{
          atDate: (
            <Translate
              id="theme.lastUpdated.atDate"
              description="The words used to describe on which date a page has been last updated"
              values={{
                date: (
                  <b>
                    <time dateTime={date.toISOString()} itemProp="dateModified">
                      {formatDate(date)}
                    </time>
                  </b>
                ),
              }}>
              {' on {date}'}
            </Translate>
          ),
          byUser: '',
        }}>
        {'Last updated{atDate}{byUser}'}
      </Translate>
    </span>
  );
}
