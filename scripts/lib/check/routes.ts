/**
 * The page address of each content file, computed the way Docusaurus
 * computes it, so that `npm run check` can tell a broken link before a
 * build. Only links into the content collections are judged here (the
 * guide, the case notes and the news posts); a link elsewhere on the site
 * (`/kaytannot`, `/avoin-data`, a search page) is left to the build, which
 * knows every route and fails on a broken one.
 */

import path from 'node:path';

import {municipalityKeys} from '../../../src/data/municipalities';

/** A content collection: its folder and the address its pages live under. */
export interface Collection {
  /** Folder relative to the site root, e.g. `docs`. */
  folder: string;
  /** Route base, e.g. `/opas`. */
  routeBase: string;
  /** Docs or blog: they name files differently. */
  kind: 'docs' | 'blog';
}

interface PluginOptions {
  id?: string;
  path?: string;
  routeBasePath?: string;
}

/**
 * The collections of the site, read from `docusaurus.config.ts` so that a
 * changed route base changes the check too.
 */
export function collectionsOf(config: {presets?: unknown[]; plugins?: unknown[]}): Collection[] {
  const collections: Collection[] = [];
  const add = (kind: 'docs' | 'blog', options: PluginOptions | false | undefined) => {
    if (options === false) return;
    const folder = options?.path ?? (kind === 'docs' ? 'docs' : 'blog');
    const routeBase = options?.routeBasePath ?? folder;
    collections.push({folder, routeBase: `/${routeBase.replace(/^\/|\/$/g, '')}`, kind});
  };
  for (const preset of config.presets ?? []) {
    if (!Array.isArray(preset)) continue;
    const options = preset[1] as {docs?: PluginOptions | false; blog?: PluginOptions | false};
    add('docs', options.docs);
    add('blog', options.blog);
  }
  for (const plugin of config.plugins ?? []) {
    if (Array.isArray(plugin) && plugin[0] === '@docusaurus/plugin-content-docs') {
      add('docs', plugin[1] as PluginOptions);
    }
  }
  return collections;
}

/** Docusaurus drops number prefixes (`01-johdanto`) from docs paths. */
const stripNumberPrefix = (segment: string) => segment.replace(/^\d+[-_.]\s*/, '');

function join(...parts: string[]): string {
  const joined = parts
    .join('/')
    .replace(/\/{2,}/g, '/')
    .replace(/\/$/, '');
  return joined === '' ? '/' : joined;
}

/** The route of one content file, or undefined when it is in no collection. */
export function routeOf(
  collections: readonly Collection[],
  file: string,
  frontMatter: Readonly<Record<string, unknown>>,
): string | undefined {
  const collection = collections.find((candidate) => file.startsWith(`${candidate.folder}/`));
  if (!collection) return undefined;
  const relative = file.slice(collection.folder.length + 1);
  const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug : undefined;
  if (collection.kind === 'blog') {
    if (slug) return join(collection.routeBase, slug);
    const dated = /^(?:.*\/)?(\d{4})-(\d{2})-(\d{2})-?(.*?)(?:\/index)?\.mdx?$/.exec(relative);
    if (dated) {
      const [, year, month, day, text] = dated;
      return join(collection.routeBase, year!, month!, day!, text!);
    }
    return join(collection.routeBase, relative.replace(/(\/index)?\.mdx?$/, ''));
  }
  const dir = path.posix.dirname(relative) === '.' ? '' : path.posix.dirname(relative);
  const dirRoute = dir.split('/').map(stripNumberPrefix).join('/');
  if (slug) {
    return slug.startsWith('/')
      ? join(collection.routeBase, slug)
      : join(collection.routeBase, dirRoute, slug);
  }
  const name =
    typeof frontMatter.id === 'string'
      ? frontMatter.id
      : stripNumberPrefix(path.posix.basename(relative).replace(/\.mdx?$/, ''));
  const lastDir = dirRoute.split('/').pop();
  const isIndex = /^(index|readme)$/i.test(name) || (lastDir !== '' && name === lastDir);
  return isIndex
    ? join(collection.routeBase, dirRoute)
    : join(collection.routeBase, dirRoute, name);
}

/**
 * Whether a site path is one that the collections own, so that a page
 * must exist for it. Paths with a file extension (feeds, data files,
 * images) and the blog's list pages are not content pages.
 */
export function isCollectionPath(collections: readonly Collection[], pathname: string): boolean {
  if (/\.[a-z0-9]+$/i.test(pathname)) return false;
  return collections.some((collection) => {
    if (!pathname.startsWith(`${collection.routeBase}/`)) return false;
    const rest = pathname.slice(collection.routeBase.length + 1);
    if (collection.kind === 'blog') return /^\d{4}\//.test(rest);
    // `/kunnat/<kunta>` is the municipality page that the content-model
    // plugin adds (src/plugins/content-model/index.ts), not a case note.
    return !(municipalityKeys as readonly string[]).includes(rest);
  });
}
