import assert from 'node:assert/strict';
import path from 'node:path';
import {describe, it} from 'node:test';

import en from 'decap-cms-locales/dist/esm/en';

import {caseNoteFields, contentTypeKeys, contentTypes} from '../src/data/contentTypes';
import {municipalityKeys} from '../src/data/municipalities';
import {phaseKeys} from '../src/data/phases';
import {themeKeys} from '../src/data/themes';
import {guideParts} from '../src/plugins/cms';
import {fi} from '../src/plugins/cms/admin/locale-fi';
import {backendFromEnv, cmsConfig, type DecapField} from '../src/plugins/cms/config';
import {editorEntry, editUrl} from '../src/plugins/cms/entries';
import {listContentFiles} from '../src/plugins/content-model/load';
import {validateFrontMatter} from '../src/model/validate';

const siteDir = path.join(__dirname, '..');
const config = cmsConfig({
  ...guideParts(siteDir),
  localBackendUrl: 'http://localhost:8081/api/v1',
});

/** Every string of a nested phrase catalogue, by its dotted key. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  if (typeof value === 'string') result.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [childKey, text] of flatten(child, prefix ? `${prefix}.${key}` : key)) {
        result.set(childKey, text);
      }
    }
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/%\{\w+\}/g)].map((m) => m[0]).sort();

describe('the editor in Finnish', () => {
  const english = flatten(en);
  const finnish = flatten(fi);

  it('translates every string of the English catalogue, and nothing else', () => {
    assert.deepEqual([...finnish.keys()].sort(), [...english.keys()].sort());
  });

  it('keeps every placeholder and plural form', () => {
    for (const [key, text] of english) {
      const translated = finnish.get(key) ?? '';
      assert.deepEqual(placeholders(translated), placeholders(text), key);
      assert.equal(translated.split('||||').length, text.split('||||').length, key);
    }
  });

  it('says the workflow states in Finnish', () => {
    assert.equal(fi.editor.editorToolbar.draft, 'Luonnos');
    assert.equal(fi.editor.editorToolbar.inReview, 'Tarkistettavana');
    assert.equal(fi.editor.editorToolbar.ready, 'Valmis');
  });
});

describe('editor entries and edit links', () => {
  const table: [string, string | undefined][] = [
    [
      'kunnat/akaa/energiakatselmus.md',
      'pathname:///admin/#/collections/tapaus/entries/akaa/energiakatselmus',
    ],
    [
      'blog/2021-05-01-hanke-alkoi.md',
      'pathname:///admin/#/collections/uutinen/entries/2021-05-01-hanke-alkoi',
    ],
    [
      'docs/kaytannot/asukkaiden-ilmastokysely.md',
      'pathname:///admin/#/collections/kaytanto/entries/asukkaiden-ilmastokysely',
    ],
    [
      'docs/tyopajat/koulutus-asiantuntijat.md',
      'pathname:///admin/#/collections/tyopaja/entries/koulutus-asiantuntijat',
    ],
    ['docs/index.md', 'pathname:///admin/#/collections/luku/entries/index'],
    [
      'docs/menetelmat/mittarit.md',
      'pathname:///admin/#/collections/luku-menetelmat/entries/mittarit',
    ],
    [
      'docs/kaytannot/index.md',
      'pathname:///admin/#/collections/osien-johdannot/entries/kaytannot',
    ],
    ['docs/kirjoittajille/kentat.mdx', undefined],
    ['docs/a/b/c.md', undefined],
    ['docs/_osa.md', undefined],
  ];
  for (const [file, url] of table) {
    it(`${file} → ${String(url)}`, () => {
      assert.equal(editUrl(file), url);
    });
  }

  it('links a page the editor cannot open to the Git host when EDIT_URL names one', () => {
    assert.equal(
      editUrl('docs/kirjoittajille/kentat.mdx', 'https://git.example.fi/opas/edit/main'),
      'https://git.example.fi/opas/edit/main/docs/kirjoittajille/kentat.mdx',
    );
  });

  it('every Markdown file of the site opens in a collection the editor has', async () => {
    const names = new Map(config.collections.map((collection) => [collection.name, collection]));
    for (const file of await listContentFiles(siteDir)) {
      if (file.endsWith('.mdx')) continue;
      const entry = editorEntry(file);
      assert.ok(entry, `no editor entry for ${file}`);
      const collection = names.get(entry.collection);
      assert.ok(collection, `${file}: no collection ${entry.collection}`);
      const where = collection.folder
        ? `${collection.folder}/${entry.slug}.md`
        : collection.files?.find((candidate) => candidate.name === entry.slug)?.file;
      assert.equal(where, file);
    }
  });
});

describe('the editor config, generated from the content model', () => {
  const fieldsOf = (name: string): DecapField[] =>
    config.collections.find((collection) => collection.name === name)?.fields ?? [];
  const field = (collection: string, name: string) =>
    fieldsOf(collection).find((candidate) => candidate.name === name);

  it('has a collection for every content type, with its fields in the model order', () => {
    for (const type of contentTypeKeys) {
      assert.deepEqual(
        fieldsOf(type).map((candidate) => candidate.name),
        [
          ...Object.keys(contentTypes[type].fields),
          ...(type === 'uutinen' ? [] : ['sidebar_position']),
          'draft',
          'body',
        ],
        type,
      );
    }
  });

  it('offers the same municipalities, themes and phases as the model', () => {
    assert.deepEqual(
      field('tapaus', 'municipality')?.options?.map((o) => o.value),
      [...municipalityKeys],
    );
    assert.deepEqual(
      field('tapaus', 'themes')?.options?.map((o) => o.value),
      [...themeKeys],
    );
    assert.deepEqual(
      field('tapaus', 'phase')?.options?.map((o) => o.value),
      [...phaseKeys],
    );
    assert.equal(field('tapaus', 'themes')?.multiple, true);
    assert.equal(field('tapaus', 'themes')?.min, 1);
    assert.deepEqual(field('tapaus', 'phase')?.options?.[1], {
      label: 'Päätetty käynnistää',
      value: 'paatetty',
    });
  });

  it('has tasks with done dates, contacts and sources as lists', () => {
    assert.deepEqual(field('tapaus', 'tasks'), {
      name: 'tasks',
      label: 'Tehtävät',
      hint: caseNoteFields.tasks.description,
      required: false,
      widget: 'list',
      summary: '{{fields.title}}',
      collapsed: false,
      fields: [
        {name: 'title', label: 'Tehtävä', hint: 'Mitä tehdään.', required: true, widget: 'string'},
        {
          name: 'done',
          label: 'Valmistui',
          hint: 'Päivä, jona tehtävä valmistui, muodossa VVVV-KK-PP.',
          required: false,
          widget: 'datetime',
          format: 'YYYY-MM-DD',
          date_format: 'D.M.YYYY',
          time_format: false,
          picker_utc: true,
        },
      ],
    });
    assert.deepEqual(
      field('tapaus', 'contacts')?.fields?.map((f) => [f.name, f.required]),
      [
        ['role', true],
        ['organisation', true],
        ['name', false],
      ],
    );
    assert.equal(field('tapaus', 'sources')?.min, 1);
    assert.equal(field('tapaus', 'responsible')?.field?.widget, 'string');
    assert.equal(field('tapaus', 'updated')?.default, '{{now}}');
    assert.equal(field('tapaus', 'start')?.default, undefined);
  });

  it('accepts the same web addresses as the build', () => {
    const pattern = new RegExp(
      field('tapaus', 'sources')!.fields!.find((f) => f.name === 'url')!.pattern![0],
    );
    for (const url of [
      'https://www.akaa.fi/',
      'http://akaa.fi',
      'ftp://akaa.fi',
      'https://akaa',
      'www.akaa.fi',
    ]) {
      const {problems} = validateFrontMatter('blog/x.md', 'uutinen', {
        title: 'x',
        description: 'x',
        date: '2022-01-01',
        sources: [{title: 'x', url}],
      });
      assert.equal(pattern.test(url), problems.length === 0, url);
    }
  });

  it('files case notes in the chosen municipality’s folder and news under their date', () => {
    const caseNotes = config.collections.find((collection) => collection.name === 'tapaus');
    assert.equal(caseNotes?.folder, 'kunnat');
    assert.equal(caseNotes?.path, '{{municipality}}/{{slug}}');
    const news = config.collections.find((collection) => collection.name === 'uutinen');
    assert.equal(news?.slug, '{{year}}-{{month}}-{{day}}-{{slug}}');
    const chapters = config.collections.find((collection) => collection.name === 'luku-menetelmat');
    assert.equal(chapters?.label, 'Oppaan luvut: Menetelmät');
  });

  it('works locally through the proxy until a Git host is configured', () => {
    assert.deepEqual(config.backend, {
      name: 'proxy',
      proxy_url: 'http://localhost:8081/api/v1',
      branch: 'main',
    });
    assert.equal(backendFromEnv({}), undefined);
    assert.deepEqual(
      backendFromEnv({
        CMS_BACKEND: 'github',
        CMS_REPO: 'kunta/opas',
        CMS_BASE_URL: 'https://oauth.example.fi',
      }),
      {name: 'github', branch: 'main', repo: 'kunta/opas', base_url: 'https://oauth.example.fi'},
    );
  });
});
