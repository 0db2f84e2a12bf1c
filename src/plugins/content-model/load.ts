/**
 * Reads every content file of the site and checks its front matter. Used by
 * the build (through the plugin in `index.ts`), by `npm run check` and by
 * the tests, so that all three report exactly the same problems.
 */

import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {DEFAULT_PARSE_FRONT_MATTER, Globby, posixPath} from '@docusaurus/utils';

import {typeOfPath, type ContentTypeKey} from '../../data/contentTypes';
import {municipalities, municipalityKeys} from '../../data/municipalities';
import {validateFrontMatter} from '../../model/validate';

/** Folders that hold content files, relative to the site root. */
export const contentFolders = ['docs', 'kunnat', 'blog'] as const;

/** One valid content file. */
export interface ContentEntry {
  /** Path relative to the site root, with forward slashes. */
  file: string;
  /** Content type, from the file's folder. */
  type: ContentTypeKey;
  /** The checked front matter (dates as `VVVV-KK-PP`). */
  frontMatter: Record<string, unknown>;
  /** Whether the file is a draft (`draft: true`), left out of the published site. */
  draft: boolean;
  /** Required fields that the draft still leaves empty (see `validateFrontMatter`). */
  unfinished: string[];
}

/** What reading the content gave. */
export interface LoadResult {
  /** The files that passed the check. */
  entries: ContentEntry[];
  /** One Finnish line per problem, in file order. */
  problems: string[];
}

interface YamlError {
  name: string;
  reason?: string;
  mark?: {line: number};
}

/** The YAML parser's commonest complaints, said in Finnish. */
const yamlReasons: readonly (readonly [RegExp, string])[] = [
  [/bad indentation/, 'sisennys on väärin tai rivillä on ylimääräinen kaksoispiste'],
  [/within a (double|single) quoted scalar/, 'lainausmerkki jäi sulkematta'],
  [/duplicated mapping key/, 'sama kenttä on kirjoitettu kahdesti'],
  [/flow collection/, 'hakasulkeet [ ] jäivät sulkematta'],
  [/end of the stream or a document separator/, 'rivi ei ole muotoa "kenttä: arvo"'],
];

function isYamlError(error: unknown): error is YamlError {
  return error instanceof Error && error.name === 'YAMLException';
}

/**
 * A Finnish one-line description of a front matter block that is not valid
 * YAML. The line number counts from the top of the file.
 */
export function describeYamlError(file: string, error: unknown): string {
  if (!isYamlError(error)) {
    return `${file}: tiedostoa ei voitu lukea: ${String(error)}`;
  }
  // The parser counts from 0 at the opening `---` line.
  const line = error.mark ? `, rivi ${error.mark.line + 1}` : '';
  const reason = error.reason ?? '';
  const hint =
    yamlReasons.find(([pattern]) => pattern.test(reason))?.[1] ?? `YAML-virhe: ${reason}`;
  return `${file}${line}: alun tietolohko (front matter) on kirjoitettu väärin: ${hint}; tarkista sisennykset, kaksoispisteet ja lainausmerkit`;
}

/** What reading one file gave. */
export interface FileResult {
  /** The file, when it passed the check. */
  entry?: ContentEntry;
  /** One Finnish line per problem. */
  problems: string[];
  /**
   * The front matter field of each problem, in the order of `problems`;
   * undefined where a problem is about the whole file.
   */
  paths: ((string | number)[] | undefined)[];
}

/** Reads and checks one file. */
export async function loadFile(siteDir: string, file: string): Promise<FileResult> {
  const type = typeOfPath(file);
  if (!type) return {problems: [], paths: []};
  const fileContent = await readFile(path.join(siteDir, file), 'utf8');
  let frontMatter: Record<string, unknown>;
  try {
    ({frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({
      filePath: path.join(siteDir, file),
      fileContent,
    }));
  } catch (error) {
    return {problems: [describeYamlError(file, error)], paths: [undefined]};
  }
  if (type === 'tapaus') {
    const folder = file.split('/')[1] ?? '';
    if (!(folder in municipalities) || file.split('/').length !== 3) {
      return {
        problems: [
          `${file}: kuntien esimerkit kuuluvat kunnan kansioon; sallitut kansiot: ${municipalityKeys
            .map((key) => `kunnat/${key}/`)
            .join(', ')}`,
        ],
        paths: [undefined],
      };
    }
  }
  const {problems, unfinished, paths, value} = validateFrontMatter(file, type, frontMatter);
  return problems.length > 0
    ? {problems, paths}
    : {
        entry: {file, type, frontMatter: value, draft: value.draft === true, unfinished},
        problems,
        paths,
      };
}

/** Lists the site's content files, relative to the site root. */
export async function listContentFiles(siteDir: string): Promise<string[]> {
  const files = await Globby(
    contentFolders.map((folder) => `${folder}/**/*.{md,mdx}`),
    {cwd: siteDir},
  );
  return files.map(posixPath).sort((a, b) => a.localeCompare(b, 'fi'));
}

/** Reads and checks every content file of the site. */
export async function loadContentFiles(siteDir: string): Promise<LoadResult> {
  const files = await listContentFiles(siteDir);
  const results = await Promise.all(files.map((file) => loadFile(siteDir, file)));
  return {
    entries: results.flatMap((result) => (result.entry ? [result.entry] : [])),
    problems: results.flatMap((result) => result.problems),
  };
}

/**
 * The error that stops a build when content has problems. Its stack is its
 * message: a writer needs the list of problems, not a JavaScript trace.
 */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      [
        `Sisällössä on ${problems.length === 1 ? 'yksi virhe' : `${problems.length} virhettä`}. Korjaa ${problems.length === 1 ? 'se' : 'ne'}, niin sivusto rakentuu taas:`,
        ...problems.map((problem) => `  - ${problem}`),
      ].join('\n'),
    );
    this.name = 'ContentError';
    this.stack = this.message;
  }
}
