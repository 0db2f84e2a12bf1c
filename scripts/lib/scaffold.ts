/**
 * What `npm run new` writes: the path and text of a new content file, built
 * from the content model's field specs (`src/data/contentTypes.ts`). Pure
 * functions, no file system, so the tests can check every line.
 *
 * A new file is a draft (`draft: true`): the build accepts it and leaves it
 * out of the published site, and the fields the writer still has to fill in
 * are left empty and marked TÄYDENNÄ. Nothing is made up to satisfy the
 * validator (no placeholder source that looks like a fact); `npm run check`
 * refuses a TÄYDENNÄ mark in a file that is no longer a draft.
 */

import {contentTypeKeys, contentTypes, type ContentTypeKey} from '../../src/data/contentTypes';
import type {FieldSpec} from '../../src/data/fields';
import {describeAllowed, kindOf, yamlString} from '../../src/model/fieldKinds';

export {yamlString};

/** The mark of a place that the writer still has to fill in. */
export const TODO_MARK = 'TÄYDENNÄ';

/**
 * English names of the content types, as the issue and the README name them
 * for the command line; the content model's own Finnish keys work as well.
 */
export const typeAliases: Readonly<Record<string, ContentTypeKey>> = {
  chapter: 'luku',
  practice: 'kaytanto',
  workshop: 'tyopaja',
  'case-note': 'tapaus',
  news: 'uutinen',
};

/** The content type a command-line name stands for, or undefined. */
export function resolveType(name: string): ContentTypeKey | undefined {
  const key = name.trim().toLowerCase();
  if (key in typeAliases) return typeAliases[key];
  return (contentTypeKeys as readonly string[]).includes(key) ? (key as ContentTypeKey) : undefined;
}

/**
 * A file name from a Finnish title: ä → a, ö → o, å → a (and other letters
 * with marks lose them), spaces, dashes and slashes become one hyphen, other
 * punctuation is dropped, all lower case.
 */
export function slugify(title: string): string {
  return (
    title
      // Splits ä into a + ¨, é into e + ´, ₂ into 2; the marks go next.
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // An en dash in "2020–2030" separates words just like a space does.
      .replace(/[\s\u2010-\u2015/]+/gu, '-')
      .replace(/[^a-z0-9-]/g, '')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '')
  );
}

/** Today as `VVVV-KK-PP` in the machine's own time zone. */
export function isoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Where a new file goes, besides its type. */
export interface Placement {
  /** A case note's municipality: its folder under `kunnat/`. */
  municipality?: string;
  /** A chapter's part: a folder under `docs/`, e.g. `menetelmat`. */
  folder?: string;
  /** A news post's date, the start of its file name. */
  date: string;
}

/** The new file's path relative to the site root. */
export function targetPath(type: ContentTypeKey, slug: string, placement: Placement): string {
  const {folder} = contentTypes[type];
  switch (type) {
    case 'tapaus':
      return `${folder}/${placement.municipality ?? ''}/${slug}.md`;
    case 'uutinen':
      return `${folder}/${placement.date}-${slug}.md`;
    case 'luku':
      return placement.folder ? `${folder}/${placement.folder}/${slug}.md` : `${folder}/${slug}.md`;
    default:
      return `${folder}/${slug}.md`;
  }
}

/** The comment line above a field. */
function fieldComment(key: string, spec: FieldSpec, indent = ''): string {
  const required = spec.required ? '' : ' (vapaaehtoinen)';
  const allowed = describeAllowed(spec);
  return `${indent}# ${spec.label}${required}: ${spec.description}${allowed ? ` ${allowed}` : ''}`;
}

/** An empty field: the shape to fill in, marked when it is required. */
function emptyLines(key: string, spec: FieldSpec): string[] {
  const lines = kindOf(spec).blank(key, spec.required ? ` # ${TODO_MARK}` : '', spec);
  // An optional field is shown, but commented out: the writer removes the
  // `#` to use it, and an unused one says nothing to the build.
  return spec.required ? lines : lines.map((line) => (line.startsWith('  #') ? line : `# ${line}`));
}

/** The whole text of a new file. */
export function renderFile(
  type: ContentTypeKey,
  values: Readonly<Record<string, unknown>>,
  today: string,
): string {
  const {fields, outline, label} = contentTypes[type];
  const lines = [
    '---',
    `# LUONNOS (${label.toLowerCase()}), tehty komennolla npm run new ${today}.`,
    `# Täytä kohdat, joissa lukee ${TODO_MARK}, ja kirjoita teksti. Kun sivu on valmis,`,
    '# poista rivi "draft: true" tämän tietolohkon lopusta ja aja npm run check.',
  ];
  for (const [key, spec] of Object.entries(fields)) {
    const value = values[key];
    lines.push('', fieldComment(key, spec));
    const given = value !== undefined && !(Array.isArray(value) && value.length === 0);
    lines.push(...(given ? kindOf(spec).yaml(key, value, spec) : emptyLines(key, spec)));
  }
  lines.push(
    '',
    '# Luonnos ei näy julkaistussa oppaassa. Poista tämä rivi, kun sivu on valmis.',
    'draft: true',
    '---',
    '',
    `${TODO_MARK}: Kirjoita tähän johdanto: yksi tai kaksi kappaletta siitä, mistä sivu kertoo.`,
    '',
  );
  for (const heading of outline) {
    lines.push(`## ${heading}`, '', `${TODO_MARK}: Kirjoita tähän osio ”${heading}”.`, '');
  }
  return lines.join('\n');
}
