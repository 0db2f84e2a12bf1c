/**
 * The site's own routes and files that the local plugins make, relative to
 * the site's `baseUrl` (plugins join them with it; components link to them
 * with Docusaurus' `Link`, which adds it).
 */
export const ROUTES = {
  /** The municipalities' overview; `/<kunta>` below it, and the case notes' feeds. */
  municipalities: '/kunnat',
  /** The finder of practices and case notes. */
  finder: '/kaytannot',
  /** The search page. */
  search: '/haku',
  /** Folder of the search index (`index.json` and its shards). */
  searchIndex: '/search',
  /** Folder of the open data files. */
  data: '/data',
  /** The browser editor. */
  admin: '/admin/',
} as const;
