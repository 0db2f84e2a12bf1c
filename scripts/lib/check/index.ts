/**
 * `npm run check`: every content file against the content model and the
 * structure rules, and (separately) its spelling. Each finding names the
 * file and line and tells, in Finnish, how to put it right.
 *
 * Errors are what would break the site or mislead a reader (a front matter
 * mistake, a broken link, an image without alt text, headings out of order,
 * an empty section, an unfinished mark in a published page); they make the
 * command fail. Notices (drafts) and spelling only report.
 */

import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';

import config from '../../../docusaurus.config';
import {contentTypes, typeOfPath} from '../../../src/data/contentTypes';
import {listContentFiles, loadFile} from '../../../src/plugins/content-model/load';
import {closest} from '../../../src/model/validate';
import {TODO_MARK} from '../scaffold';
import {lineOfField} from './frontMatterLines';
import {outlineOf, parseMarkdown, type Outline} from './markdown';
import {collectionsOf, isCollectionPath, routeOf, type Collection} from './routes';
import {createSpellChecker, frontMatterProse, maskExcept} from './spelling';

/** One thing to tell the writer. */
export interface Finding {
  /** Path relative to the site root. */
  file: string;
  /** 1-based line. */
  line: number;
  /** What is wrong and how to fix it, in Finnish. */
  text: string;
}

/** What the check found. */
export interface CheckResult {
  /** How many content files were checked. */
  files: number;
  /** Problems that fail the check. */
  errors: Finding[];
  /** Things to know that do not fail it (drafts). */
  notices: Finding[];
  /** Words that the dictionaries do not know; empty unless asked for. */
  spelling: Finding[];
}

/** A finding as one line: `docs/x.md, rivi 5: …`. */
export function formatFinding({file, line, text}: Finding): string {
  return `${file}, rivi ${line}: ${text}`;
}

/** Options of `checkSite`. */
export interface CheckOptions {
  /** Whether to run the spelling check (slower; never an error). */
  spelling?: boolean;
  /** The site's collections; by default read from this site's config. */
  collections?: readonly Collection[];
}

interface FileInfo {
  file: string;
  text: string;
  frontMatter: Record<string, unknown>;
  route?: string;
  draft: boolean;
}

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

const level = (depth: number) => `${depth} (${'#'.repeat(depth)})`;

/** Findings of the structure rules for one parsed body. */
function structureFindings(
  info: FileInfo,
  outline: Outline,
  sites: {
    siteDir: string;
    collections: readonly Collection[];
    byFile: ReadonlyMap<string, FileInfo>;
    byRoute: ReadonlyMap<string, FileInfo>;
  },
): Finding[] {
  const {file} = info;
  const findings: Finding[] = [];
  const add = (line: number, text: string) => findings.push({file, line, text});

  // The page title (h1) comes from the `title` field, so the body starts at h2.
  let previous = 1;
  for (const heading of outline.headings) {
    if (heading.depth === 1) {
      add(
        heading.line,
        `otsikko "${heading.text}" on pääotsikon tasolla 1 (#). Sivun pääotsikko tulee kentästä title; kirjoita tämä otsikko tasolle 2 (##).`,
      );
    } else if (heading.depth > previous + 1) {
      add(
        heading.line,
        `otsikko "${heading.text}" on tasolla ${level(heading.depth)}, mutta edellinen otsikko on tasolla ${previous}. Käytä tasoa ${level(previous + 1)}, niin otsikot etenevät järjestyksessä.`,
      );
    }
    previous = Math.max(heading.depth, 2);
  }
  for (const section of outline.emptySections) {
    add(
      section.line,
      `otsikon "${section.text}" alla ei ole tekstiä. Kirjoita osioon tekstiä tai poista otsikko.`,
    );
  }

  for (const image of outline.images) {
    if (image.alt.trim() === '') {
      add(
        image.line,
        `kuvalta "${image.url}" puuttuu vaihtoehtoinen teksti. Kirjoita hakasulkeisiin, mitä kuvassa näkyy, esimerkiksi ![Kaavio päästöjen kehityksestä](${image.url}).`,
      );
    }
    if (image.url && !EXTERNAL.test(image.url)) {
      const target = image.url.startsWith('/')
        ? path.posix.join('static', image.url)
        : path.posix.join(path.posix.dirname(file), image.url);
      if (!existsSync(path.join(sites.siteDir, target))) {
        add(
          image.line,
          `kuvaa "${image.url}" ei löydy (${target}). Tarkista tiedoston nimi ja kansio.`,
        );
      }
    }
  }

  for (const link of outline.links) {
    const text = linkProblem(info, link.url, sites);
    if (text) add(link.line, text);
  }
  return findings;
}

/** What is wrong with one link, or undefined when nothing is (or it is left to the build). */
function linkProblem(
  info: FileInfo,
  url: string,
  {
    collections,
    byFile,
    byRoute,
  }: {
    collections: readonly Collection[];
    byFile: ReadonlyMap<string, FileInfo>;
    byRoute: ReadonlyMap<string, FileInfo>;
  },
): string | undefined {
  // Other sites, e-mail, `pathname://` and anchors on the same page are the build's to check.
  if (url === '' || url.startsWith('#') || EXTERNAL.test(url)) return undefined;
  let target = url.split('#')[0]!.split('?')[0]!;
  try {
    target = decodeURI(target);
  } catch {
    // Keep it as written; the comparison below then reports it.
  }
  const unpublished = (to: FileInfo) =>
    to.draft && !info.draft
      ? `linkki "${url}" vie luonnokseen ${to.file}, joka ei näy julkaistussa oppaassa. Poista linkki tai julkaise sivu ensin (poista sen tiedostosta rivi draft: true).`
      : undefined;

  if (/\.mdx?$/.test(target) && !target.startsWith('/')) {
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(info.file), target));
    const to = byFile.get(file);
    if (!to) {
      const siblings = [...byFile.keys()]
        .filter((candidate) => path.posix.dirname(candidate) === path.posix.dirname(file))
        .map((candidate) => path.posix.basename(candidate));
      const guess = closest(path.posix.basename(file), siblings);
      return `linkki "${url}" osoittaa tiedostoon ${file}, jota ei ole. Tarkista tiedoston nimi ja kansio${guess ? `; tarkoititko "${path.posix.join(path.posix.dirname(target), guess)}"?` : '.'}`;
    }
    if (file.split('/')[0] !== info.file.split('/')[0]) {
      return `linkki "${url}" osoittaa toisen osion tiedostoon ${file}. Linkitä sen sijaan sivun osoitteeseen "${to.route ?? ''}".`;
    }
    return unpublished(to);
  }

  const page = target.startsWith('/')
    ? target
    : new URL(target, `http://sivu${info.route ?? '/'}`).pathname;
  const pathname = page.length > 1 ? page.replace(/\/$/, '') : page;
  if (!isCollectionPath(collections, pathname)) return undefined;
  const to = byRoute.get(pathname);
  if (!to) {
    const guess = closest(pathname, [...byRoute.keys()]);
    return `linkki "${url}" vie sivulle, jota ei ole. ${guess ? `Tarkoititko "${guess}"?` : 'Tarkista osoite: oikean osoitteen näet selaimen osoiteriviltä, kun avaat sivun.'}`;
  }
  return unpublished(to);
}

/**
 * Lines with the mark of an unfinished place: in the front matter, and in
 * the body's prose. A page may mention the mark in code (`TÄYDENNÄ`), as
 * the writers' chapter does, without being unfinished itself.
 */
function todoLines(text: string, outline: Outline | undefined): number[] {
  const lines = text.split('\n');
  const end =
    lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') : -1;
  const found = new Set<number>();
  lines.forEach((line, index) => {
    if (line.includes(TODO_MARK) && (index <= end || !outline)) found.add(index + 1);
  });
  for (const {start, end: stop} of outline?.prose ?? []) {
    const at = text.slice(start, stop).indexOf(TODO_MARK);
    if (at >= 0) found.add(text.slice(0, start + at).split('\n').length);
  }
  return [...found].sort((a, b) => a - b);
}

/** A Finnish reading of MDX's complaint about a body it could not read. */
function parseProblem(reason: string): string {
  const hint = /acorn|expression/i.test(reason)
    ? 'aaltosulkeet { } luetaan koodiksi'
    : /before name|tag|closing/i.test(reason)
      ? 'merkki < luetaan HTML-merkinnän aluksi'
      : 'merkintä on kirjoitettu väärin';
  return `tekstiä ei voi lukea: ${hint}. Jos tarkoitat merkkiä tekstinä, kirjoita sen eteen kenoviiva (\\< tai \\{).`;
}

/** Checks every content file of a site. */
export async function checkSite(siteDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const collections = options.collections ?? collectionsOf(config);
  const files = await listContentFiles(siteDir);
  const infos: FileInfo[] = [];
  for (const file of files) {
    const text = await readFile(path.join(siteDir, file), 'utf8');
    let frontMatter: Record<string, unknown> = {};
    try {
      ({frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: file, fileContent: text}));
    } catch {
      // The loader below reports the YAML mistake with its line.
    }
    infos.push({
      file,
      text,
      frontMatter,
      route: routeOf(collections, file, frontMatter),
      draft: frontMatter.draft === true,
    });
  }
  const byFile = new Map(infos.map((info) => [info.file, info]));
  const byRoute = new Map(
    infos.flatMap((info) => (info.route && typeOfPath(info.file) ? [[info.route, info]] : [])),
  ) as Map<string, FileInfo>;
  const sites = {siteDir, collections, byFile, byRoute};
  const spell = options.spelling ? await createSpellChecker(siteDir) : undefined;

  const result: CheckResult = {files: 0, errors: [], notices: [], spelling: []};
  for (const info of infos) {
    const {file, text} = info;
    const type = typeOfPath(file);
    if (!type) continue;
    result.files += 1;

    const loaded = await loadFile(siteDir, file);
    loaded.problems.forEach((problem, index) => {
      const located = /^(.*?), rivi (\d+): (.*)$/s.exec(problem);
      if (located && located[1] === file) {
        result.errors.push({file, line: Number(located[2]), text: located[3]!});
        return;
      }
      const fieldPath = loaded.paths[index];
      result.errors.push({
        file,
        line: fieldPath ? lineOfField(text, fieldPath) : 1,
        text: problem.startsWith(`${file}: `) ? problem.slice(file.length + 2) : problem,
      });
    });

    const parsed = parseMarkdown(text);
    let outline: Outline | undefined;
    if ('failure' in parsed) {
      result.errors.push({
        file,
        line: parsed.failure.line,
        text: parseProblem(parsed.failure.reason),
      });
    } else {
      outline = outlineOf(parsed.tree);
      result.errors.push(...structureFindings(info, outline, sites));
    }

    const marks = todoLines(text, outline);
    if (!info.draft) {
      for (const line of marks) {
        result.errors.push({
          file,
          line,
          text: `tässä on vielä täyttämätön kohta (${TODO_MARK}). Kirjoita kohtaan oikea sisältö ja poista sana ${TODO_MARK}, tai palauta tiedostoon rivi draft: true, jos sivu on vielä kesken.`,
        });
      }
    }

    const unfinished = loaded.entry?.unfinished ?? [];
    if (info.draft) {
      const fields = contentTypes[type].fields;
      const labels = unfinished.map((key) => `${fields[key]?.label ?? key} (${key})`);
      result.notices.push({
        file,
        line: lineOfField(text, ['draft']),
        text: `luonnos (draft: true), joka ei näy julkaistussa oppaassa.${labels.length > 0 ? ` Täyttämättä: ${labels.join(', ')}.` : ''}${marks.length > 0 ? ` ${TODO_MARK}-merkintöjä: ${marks.length}.` : ''} Kun sivu on valmis, poista rivi draft: true ja aja npm run check.`,
      });
    }

    if (spell) {
      const ranges = [...(outline?.prose ?? []), ...frontMatterProse(text, type)];
      const seen = new Set<string>();
      for (const issue of await spell(file, maskExcept(text, ranges))) {
        if (issue.word === TODO_MARK || seen.has(`${issue.line}:${issue.word}`)) continue;
        seen.add(`${issue.line}:${issue.word}`);
        result.spelling.push({
          file,
          line: issue.line,
          text: `sanaa "${issue.word}" ei löydy sanakirjasta. Korjaa kirjoitusvirhe, tai jos sana on oikein, lisää se omalle rivilleen tiedostoon cspell-words.txt.`,
        });
      }
    }
  }
  const byPlace = (a: Finding, b: Finding) => a.file.localeCompare(b.file, 'fi') || a.line - b.line;
  result.errors.sort(byPlace);
  return result;
}
