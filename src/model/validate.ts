/**
 * Checks a content file's front matter against its content type's field
 * specs and words every problem in Finnish, one line each, naming the file,
 * the field, what was found and what is allowed.
 *
 * Why not Joi, which Docusaurus itself uses: its messages are English and
 * programmer-shaped (`"tasks[1].done" must be a valid date`), and the same
 * plain-data specs must also drive the editor and the scaffolding, so the
 * check reads the specs directly and the wording lives here, in one place.
 */

import {contentTypes, type ContentTypeKey} from '../data/contentTypes';
import type {FieldSpec, FieldSpecs, LeafField} from '../data/fields';
import {municipalities, type MunicipalityKey} from '../data/municipalities';
import {editDistance} from '../utils/editDistance';

/**
 * Front matter keys that Docusaurus itself reads. They are allowed in every
 * file and left to Docusaurus to check.
 */
export const docusaurusFields: readonly string[] = [
  'id',
  'slug',
  'sidebar_label',
  'sidebar_position',
  'sidebar_class_name',
  'sidebar_custom_props',
  'displayed_sidebar',
  'hide_title',
  'hide_table_of_contents',
  'toc_min_heading_level',
  'toc_max_heading_level',
  'pagination_label',
  'pagination_next',
  'pagination_prev',
  'custom_edit_url',
  'keywords',
  'image',
  'draft',
  'unlisted',
  'last_update',
  'tags',
  'authors',
];

/** The result of checking one file. */
export interface ValidationResult {
  /** One Finnish line per problem; empty when the file is valid. */
  problems: string[];
  /**
   * Required fields that a draft (`draft: true`) still leaves empty. A draft
   * may be unfinished: Docusaurus leaves drafts out of the published site,
   * so the build accepts them, but every value a draft does have is checked
   * as in any other file. Always empty for files that are not drafts.
   */
  unfinished: string[];
  /**
   * The field each problem is about, in the order of `problems`, so that
   * `npm run check` can name the line.
   */
  paths: (string | number)[][];
  /**
   * The front matter with dates as `VVVV-KK-PP` strings and single values of
   * list fields wrapped in lists. Only meaningful when `problems` is empty.
   */
  value: Record<string, unknown>;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL_PATTERN = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const PHONE_PATTERN = /(?:\+358|\b0)[\s-]?\d{1,3}(?:[\s-]?\d){5,}/;

/** Field path for messages: `"tasks", kohta 2, "done"`. */
type Path = readonly (string | number)[];

function formatPath(path: Path): string {
  return path
    .map((part) => (typeof part === 'number' ? `kohta ${part + 1}` : `"${part}"`))
    .join(', ');
}

function formatValue(value: unknown): string {
  if (value instanceof Date) return `"${isoDate(value)}"`;
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `"${short}"`;
  }
  if (Array.isArray(value)) return 'luettelo';
  if (value !== null && typeof value === 'object') return 'kenttäryhmä';
  return String(value);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** What a field accepts, said to a writer. */
function expectation(spec: FieldSpec | LeafField): string {
  switch (spec.kind) {
    case 'text':
      return 'odotetaan tekstiä';
    case 'url':
      return 'odotetaan verkko-osoitetta, joka alkaa https:// tai http://';
    case 'date':
      return 'odotetaan päivämäärää muodossa VVVV-KK-PP, esimerkiksi 2022-11-30';
    case 'boolean':
      return 'sallitut arvot: true, false';
    case 'choice':
      return `sallitut arvot: ${spec.options.join(', ')}`;
    case 'textlist':
      return 'odotetaan luetteloa, jonka jokainen kohta on tekstiä';
    case 'objectlist':
      return `odotetaan luetteloa, jonka kohdissa on kentät ${Object.keys(spec.fields)
        .map((key) => `"${key}"`)
        .join(', ')}`;
  }
}

/** The candidate nearest to `word`, if one is near enough to be a slip. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** No value at all, as YAML gives for `field:` with nothing after it. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null;
}

/** An empty text or list: what a new draft has where the writer still has to write. */
function isEmpty(value: unknown): boolean {
  return (
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

class Checker {
  readonly problems: string[] = [];
  readonly paths: (string | number)[][] = [];
  readonly unfinished: string[] = [];

  constructor(
    private readonly file: string,
    private readonly draft: boolean,
  ) {}

  report(path: Path, text: string): void {
    this.problems.push(`${this.file}: kenttä ${formatPath(path)}${text}`);
    this.paths.push([...path]);
  }

  invalid(path: Path, value: unknown, spec: FieldSpec | LeafField): void {
    this.report(path, `: ${formatValue(value)} ei kelpaa; ${expectation(spec)}`);
  }

  missing(path: Path, spec: FieldSpec | LeafField): void {
    this.report(path, ` puuttuu; ${expectation(spec)}`);
  }

  /** Checks a present value; returns the normalised value or undefined. */
  value(path: Path, value: unknown, spec: FieldSpec | LeafField): unknown {
    switch (spec.kind) {
      case 'text':
        return this.text(path, value, spec);
      case 'url': {
        const text = this.text(path, value, spec);
        if (text !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(text)) {
          this.invalid(path, value, spec);
          return undefined;
        }
        return text;
      }
      case 'date':
        return this.date(path, value, spec);
      case 'boolean':
        if (typeof value !== 'boolean') {
          this.invalid(path, value, spec);
          return undefined;
        }
        return value;
      case 'choice':
        return this.choice(path, value, spec);
      case 'textlist':
        return this.list(path, value, spec, (itemPath, item) =>
          this.text(itemPath, item, {...spec, kind: 'text'}),
        );
      case 'objectlist':
        return this.list(path, value, spec, (itemPath, item) => {
          if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            this.invalid(itemPath, item, spec);
            return undefined;
          }
          return this.record(itemPath, item as Record<string, unknown>, spec.fields);
        });
    }
  }

  text(path: Path, value: unknown, spec: FieldSpec | LeafField): string | undefined {
    // YAML reads `title: 2030` as a number; a writer meant the text.
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') {
      this.invalid(path, value, spec);
      return undefined;
    }
    if (value.trim() === '') {
      this.report(path, ` on tyhjä; ${expectation(spec)}`);
      return undefined;
    }
    if (EMAIL_PATTERN.test(value) || PHONE_PATTERN.test(value)) {
      this.report(
        path,
        ` sisältää sähköpostiosoitteen tai puhelinnumeron; oppaaseen ei kirjoiteta henkilökohtaisia yhteystietoja, vaan rooli ja organisaatio`,
      );
      return undefined;
    }
    return value.trim();
  }

  date(path: Path, value: unknown, spec: FieldSpec | LeafField): string | undefined {
    // YAML turns an unquoted 2022-11-30 into a Date at midnight UTC.
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      return isoDate(value);
    }
    if (typeof value === 'string') {
      const match = DATE_PATTERN.exec(value.trim());
      if (match) {
        const [, year, month, day] = match.map(Number) as [number, number, number, number];
        const date = new Date(Date.UTC(year, month - 1, day));
        if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
          return value.trim();
        }
      }
    }
    this.invalid(path, value, spec);
    return undefined;
  }

  choice(
    path: Path,
    value: unknown,
    spec: Extract<FieldSpec, {kind: 'choice'}>,
  ): string | string[] | undefined {
    const check = (itemPath: Path, item: unknown): string | undefined => {
      if (typeof item === 'string' && spec.options.includes(item)) return item;
      this.invalid(itemPath, item, spec);
      return undefined;
    };
    if (!spec.multiple) return check(path, value);
    // A single value where a list is expected is what a writer means.
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0) {
      this.report(path, ` on tyhjä; ${expectation(spec)}`);
      return undefined;
    }
    const checked = items.map((item, index) =>
      check(Array.isArray(value) ? [...path, index] : path, item),
    );
    return checked.every((item) => item !== undefined) ? (checked as string[]) : undefined;
  }

  list(
    path: Path,
    value: unknown,
    spec: Extract<FieldSpec, {kind: 'textlist' | 'objectlist'}>,
    checkItem: (itemPath: Path, item: unknown) => unknown,
  ): unknown[] | undefined {
    const items = Array.isArray(value) ? value : spec.kind === 'textlist' ? [value] : undefined;
    if (items === undefined) {
      this.invalid(path, value, spec);
      return undefined;
    }
    const minItems = spec.minItems ?? 0;
    if (items.length < minItems) {
      this.report(path, ` on tyhjä; lisää vähintään ${minItems} kohta`);
      return undefined;
    }
    const checked = items.map((item, index) => checkItem([...path, index], item));
    return checked.every((item) => item !== undefined) ? checked : undefined;
  }

  record(
    path: Path,
    data: Record<string, unknown>,
    fields: Readonly<Record<string, FieldSpec | LeafField>>,
    extraAllowed: readonly string[] = [],
  ): Record<string, unknown> | undefined {
    const result: Record<string, unknown> = {};
    let ok = true;
    for (const key of Object.keys(data)) {
      if (key in fields || extraAllowed.includes(key)) continue;
      const suggestion = closest(key, Object.keys(fields));
      this.report(
        [...path, key],
        suggestion
          ? ` on tuntematon; tarkoititko "${suggestion}"?`
          : ` on tuntematon; sallitut kentät: ${Object.keys(fields).join(', ')}`,
      );
      ok = false;
    }
    // Only a draft's own fields may be left unfinished; an item it lists
    // (a source, a task) must still be whole.
    const unfinishedAllowed = this.draft && path.length === 0;
    for (const [key, spec] of Object.entries(fields)) {
      const value = data[key];
      // An optional field left empty says nothing, as the browser editor
      // writes one that a writer cleared (`start: ''`).
      if (isBlank(value) || (isEmpty(value) && (unfinishedAllowed || !spec.required))) {
        if (spec.required && unfinishedAllowed) {
          this.unfinished.push(key);
        } else if (spec.required) {
          this.missing([...path, key], spec);
          ok = false;
        }
        continue;
      }
      const checked = this.value([...path, key], value, spec);
      if (checked === undefined) ok = false;
      else result[key] = checked;
    }
    for (const key of extraAllowed) {
      if (key in data) result[key] = data[key];
    }
    return ok ? result : undefined;
  }
}

/**
 * Checks one file's front matter.
 *
 * @param file the file's path relative to the site root, as shown to writers
 * @param type the file's content type (from `typeOfPath`)
 * @param data the front matter as YAML parsed it
 */
export function validateFrontMatter(
  file: string,
  type: ContentTypeKey,
  data: Record<string, unknown>,
): ValidationResult {
  const checker = new Checker(file, data.draft === true);
  const fields: FieldSpecs = contentTypes[type].fields;
  const value = checker.record([], data, fields, docusaurusFields) ?? {};

  if (type === 'tapaus') {
    const folder = file.split('/')[1];
    const municipality = value.municipality as MunicipalityKey | undefined;
    if (municipality && folder && folder in municipalities && folder !== municipality) {
      checker.report(
        ['municipality'],
        `: "${municipality}" ei vastaa kansiota kunnat/${folder}/; korjaa kenttä tai siirrä tiedosto kansioon kunnat/${municipality}/`,
      );
    }
    const {start, end} = value as {start?: string; end?: string};
    if (start && end && end < start) {
      checker.report(
        ['end'],
        `: "${end}" on ennen alkupäivää "${start}"; päättymispäivän pitää olla alkupäivän jälkeen`,
      );
    }
  }
  return {problems: checker.problems, unfinished: checker.unfinished, paths: checker.paths, value};
}
