/**
 * Every field kind of `src/data/fields.ts` in one place: one object per
 * kind says how a value is checked, its JSON Schema, its editor widget, how
 * the scaffolding writes it, and how it is described to writers. The
 * validator, the open data schemas, the editor's config, the field tables
 * and `npm run new` all read these objects; adding a kind is one entry here.
 *
 * The validator's wording of a problem (what was wrong) stays in
 * `validate.ts`; what a kind accepts (`expectation`) is said here.
 *
 * Browser code does not import this module: the field tables get their rows
 * from the build (`fieldRows`), so the checks stay out of the site's bundle.
 */

import type {FieldSpec, FieldSpecs, LeafField} from '../data/fields';

/** Field path for messages: `["tasks", 1, "done"]`. */
export type Path = readonly (string | number)[];

/** What a kind's check reports through; the wording is the validator's. */
export interface Checker {
  /** The value has the wrong form: `"x" ei kelpaa; <expectation>`. */
  invalid(path: Path, value: unknown, spec: FieldSpec | LeafField): void;
  /** An empty text or list where one is needed. */
  empty(path: Path, spec: FieldSpec | LeafField): void;
  /** Fewer list items than the field needs. */
  tooFew(path: Path, minItems: number): void;
  /** A text holds an e-mail address or a phone number. */
  personal(path: Path): void;
  /** Checks a record's fields; returns the normalised record or undefined. */
  record(
    path: Path,
    data: Record<string, unknown>,
    fields: Readonly<Record<string, FieldSpec | LeafField>>,
  ): Record<string, unknown> | undefined;
}

/** A field of the browser editor (Decap CMS), as far as this site uses it. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: {label: string; value: string}[];
  multiple?: boolean;
  min?: number;
  field?: EditorField;
  fields?: EditorField[];
  summary?: string;
  collapsed?: boolean;
  format?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  picker_utc?: boolean;
  value_type?: string;
}

/** One field kind. */
export interface FieldKind<S extends FieldSpec | LeafField> {
  /** What kind of value the field holds, in words, for the field tables. */
  name(spec: S): string;
  /** What the field accepts, as the end of a validation message. */
  expectation(spec: S): string;
  /**
   * The allowed values in one or two Finnish sentences (empty for plain
   * text), for the scaffolding's comments and prompts and the field tables.
   */
  allowed(spec: S): string;
  /** Checks a present value: the normalised value, or undefined after reporting. */
  check(checker: Checker, path: Path, value: unknown, spec: S): unknown;
  /** JSON Schema of the value, without title and description. */
  schema(spec: S): Record<string, unknown>;
  /** The editor widget's settings, without name, label, hint and required. */
  editor(spec: S): Omit<EditorField, 'name' | 'label'>;
  /** YAML lines of a value the writer gave. */
  yaml(key: string, value: unknown, spec: S): string[];
  /** YAML lines of a field still to fill in; `mark` ends the first line. */
  blank(key: string, mark: string, spec: S): string[];
  /** How the value looks in an example comment. */
  shape(spec: S): string;
  /** A command-line flag's texts as the value; undefined where no flag can give it. */
  fromFlag?(texts: readonly string[], spec: S): unknown;
}

/** The one rule for web addresses: http(s), a host with a dot, no spaces. */
export const WEB_ADDRESS = /^https?:\/\/[^\s/]+\.[^\s]+$/;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL_PATTERN = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const PHONE_PATTERN = /(?:\+358|\b0)[\s-]?\d{1,3}(?:[\s-]?\d){5,}/;

const PLAIN = /^[\p{L}][\p{L}\p{N} .,()–—’'-]*$/u;

/**
 * A string as a YAML scalar: plain when that reads back as the same text,
 * otherwise double-quoted (a JSON string is a valid YAML double-quoted one).
 */
export function yamlString(value: string): string {
  const reserved = /^(true|false|null|yes|no|on|off|~)$/i.test(value);
  return PLAIN.test(value) && !reserved && !value.endsWith(' ') ? value : JSON.stringify(value);
}

/** A calendar date as `VVVV-KK-PP`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Checks one line of text, shared by text, web address and text list items. */
function checkText(
  checker: Checker,
  path: Path,
  value: unknown,
  spec: FieldSpec | LeafField,
): string | undefined {
  // YAML reads `title: 2030` as a number; a writer meant the text.
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    checker.invalid(path, value, spec);
    return undefined;
  }
  if (value.trim() === '') {
    checker.empty(path, spec);
    return undefined;
  }
  if (EMAIL_PATTERN.test(value) || PHONE_PATTERN.test(value)) {
    checker.personal(path);
    return undefined;
  }
  return value.trim();
}

/** Checks a list's items with `checkItem`; a text list also takes a single text. */
function checkList(
  checker: Checker,
  path: Path,
  value: unknown,
  spec: Extract<FieldSpec, {kind: 'textlist' | 'objectlist'}>,
  checkItem: (itemPath: Path, item: unknown) => unknown,
): unknown[] | undefined {
  const items = Array.isArray(value) ? value : spec.kind === 'textlist' ? [value] : undefined;
  if (items === undefined) {
    checker.invalid(path, value, spec);
    return undefined;
  }
  const minItems = spec.minItems ?? 0;
  if (items.length < minItems) {
    checker.tooFew(path, minItems);
    return undefined;
  }
  const checked = items.map((item, index) => checkItem([...path, index], item));
  return checked.every((item) => item !== undefined) ? checked : undefined;
}

/** The last text given, for single-valued kinds. */
const lastText = (texts: readonly string[]) => texts[texts.length - 1];
/** A plain value as one YAML line. */
const plainLine = (key: string, value: unknown) => [`${key}: ${String(value)}`];
/** A text value as one YAML line, quoted when needed. */
const textLine = (key: string, value: unknown) => [`${key}: ${yamlString(String(value))}`];
/** A field with nothing after the colon. */
const nullLine = (key: string, mark: string) => [`${key}:${mark}`];

type KindOf<K extends FieldSpec['kind']> = Extract<FieldSpec | LeafField, {kind: K}>;

export const fieldKinds: {[K in FieldSpec['kind']]: FieldKind<KindOf<K>>} = {
  text: {
    name: () => 'teksti',
    expectation: () => 'odotetaan tekstiä',
    allowed: () => '',
    check: checkText,
    schema: () => ({type: 'string', minLength: 1}),
    editor: () => ({widget: 'string'}),
    yaml: textLine,
    // Docusaurus itself reads `description` and refuses an empty value
    // (null) there, but accepts an empty text.
    blank: (key, mark) => [`${key}: ''${mark}`],
    shape: (spec) => spec.label,
    fromFlag: lastText,
  },
  url: {
    name: () => 'verkko-osoite',
    expectation: () => 'odotetaan verkko-osoitetta, joka alkaa https:// tai http://',
    allowed: () => 'Alkaa https://',
    check(checker, path, value, spec) {
      const text = checkText(checker, path, value, spec);
      if (text !== undefined && !WEB_ADDRESS.test(text)) {
        checker.invalid(path, value, spec);
        return undefined;
      }
      return text;
    },
    schema: () => ({type: 'string', pattern: WEB_ADDRESS.source}),
    editor: () => ({
      widget: 'string',
      pattern: [WEB_ADDRESS.source, 'Kirjoita verkko-osoite, joka alkaa https://'],
    }),
    yaml: textLine,
    blank: nullLine,
    shape: () => 'https://…',
    fromFlag: lastText,
  },
  date: {
    name: () => 'päivämäärä VVVV-KK-PP',
    expectation: () => 'odotetaan päivämäärää muodossa VVVV-KK-PP, esimerkiksi 2022-11-30',
    // The descriptions say the format already; an example makes it plain.
    allowed: () => 'Esimerkiksi 2022-11-30.',
    check(checker, path, value, spec) {
      // YAML turns an unquoted 2022-11-30 into a Date at midnight UTC.
      if (value instanceof Date && !Number.isNaN(value.getTime())) return isoDate(value);
      if (typeof value === 'string') {
        const match = DATE_PATTERN.exec(value.trim());
        if (match) {
          const [, year, month, day] = match.map(Number) as [number, number, number, number];
          const date = new Date(Date.UTC(year, month - 1, day));
          if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value.trim();
        }
      }
      checker.invalid(path, value, spec);
      return undefined;
    },
    schema: () => ({type: 'string', format: 'date'}),
    editor: (spec) => ({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'D.M.YYYY',
      time_format: false,
      // A date is a calendar day: no time zone may move it to the day before.
      picker_utc: true,
      ...(spec.today ? {default: '{{now}}'} : {}),
    }),
    yaml: plainLine,
    blank: nullLine,
    shape: () => 'VVVV-KK-PP',
    fromFlag: lastText,
  },
  boolean: {
    name: () => 'kyllä/ei (true/false)',
    expectation: () => 'sallitut arvot: true, false',
    allowed: () => 'true tai false.',
    check(checker, path, value, spec) {
      if (typeof value === 'boolean') return value;
      checker.invalid(path, value, spec);
      return undefined;
    },
    schema: () => ({type: 'boolean'}),
    editor: () => ({widget: 'boolean', default: false}),
    yaml: plainLine,
    blank: nullLine,
    shape: () => 'true tai false',
    fromFlag(texts) {
      const text = texts[0] ?? '';
      return text === 'true' ? true : text === 'false' ? false : text;
    },
  },
  choice: {
    name: (spec) => (spec.multiple ? 'yksi tai useampi valinta' : 'yksi valinta'),
    expectation: (spec) => `sallitut arvot: ${spec.options.join(', ')}`,
    allowed(spec) {
      const options = spec.options.map((key) => `${key} (${spec.optionLabels[key]})`).join(', ');
      return spec.multiple
        ? `Yksi tai useampi hakasulkeisiin pilkuin eroteltuna, esimerkiksi [${spec.options
            .slice(0, 2)
            .join(', ')}]. Sallitut arvot: ${options}.`
        : `Sallitut arvot: ${options}.`;
    },
    check(checker, path, value, spec) {
      const one = (itemPath: Path, item: unknown): string | undefined => {
        if (typeof item === 'string' && spec.options.includes(item)) return item;
        checker.invalid(itemPath, item, spec);
        return undefined;
      };
      if (!spec.multiple) return one(path, value);
      // A single value where a list is expected is what a writer means.
      const items = Array.isArray(value) ? value : [value];
      if (items.length === 0) {
        checker.empty(path, spec);
        return undefined;
      }
      const checked = items.map((item, index) =>
        one(Array.isArray(value) ? [...path, index] : path, item),
      );
      return checked.every((item) => item !== undefined) ? checked : undefined;
    },
    schema: (spec) =>
      spec.multiple
        ? {type: 'array', minItems: 1, items: {enum: [...spec.options]}}
        : {enum: [...spec.options]},
    editor: (spec) => ({
      widget: 'select',
      options: spec.options.map((value) => ({label: spec.optionLabels[value] ?? value, value})),
      ...(spec.multiple ? {multiple: true, ...(spec.required ? {min: 1} : {})} : {}),
    }),
    yaml: (key, value, spec) =>
      spec.multiple && Array.isArray(value)
        ? [`${key}: [${value.map(String).join(', ')}]`]
        : plainLine(key, value),
    blank: (key, mark, spec) => [spec.multiple ? `${key}: []${mark}` : `${key}:${mark}`],
    shape: (spec) => spec.options.join(' / '),
    fromFlag: (texts, spec) =>
      spec.multiple
        ? texts.flatMap((text) => text.split(',').map((item) => item.trim())).filter(Boolean)
        : lastText(texts),
  },
  textlist: {
    name: () => 'luettelo tekstejä',
    expectation: () => 'odotetaan luetteloa, jonka jokainen kohta on tekstiä',
    allowed: () => '',
    check: (checker, path, value, spec) =>
      checkList(checker, path, value, spec, (itemPath, item) =>
        checkText(checker, itemPath, item, {...spec, kind: 'text'}),
      ),
    schema: (spec) => ({
      type: 'array',
      minItems: spec.minItems ?? 0,
      items: {type: 'string', minLength: 1},
    }),
    editor: (spec) => ({
      widget: 'list',
      field: {name: 'item', label: spec.label, widget: 'string'},
      ...(spec.minItems ? {min: spec.minItems} : {}),
    }),
    yaml: (key, value) => [
      `${key}:`,
      ...(Array.isArray(value) ? value : [value]).map((item) => `  - ${yamlString(String(item))}`),
    ],
    blank: (key, mark) => [`${key}: []${mark}`],
    shape: (spec) => spec.label,
    fromFlag: (texts) => texts.filter(Boolean),
  },
  objectlist: {
    name: () => 'luettelo kohtia',
    expectation: (spec) =>
      `odotetaan luetteloa, jonka kohdissa on kentät ${Object.keys(spec.fields)
        .map((key) => `"${key}"`)
        .join(', ')}`,
    allowed: () => '',
    check: (checker, path, value, spec) =>
      checkList(checker, path, value, spec, (itemPath, item) => {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
          checker.invalid(itemPath, item, spec);
          return undefined;
        }
        return checker.record(itemPath, item as Record<string, unknown>, spec.fields);
      }),
    schema: (spec) => ({
      type: 'array',
      minItems: spec.minItems ?? 0,
      items: objectSchema(spec.fields),
    }),
    editor(spec) {
      const fields = Object.entries(spec.fields).map(([key, leaf]) => editorField(key, leaf));
      return {
        widget: 'list',
        fields,
        summary: `{{fields.${fields[0]!.name}}}`,
        collapsed: false,
        ...(spec.minItems ? {min: spec.minItems} : {}),
      };
    },
    yaml: (key, value) => [
      `${key}:`,
      ...(Array.isArray(value) ? (value as Record<string, unknown>[]) : []).flatMap((item) =>
        Object.entries(item)
          .filter(([, itemValue]) => itemValue !== undefined && itemValue !== '')
          .map(
            ([itemKey, itemValue], index) =>
              `${index === 0 ? '  - ' : '    '}${itemKey}: ${yamlString(String(itemValue))}`,
          ),
      ),
    ],
    blank: (key, mark, spec) => [
      `${key}:${mark}`,
      ...Object.entries(spec.fields).map(([itemKey, itemSpec], index) => {
        const optional = itemSpec.required ? '' : ' (vapaaehtoinen)';
        return `  # ${index === 0 ? '- ' : '  '}${itemKey}: ${kindOf(itemSpec).shape(itemSpec)}${optional}`;
      }),
    ],
    shape: (spec) => spec.label,
  },
};

/** The kind object of a field. */
export function kindOf<S extends FieldSpec | LeafField>(spec: S): FieldKind<S> {
  return fieldKinds[spec.kind] as unknown as FieldKind<S>;
}

/** JSON Schema of a field, with its label and description. */
export function fieldSchema(spec: FieldSpec | LeafField): Record<string, unknown> {
  return {title: spec.label, description: spec.description, ...kindOf(spec).schema(spec)};
}

/** JSON Schema of a record of fields. */
export function objectSchema(fields: Readonly<Record<string, FieldSpec | LeafField>>) {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.entries(fields)
      .filter(([, spec]) => spec.required)
      .map(([name]) => name),
    properties: Object.fromEntries(
      Object.entries(fields).map(([name, spec]) => [name, fieldSchema(spec)]),
    ),
  };
}

/** The editor field of a content-model field. */
export function editorField(name: string, spec: FieldSpec | LeafField): EditorField {
  return {
    name,
    label: spec.label,
    hint: spec.description,
    required: spec.required,
    ...kindOf(spec).editor(spec),
  };
}

/** A row of a field table, as the writers' chapter and `/avoin-data` show it. */
export interface FieldRow {
  /** The front matter key. */
  key: string;
  label: string;
  /** What kind of value, in words. */
  kind: string;
  required: boolean;
  description: string;
  /** The allowed values in words, or ''. */
  allowed: string;
  /** An object list's item fields. */
  fields?: FieldRow[];
}

/** The rows of a field table, made at build time and handed to the page as data. */
export function fieldRows(fields: FieldSpecs | Readonly<Record<string, LeafField>>): FieldRow[] {
  return Object.entries(fields).map(([key, spec]: [string, FieldSpec | LeafField]) => ({
    key,
    label: spec.label,
    kind: kindOf(spec).name(spec),
    required: spec.required,
    description: spec.description,
    allowed: kindOf(spec).allowed(spec),
    ...(spec.kind === 'objectlist' ? {fields: fieldRows(spec.fields)} : {}),
  }));
}

/** The allowed values of a field in words (see `FieldKind.allowed`). */
export function describeAllowed(spec: FieldSpec | LeafField): string {
  return kindOf(spec).allowed(spec);
}
