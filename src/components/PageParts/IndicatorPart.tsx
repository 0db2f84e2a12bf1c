/**
 * An indicator page's facts, chart and table, from the checked content.
 * A module of its own that only indicator pages load: their Markdown
 * exports it (src/plugins/remark/pageData.ts), and PageIntro draws it.
 */

import React, {type ReactNode} from 'react';

import IndicatorView, {IndicatorFacts} from '@site/src/components/IndicatorView';
import type {Indicator} from '@site/src/model/indicators';

export default function IndicatorPart({indicator}: {indicator: Indicator}): ReactNode {
  return (
    <>
      <IndicatorFacts indicator={indicator} />
      <IndicatorView indicator={indicator} title={false} />
    </>
  );
}
