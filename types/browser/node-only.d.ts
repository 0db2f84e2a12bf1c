/**
 * Stands in for Node-only packages (`@docusaurus/utils`,
 * `@docusaurus/mdx-loader`) when `tsconfig.browser.json` checks browser
 * code: the theme's own type declarations import them for a few types, and
 * through them Node's types would come in. Only those types are here; any
 * value imported from them in browser code fails the check.
 */
export type Slugger = {slug: (value: string) => string};
