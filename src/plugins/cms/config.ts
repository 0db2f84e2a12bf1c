/**
 * The browser editor's (Decap CMS) configuration, generated from the content
 * model: one collection per content type, with the fields, labels, help
 * texts and allowed values of `src/data/contentTypes.ts`. A field added to
 * the content model appears in the editor with no change here.
 */

import {contentTypeKeys, contentTypes, type ContentTypeKey} from '../../data/contentTypes';
import {editorField, type EditorField} from '../../model/fieldKinds';
import {chapterCollection, PART_INDEXES, typedDocsFolders} from './entries';

/** A Decap field, as far as this config uses it (made per kind in `src/model/fieldKinds.ts`). */
export type DecapField = EditorField;

/** A Decap collection, as far as this config uses it. */
export interface DecapCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  path?: string;
  slug?: string;
  create?: boolean;
  delete?: boolean;
  extension?: string;
  format?: string;
  summary?: string;
  sortable_fields?: string[];
  fields?: DecapField[];
  files?: {name: string; label: string; file: string; fields: DecapField[]}[];
}

/** The Git host the editor commits to (see the README: "Selaineditori"). */
export interface DecapBackend {
  name: string;
  repo?: string;
  branch?: string;
  base_url?: string;
  auth_endpoint?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: string;
  proxy_url?: string;
  commit_messages?: Record<string, string>;
}

/** The whole configuration. */
export interface DecapConfig {
  backend: DecapBackend;
  local_backend: boolean | {url: string};
  publish_mode: 'editorial_workflow' | 'simple';
  locale: string;
  site_url?: string;
  display_url?: string;
  logo_url?: string;
  media_folder: string;
  public_folder: string;
  slug: {encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string};
  collections: DecapCollection[];
}

/** What the configuration depends on besides the content model. */
export interface CmsOptions {
  /** Parts of the guide with chapters (folders under `docs/` other than the typed ones). */
  chapterParts: readonly {name: string; label: string}[];
  /** Typed parts (`kaytannot`, `tyopajat`) that have an introduction page `index.md`. */
  partIndexes: readonly string[];
  /** The Git host; without one the editor works only through the local proxy. */
  backend?: DecapBackend;
  /** The local proxy (`decap-server`) that `npm run cms` starts. */
  localBackendUrl: string;
  /** The public address of the site, for the editor's "view site" link. */
  siteUrl?: string;
}

/** The editor field of one content-model field. */
export const decapField = editorField;

/**
 * Docusaurus's own front matter fields that writers use: the page's place
 * in the sidebar and whether it is a draft. They are Docusaurus's, not the
 * content model's, so they are listed here.
 */
const docusaurusFields = {
  draft: {
    name: 'draft',
    label: 'Luonnos (ei julkaista)',
    widget: 'boolean',
    required: false,
    default: false,
    hint: 'Luonnos ei näy julkaistussa oppaassa. Komento npm run new tekee uudet sivut luonnoksina.',
  },
  sidebar_position: {
    name: 'sidebar_position',
    label: 'Järjestys sivupalkissa',
    widget: 'number',
    value_type: 'int',
    required: false,
    hint: 'Pienin numero tulee ensin. Jätä tyhjäksi, niin sivu tulee aakkosjärjestyksessä loppuun.',
  },
} satisfies Record<string, DecapField>;

/** The fields of a content type in the editor, the body last. */
export function collectionFields(type: ContentTypeKey): DecapField[] {
  const fields = Object.entries(contentTypes[type].fields).map(([name, spec]) =>
    decapField(name, spec),
  );
  return [
    ...fields,
    ...(type === 'uutinen' ? [] : [docusaurusFields.sidebar_position]),
    docusaurusFields.draft,
    {name: 'body', label: 'Teksti', widget: 'markdown', required: false},
  ];
}

function typeCollection(type: ContentTypeKey, folder: string, label?: string): DecapCollection {
  const {label: singular, pluralLabel, description} = contentTypes[type];
  return {
    name: type,
    label: label ?? pluralLabel,
    label_singular: singular,
    description,
    folder,
    create: true,
    extension: 'md',
    format: 'frontmatter',
    slug: '{{slug}}',
    summary: '{{title}}',
    sortable_fields: ['title'],
    fields: collectionFields(type),
  };
}

/** The editor's whole configuration. */
export function cmsConfig(options: CmsOptions): DecapConfig {
  const collections: DecapCollection[] = [];
  for (const type of contentTypeKeys) {
    const {folder} = contentTypes[type];
    switch (type) {
      case 'tapaus':
        // One collection for every municipality: the file goes to the
        // folder of the municipality chosen in the form.
        collections.push({...typeCollection(type, folder), path: '{{municipality}}/{{slug}}'});
        break;
      case 'uutinen':
        collections.push({
          ...typeCollection(type, folder),
          // The blog reads a post's date from its file name.
          slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
          sortable_fields: ['date', 'title'],
        });
        break;
      case 'luku':
        collections.push(
          typeCollection(type, folder, `${contentTypes.luku.pluralLabel}: pääsivut`),
          ...options.chapterParts.map((part) => ({
            ...typeCollection(
              type,
              `${folder}/${part.name}`,
              `${contentTypes.luku.pluralLabel}: ${part.label}`,
            ),
            name: chapterCollection(part.name),
          })),
        );
        break;
      default:
        collections.push(typeCollection(type, folder));
    }
  }
  const indexes = options.partIndexes.filter((part) => part in typedDocsFolders);
  if (indexes.length > 0) {
    collections.push({
      name: PART_INDEXES,
      label: 'Osien johdannot',
      description: 'Oppaan osien (hyvät käytännöt, työpajat) ensimmäiset sivut.',
      files: indexes.map((part) => ({
        name: part,
        label: contentTypes[typedDocsFolders[part]!].pluralLabel,
        file: `${contentTypes.luku.folder}/${part}/index.md`,
        fields: collectionFields('luku'),
      })),
    });
  }
  return {
    backend: options.backend ?? {name: 'proxy', proxy_url: options.localBackendUrl, branch: 'main'},
    local_backend: {url: options.localBackendUrl},
    publish_mode: 'editorial_workflow',
    locale: 'fi',
    ...(options.siteUrl ? {site_url: options.siteUrl, display_url: options.siteUrl} : {}),
    logo_url: '/img/logo.svg',
    media_folder: 'static/img/kuvat',
    public_folder: '/img/kuvat',
    // File names as `npm run new` makes them: ä → a, ö → o, spaces → hyphens.
    slug: {encoding: 'ascii', clean_accents: true, sanitize_replacement: '-'},
    collections,
  };
}

/**
 * The Git host from the environment of the build (README: "Selaineditori").
 * Without `CMS_BACKEND` the editor works only through the local proxy.
 */
export function backendFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): DecapBackend | undefined {
  if (!env.CMS_BACKEND) return undefined;
  const optional = {
    repo: env.CMS_REPO,
    base_url: env.CMS_BASE_URL,
    auth_endpoint: env.CMS_AUTH_ENDPOINT,
    api_root: env.CMS_API_ROOT,
    app_id: env.CMS_APP_ID,
    auth_type: env.CMS_AUTH_TYPE,
  };
  return {
    name: env.CMS_BACKEND,
    branch: env.CMS_BRANCH ?? 'main',
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value)),
  };
}
