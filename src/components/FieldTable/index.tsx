/**
 * The front matter fields of one content type as a table, drawn from the
 * content model (`src/data/contentTypes.ts`), so that the writers' chapter
 * never lists a field or an allowed value that the build does not accept.
 * The rows are made at build time (`fieldRows` in `src/model/fieldKinds.ts`)
 * and imported as data, so the field kinds' checks stay out of the page.
 */

import React, {type ReactNode} from 'react';

import tables from '@generated/content-model/default/field-tables.json';

import ScrollableTable from '@site/src/components/ScrollableTable';
import {contentTypes, type ContentTypeKey} from '@site/src/data/contentTypes';
import type {FieldRow} from '@site/src/model/fieldKinds';

import styles from './styles.module.css';

function Explanation({row}: {row: FieldRow}): ReactNode {
  return (
    <>
      {row.description}
      {row.allowed && <> {row.allowed}</>}
      {row.fields && (
        <ul className={styles.subfields}>
          {row.fields.map((leaf) => (
            <li key={leaf.key}>
              <code>{leaf.key}</code> ({leaf.label}, {leaf.kind}
              {leaf.required ? ', pakollinen' : ', vapaaehtoinen'}): {leaf.description}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The fields of `type`, in the order the model gives them. */
export default function FieldTable({type}: {type: ContentTypeKey}): ReactNode {
  const {folder} = contentTypes[type];
  return (
    <ScrollableTable>
      <caption className={styles.caption}>
        {contentTypes[type].label}: kentät (kansio <code>{folder}/</code>)
      </caption>
      <thead>
        <tr>
          <th scope="col">Kenttä</th>
          <th scope="col">Nimi lomakkeella</th>
          <th scope="col">Pakollinen</th>
          <th scope="col">Mitä kirjoitetaan</th>
        </tr>
      </thead>
      <tbody>
        {tables[type].map((row) => (
          <tr key={row.key}>
            <td>
              <code>{row.key}</code>
            </td>
            <td>
              {row.label}
              <br />
              <span className={styles.kind}>{row.kind}</span>
            </td>
            <td>{row.required ? 'kyllä' : 'ei'}</td>
            <td>
              <Explanation row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
