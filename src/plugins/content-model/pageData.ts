/**
 * Data of one docs page that needs the whole collection to compute (its
 * related pages) or that only some pages show (an indicator's figures),
 * written as a JSON file per page instead of into the global data: global data is in the main bundle of every page, so a map
 * of every page's related links would make every page's JavaScript grow
 * with the collection. The remark plugin `src/plugins/remark/pageData.ts`
 * makes each page's Markdown export its own file, so the links are in that
 * page's chunk only and in its pre-rendered HTML, and the bundler rebuilds
 * the page when its file changes.
 */

import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

import type {Indicator} from '../../model/indicators';
import type {PageModelData} from '../../model/types';

/** The folder of the page data files, among the generated files. */
export function pageDataDir(siteDir: string): string {
  return path.join(siteDir, '.docusaurus', 'content-model-pages');
}

/** The data file of a source file (relative to the site root, `/` separated). */
export function pageDataFile(siteDir: string, file: string): string {
  return path.join(pageDataDir(siteDir), `${file.replace(/[\\/]/g, '~')}.json`);
}

/** The file of every indicator, for the pages that draw them all (`<IndicatorList />`). */
export function indicatorsFile(siteDir: string): string {
  return path.join(pageDataDir(siteDir), 'indicators.json');
}

/** Writes a file if its content changed. */
async function writeIfChanged(target: string, text: string): Promise<void> {
  const old = await readFile(target, 'utf8').catch(() => undefined);
  if (old !== text) await writeFile(target, text);
}

/**
 * Writes a data file for every given page and the indicators' file, rewriting only those whose
 * content changed (so that `npm start` rebuilds only the pages concerned),
 * and removes files of pages that are gone.
 */
export async function writePageData(
  siteDir: string,
  pages: ReadonlyMap<string, PageModelData>,
  indicators: readonly Indicator[] = [],
): Promise<void> {
  const dir = pageDataDir(siteDir);
  await mkdir(dir, {recursive: true});
  const wanted = new Set<string>([path.basename(indicatorsFile(siteDir))]);
  await writeIfChanged(indicatorsFile(siteDir), JSON.stringify(indicators));
  for (const [file, data] of pages) {
    const target = pageDataFile(siteDir, file);
    wanted.add(path.basename(target));
    await writeIfChanged(target, JSON.stringify(data));
  }
  for (const name of await readdir(dir)) {
    if (!wanted.has(name)) await rm(path.join(dir, name), {force: true});
  }
}
