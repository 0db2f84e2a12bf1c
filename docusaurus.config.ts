import type * as Preset from '@docusaurus/preset-classic';
import type {Config} from '@docusaurus/types';
import {themes as prismThemes} from 'prism-react-renderer';

import path from 'node:path';

import {editUrl} from './src/plugins/cms/entries';
import {describeYamlError} from './src/plugins/content-model/load';

/**
 * The public address of the site. Deployments set SITE_URL; the default
 * serves local builds, whose feeds and sitemap are not published anywhere.
 */
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';

const config = {
  title: 'Ilmastotyön opas',
  tagline:
    'Ilmastotyön jalkauttamisen opas kunnille: miten Pälkäne, Valkeakoski, Akaa ja Urjala veivät ilmasto-ohjelman käytäntöön',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,
  // The content-model plugin writes the finder's browser data (paged cards
  // and filter data) into the second folder, before the bundler copies it.
  staticDirectories: ['static', '.docusaurus/content-model-static'],

  future: {
    // v4 turns on the faster bundler (Rspack, SWC, Lightning CSS) and the
    // other flags of the next major version.
    v4: true,
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
          showLastUpdateTime: true,
          // "Muokkaa tätä sivua" opens the page in the browser editor (/admin/);
          // EDIT_URL names the Git host's file editor for pages it cannot open.
          editUrl: ({docPath}) => editUrl(`docs/${docPath}`, process.env.EDIT_URL),
          versions: {current: {label: 'Nykyinen'}},
        },
        blog: {
          path: 'blog',
          routeBasePath: 'ajankohtaista',
          editUrl: ({blogPath}) => editUrl(`blog/${blogPath}`, process.env.EDIT_URL),
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
        theme: {
          customCss: './src/css/custom.css',
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
        showLastUpdateTime: true,
        editUrl: ({docPath}: {docPath: string}) =>
          editUrl(`kunnat/${docPath}`, process.env.EDIT_URL),
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
        {to: '/kaytannot', label: 'Käytännöt', position: 'left'},
        {to: '/kunnat', label: 'Kunnat', position: 'left', activeBaseRegex: '^/kunnat'},
        {to: '/ajankohtaista', label: 'Ajankohtaista', position: 'left'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Opas',
          items: [
            {label: 'Johdanto', to: '/opas'},
            {label: 'Käytännöt ja esimerkit', to: '/kaytannot'},
            {label: 'Kunnat', to: '/kunnat'},
            {label: 'Ajankohtaista', to: '/ajankohtaista'},
            {label: 'Avoin data', to: '/avoin-data'},
          ],
        },
        {
          title: 'Hanke',
          items: [
            {
              label: 'Hankkeen sivu Pälkäneen Ilmastovahdissa',
              href: 'https://ilmastovahti.palkane.fi/actions/27',
            },
            {label: 'Saavutettavuusseloste', to: '/saavutettavuus'},
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
