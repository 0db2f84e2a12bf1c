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

import leven from 'leven';

import {contentTypes, type ContentTypeKey} from '../data/contentTypes';

import type {FieldSpec, FieldSpecs, LeafField} from '../data/fields';
import {municipalities, type MunicipalityKey} from '../data/municipalities';
import {isoDate, kindOf, type Checker as KindChecker, type Path} from './fieldKinds';

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

/** A field path in messages: `"tasks", kohta 2, "done"`. */
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

/** What a field accepts, said to a writer (each kind says it in `fieldKinds.ts`). */
function expectation(spec: FieldSpec | LeafField): string {
  return kindOf(spec).expectation(spec);
}

/** The candidate nearest to `word`, if one is near enough to be a slip. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = leven(word.toLowerCase(), candidate.toLowerCase());
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

class Checker implements KindChecker {
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

  empty(path: Path, spec: FieldSpec | LeafField): void {
    this.report(path, ` on tyhjä; ${expectation(spec)}`);
  }

  tooFew(path: Path, minItems: number): void {
    this.report(path, ` on tyhjä; lisää vähintään ${minItems} kohta`);
  }

  personal(path: Path): void {
    this.report(
      path,
      ` sisältää sähköpostiosoitteen tai puhelinnumeron; oppaaseen ei kirjoiteta henkilökohtaisia yhteystietoja, vaan rooli ja organisaatio`,
    );
  }

  /** Checks a present value; returns the normalised value or undefined. */
  value(path: Path, value: unknown, spec: FieldSpec | LeafField): unknown {
    return kindOf(spec).check(this, path, value, spec);
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
