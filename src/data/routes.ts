/**
 * The site's own routes and files that the local plugins make, relative to
 * the site's `baseUrl` (plugins join them with it; components link to them
 * with Docusaurus' `Link`, which adds it).
 */
export const ROUTES = {
  /** The municipalities' overview; `/<kunta>` below it, and the case notes' feeds. */
  municipalities: '/kunnat',
  /** A theme's case-note index, `/<teema>` below it. */
  themeNotes: '/kunnat/teema',
  /** The finder of practices and case notes. */
  finder: '/kaytannot',
  /**
   * Folder of the finder's browser data: `rajaukset.json` (every item's
   * facet values) and `<N>.json` (the cards of page N).
   */
  finderData: '/data/hakemisto',
  /** The search page. */
  search: '/haku',
  /** Folder of the search index (`index.json` and its shards). */
  searchIndex: '/search',
  /** The templates' pages (`/<id>` below it) and their generated files (`/<id>.docx`). */
  templates: '/pohjat',
  /** Folder of the open data files. */
  data: '/data',
  /** The browser editor. */
  admin: '/admin/',
} as const;
