/**
 * The front matter fields of one content type as a table, drawn from the
 * content model (`src/data/contentTypes.ts`), so that the writers' chapter
 * never lists a field or an allowed value that the build does not accept.
 */

import React, {type ReactNode} from 'react';

import ScrollableTable from '@site/src/components/ScrollableTable';
import {contentTypes, type ContentTypeKey} from '@site/src/data/contentTypes';
import {describeAllowed, type FieldSpec, type LeafField} from '@site/src/data/fields';

import styles from './styles.module.css';

/** What kind of value a field holds, in words. */
function kindOf(spec: FieldSpec | LeafField): string {
  switch (spec.kind) {
    case 'text':
      return 'teksti';
    case 'url':
      return 'verkko-osoite';
    case 'date':
      return 'päivämäärä VVVV-KK-PP';
    case 'number':
      return spec.integer ? 'kokonaisluku' : 'luku';
    case 'boolean':
      return 'kyllä/ei (true/false)';
    case 'choice':
      return spec.multiple ? 'yksi tai useampi valinta' : 'yksi valinta';
    case 'textlist':
      return 'luettelo tekstejä';
    case 'objectlist':
      return 'luettelo kohtia';
  }
}

function Explanation({spec}: {spec: FieldSpec | LeafField}): ReactNode {
  const allowed = describeAllowed(spec);
  return (
    <>
      {spec.description}
      {allowed && <> {allowed}</>}
      {spec.kind === 'objectlist' && (
        <ul className={styles.subfields}>
          {Object.entries(spec.fields).map(([key, leaf]) => (
            <li key={key}>
              <code>{key}</code> ({leaf.label}, {kindOf(leaf)}
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
  const {fields, folder} = contentTypes[type];
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
        {Object.entries(fields).map(([key, spec]) => (
          <tr key={key}>
            <td>
              <code>{key}</code>
            </td>
            <td>
              {spec.label}
              <br />
              <span className={styles.kind}>{kindOf(spec)}</span>
            </td>
            <td>{spec.required ? 'kyllä' : 'ei'}</td>
            <td>
              <Explanation spec={spec} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
