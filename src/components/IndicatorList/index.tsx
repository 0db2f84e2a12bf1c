/**
 * Every indicator of the guide with its chart and table, for the chapter
 * on indicators (`<IndicatorList />` in Markdown). Reads the checked
 * content from the content-model plugin, so a new indicator file appears
 * here with no edit to the chapter.
 */

import React, {type ReactNode} from 'react';

import {usePluginData} from '@docusaurus/useGlobalData';

import IndicatorView from '@site/src/components/IndicatorView';
import type {ContentModelGlobalData} from '@site/src/model/types';

export default function IndicatorList(): ReactNode {
  const {indicators} = usePluginData('content-model') as ContentModelGlobalData;
  if (indicators.length === 0) return <p>Oppaassa ei ole vielä mittareita.</p>;
  return (
    <>
      {indicators.map((indicator) => (
        <IndicatorView key={indicator.id} indicator={indicator} headingLevel="h3" />
      ))}
    </>
  );
}
