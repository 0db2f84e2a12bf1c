/**
 * The editor's preview: the page as the site shows it, with the site's own
 * page parts (summary, phases, tasks, sources) and styles, so that a writer
 * sees what readers will see.
 */

import React, {type ComponentType, type ReactNode} from 'react';

import Heading from '@theme/Heading';
import type {PreviewTemplateComponentProps} from 'decap-cms-core';

import {PageIntro, PageOutro, Sources} from '@site/src/components/PageParts';
import {contentTypes, type ContentTypeKey} from '@site/src/data/contentTypes';
import {validateFrontMatter} from '@site/src/model/validate';
import {formatDate} from '@site/src/utils/date';

/** The preview component of a content type. */
export function previewFor(type: ContentTypeKey): ComponentType<PreviewTemplateComponentProps> {
  function Preview({entry, widgetFor}: PreviewTemplateComponentProps): ReactNode {
    const immutableData = entry.get('data') as {toJS(): Record<string, unknown>} | undefined;
    const data = immutableData?.toJS() ?? {};
    const title = typeof data.title === 'string' ? data.title : '';
    // The page parts need their fields; until the form has them, the
    // preview says which are still empty instead of showing a broken box.
    const unfinished = validateFrontMatter('', type, {...data, draft: true}).unfinished;
    const fields = contentTypes[type].fields;
    return (
      <main className="container margin-vert--lg">
        <article className="markdown">
          <header>
            <Heading as="h1">{title || 'Otsikko puuttuu'}</Heading>
            {type === 'uutinen' && typeof data.date === 'string' && (
              <p>
                <time dateTime={data.date}>{formatDate(data.date)}</time>
              </p>
            )}
          </header>
          {unfinished.length > 0 && (
            <div className="alert alert--warning" role="note">
              Täyttämättä: {unfinished.map((key) => fields[key]?.label ?? key).join(', ')}.
            </div>
          )}
          {type !== 'uutinen' && (
            <PageIntro type={type} frontMatter={data} unfinished={unfinished} />
          )}
          {widgetFor('body')}
          {type === 'uutinen' || unfinished.length > 0 ? (
            <Sources sources={data.sources} />
          ) : (
            <PageOutro type={type} frontMatter={data} unfinished={unfinished} />
          )}
        </article>
      </main>
    );
  }
  return Preview;
}
