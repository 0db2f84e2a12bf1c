/**
 * The field tables' rows, written by the content-model plugin at build time
 * (`createData('field-tables.json')`): content type → `fieldRows(...)`.
 */
declare module '@generated/content-model/default/field-tables.json' {
  import type {ContentTypeKey} from '@site/src/data/contentTypes';
  import type {FieldRow} from '@site/src/model/fieldKinds';

  const tables: Record<ContentTypeKey, FieldRow[]>;
  export default tables;
}
