import type * as Preset from '@docusaurus/preset-classic';
import type {MDXPlugin} from '@docusaurus/mdx-loader';
import type {Config} from '@docusaurus/types';
import {themes as prismThemes} from 'prism-react-renderer';

import path from 'node:path';

import {feedbackConfig} from './src/components/Feedback/config';
import {editUrl} from './src/plugins/cms/entries';
import componentImports from './src/plugins/remark/componentImports';
import pageData from './src/plugins/remark/pageData';
import siteLinks from './src/plugins/remark/siteLinks';
import {describeYamlError} from './src/plugins/content-model/load';

/**
 * The public address of the site. Deployments set SITE_URL; the default
 * serves local builds, whose feeds and sitemap are not published anywhere.
 */
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';

/**
 * The path the site is served under (BASE_URL, e.g. `/opas/`; default `/`).
 * Every route the local plugins make is built from it.
 */
const baseUrl = `/${(process.env.BASE_URL ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/**
 * A site path with the base in front. `Link` adds the base only to paths
 * that do not start with it already, so `/opas` under the base `/opas/`
 * would mean the home page; written out in full it cannot.
 */
const sitePath = (pathname: string) => `${baseUrl}${pathname.replace(/^\//, '')}`;

/**
 * The same for links in Markdown (`src/plugins/remark/siteLinks.ts`); and
 * the site's page components without an import line, loaded only by the
 * pages that use them (`src/plugins/remark/componentImports.ts`).
 */
const beforeDefaultRemarkPlugins: MDXPlugin[] = [[siteLinks, {baseUrl}], componentImports];

/**
 * The docs' Markdown also exports the page's own data from the
 * content-model plugin, its related pages (`src/plugins/remark/pageData.ts`).
 */
const docsRemarkPlugins: MDXPlugin[] = [
  ...beforeDefaultRemarkPlugins,
  [pageData, {siteDir: process.cwd()}],
];

const config = {
  title: 'Ilmastotyön opas',
  tagline:
    'Ilmastotyön jalkauttamisen opas kunnille: miten Pälkäne, Valkeakoski, Akaa ja Urjala veivät ilmasto-ohjelman käytäntöön',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  // The content-model plugin writes the finder's browser data (paged cards
  // and filter data) into the second folder, before the bundler copies it.
  staticDirectories: ['static', '.docusaurus/content-model-static'],

  future: {
    // v4 turns on the faster bundler (Rspack, SWC, Lightning CSS) and the
    // other flags of the next major version.
    v4: true,
    // Rspack's persistent cache keeps compiled Markdown between builds, and
    // its key does not include BASE_URL (an environment variable), so a
    // build under another base would reuse links written for the old one.
    // The cache only pays off for repeated builds at the root, and it costs
    // memory: BUILD_CACHE=false turns it off for a one-off build of a large
    // collection (README, "Large collections").
    faster:
      baseUrl === '/' && process.env.BUILD_CACHE !== 'false' ? {} : {rspackPersistentCache: false},
  },

  customFields: {
    // Where "Oliko sivusta apua?" sends: FEEDBACK_URL or FEEDBACK_EMAIL (README).
    feedback: feedbackConfig(process.env),
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale: 'fi',
    locales: ['fi'],
    localeConfigs: {
      fi: {label: 'Suomi', htmlLang: 'fi', direction: 'ltr'},
    },
  },

  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
    // A YAML mistake in front matter gets the same Finnish message as in
    // `npm run check`, naming the file and line.
    parseFrontMatter: async (params) => {
      try {
        const result = await params.defaultParseFrontMatter(params);
        // Case notes show the sidebar of index pages, which lists no note
        // (sidebarsKunnat.ts); a file may still name another sidebar.
        const relative = path.relative(process.cwd(), params.filePath);
        if (relative.startsWith(`kunnat${path.sep}`) && !result.frontMatter.displayed_sidebar) {
          result.frontMatter.displayed_sidebar = 'kunnat';
        }
        return result;
      } catch (error) {
        // Under `npm start` the content-model plugin reports the mistake on
        // the pages and in the terminal; the page meanwhile renders without
        // its front matter instead of stopping the server.
        if (process.env.NODE_ENV !== 'production') {
          return {
            frontMatter: {},
            content: params.fileContent.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, ''),
          };
        }
        const file = params.filePath.slice(process.cwd().length + 1);
        const message = describeYamlError(file, error);
        const wrapped = new Error(message);
        wrapped.stack = message;
        throw wrapped;
      }
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'opas',
          sidebarPath: './sidebars.ts',
          beforeDefaultRemarkPlugins: docsRemarkPlugins,
          showLastUpdateTime: true,
          // "Muokkaa tätä sivua" opens the page in the browser editor (/admin/);
          // EDIT_URL names the Git host's file editor for pages it cannot open.
          editUrl: ({docPath}) => editUrl(`docs/${docPath}`, process.env.EDIT_URL, baseUrl),
          versions: {current: {label: 'Nykyinen'}},
        },
        blog: {
          path: 'blog',
          routeBasePath: 'ajankohtaista',
          beforeDefaultRemarkPlugins,
          editUrl: ({blogPath}) => editUrl(`blog/${blogPath}`, process.env.EDIT_URL, baseUrl),
          // Every page shows "Päivitetty" with the date of its last commit.
          showLastUpdateTime: true,
          blogTitle: 'Ajankohtaista',
          blogDescription: 'Hiilineutraali Etelä-Pirkanmaa 2030 -hankkeen uutiset',
          blogSidebarTitle: 'Uusimmat',
          blogSidebarCount: 'ALL',
          postsPerPage: 10,
          showReadingTime: false,
          onInlineTags: 'throw',
          onInlineAuthors: 'ignore',
          onUntruncatedBlogPosts: 'ignore',
          feedOptions: {
            type: ['rss', 'atom'],
            title: 'Ilmastotyön opas – Ajankohtaista',
            description: 'Hiilineutraali Etelä-Pirkanmaa 2030 -hankkeen uutiset',
            language: 'fi',
            copyright: 'Hiilineutraali Etelä-Pirkanmaa 2030',
          },
        },
        pages: {beforeDefaultRemarkPlugins},
        theme: {
          customCss: ['./src/css/custom.css', './src/css/print.css'],
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    './src/plugins/content-model/index.ts',
    './src/plugins/cms/index.ts',
    './src/plugins/search/index.ts',
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'kunnat',
        path: 'kunnat',
        routeBasePath: 'kunnat',
        sidebarPath: './sidebarsKunnat.ts',
        beforeDefaultRemarkPlugins: docsRemarkPlugins,
        showLastUpdateTime: true,
        editUrl: ({docPath}: {docPath: string}) =>
          editUrl(`kunnat/${docPath}`, process.env.EDIT_URL, baseUrl),
        versions: {current: {label: 'Nykyinen'}},
      },
    ],
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    metadata: [
      {
        name: 'description',
        content:
          'Ilmastotyön jalkauttamisen opas: Hiilineutraali Etelä-Pirkanmaa 2030 -hankkeen menetelmät, hyvät käytännöt ja kuntien esimerkit.',
      },
    ],
    navbar: {
      title: 'Ilmastotyön opas',
      logo: {
        alt: 'Ilmastotyön opas, etusivu',
        src: 'img/logo.svg',
      },
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'opas',
          position: 'left',
          label: 'Opas',
        },
        {to: sitePath('/kaytannot'), label: 'Käytännöt', position: 'left'},
        {
          to: sitePath('/kunnat'),
          label: 'Kunnat',
          position: 'left',
          activeBaseRegex: `^${sitePath('/kunnat')}`,
        },
        {to: sitePath('/ajankohtaista'), label: 'Ajankohtaista', position: 'left'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Opas',
          items: [
            {label: 'Johdanto', to: sitePath('/opas')},
            {label: 'Käytännöt ja esimerkit', to: sitePath('/kaytannot')},
            {label: 'Kunnat', to: sitePath('/kunnat')},
            {label: 'Ajankohtaista', to: sitePath('/ajankohtaista')},
            {label: 'Mittarit ja luvut', to: sitePath('/opas/mittarit')},
            {label: 'Pohjat', to: sitePath('/pohjat')},
            {label: 'Avoin data', to: sitePath('/avoin-data')},
          ],
        },
        {
          title: 'Hanke',
          items: [
            {
              label: 'Hankkeen sivu Pälkäneen Ilmastovahdissa',
              href: 'https://ilmastovahti.palkane.fi/actions/27',
            },
            {label: 'Saavutettavuusseloste', to: sitePath('/saavutettavuus')},
          ],
        },
      ],
      copyright:
        'Hiilineutraali Etelä-Pirkanmaa 2030 -hanke: Pälkäne, Valkeakoski, Akaa ja Urjala. Hanke sai rahoitusta ympäristöministeriön Kuntien ilmastoratkaisut -ohjelmasta.',
    },
    docs: {
      sidebar: {
        hideable: true,
      },
    },
    tableOfContents: {
      minHeadingLevel: 2,
      maxHeadingLevel: 3,
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
