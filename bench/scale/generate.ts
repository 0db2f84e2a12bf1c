/**
 * The scale benchmark's content: N case notes and N/100 good practices,
 * written into a copy of the site. Each file's front matter is one of the
 * site's own notes or practices with a new title, municipality and date,
 * `example: true`, checked by the content model's own validator; bodies are
 * paragraphs of the site's own Finnish text (links turned to plain text).
 * Seeded: the same N gives the same files on every run.
 */

import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

import YAML from 'yaml';

import {municipalityKeys} from '../../src/data/municipalities';
import {random} from '../corpus';
import {validateFrontMatter} from '../../src/model/validate';

interface Template {
  frontMatter: Record<string, unknown>;
  body: string;
}

function split(text: string): Template {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('front matter missing');
  return {frontMatter: YAML.parse(match[1]!) as Record<string, unknown>, body: match[2]!};
}

async function markdownFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await markdownFiles(file)));
    else if (entry.name.endsWith('.md')) out.push(file);
  }
  return out.sort();
}

/** Plain paragraphs of the site's own text: no headings, lists, tables or markup. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => /^[A-ZÅÄÖ]/.test(block) && block.length > 80 && !block.includes('\n'))
    .filter((block) => !/[<>{}|`]/.test(block))
    .map((block) => block.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\*\*/g, ''));
}

export interface Generated {
  notes: number;
  practices: number;
  /** Paths (below the site) of the generated notes, in order. */
  notePaths: string[];
}

/** Writes `count` case notes and `count / 100` practices into the site copy at `siteDir`. */
export async function generateContent(
  repoRoot: string,
  siteDir: string,
  count: number,
): Promise<Generated> {
  const noteTemplates: Template[] = [];
  for (const file of await markdownFiles(path.join(repoRoot, 'kunnat'))) {
    noteTemplates.push(split(await readFile(file, 'utf8')));
  }
  const practiceTemplates: Template[] = [];
  for (const file of await markdownFiles(path.join(repoRoot, 'docs', 'kaytannot'))) {
    if (path.basename(file) === 'index.md') continue;
    practiceTemplates.push(split(await readFile(file, 'utf8')));
  }
  const pool: string[] = [];
  for (const folder of ['docs', 'kunnat', 'blog']) {
    for (const file of await markdownFiles(path.join(repoRoot, folder))) {
      pool.push(...paragraphs(split(await readFile(file, 'utf8')).body));
    }
  }
  if (pool.length < 50) throw new Error(`only ${pool.length} paragraphs of prose found`);

  const next = random(20261201);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const prose = (n: number) => Array.from({length: n}, () => pick(pool)).join('\n\n');
  const notice =
    'Tämä sivu on tuotettu esimerkki, jolla mitataan sivuston toimintaa suurella aineistolla. Se ei kuvaa todellista toimenpidettä.';

  const write = async (
    file: string,
    type: 'tapaus' | 'kaytanto',
    fm: Record<string, unknown>,
    body: string,
  ) => {
    const {problems} = validateFrontMatter(file, type, fm);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    await mkdir(path.dirname(path.join(siteDir, file)), {recursive: true});
    await writeFile(path.join(siteDir, file), `---\n${YAML.stringify(fm)}---\n\n${body}\n`);
  };

  const notePaths: string[] = [];
  const start = Date.UTC(2021, 4, 1);
  for (let i = 1; i <= count; i += 1) {
    const template = noteTemplates[i % noteTemplates.length]!;
    const municipality = municipalityKeys[i % municipalityKeys.length]!;
    const number = String(i).padStart(5, '0');
    const title = String(template.frontMatter.title).replace(/^Esimerkki: /, '');
    const fm: Record<string, unknown> = {
      ...template.frontMatter,
      title: `Esimerkki ${i}: ${title}`,
      description: `Tuotettu esimerkki ${i}. ${String(template.frontMatter.description)}`,
      municipality,
      example: true,
      updated: new Date(start + (i % 1500) * 86_400_000).toISOString().slice(0, 10),
    };
    delete fm.sidebar_position;
    const file = `kunnat/${municipality}/esimerkki-${number}.md`;
    const body = `${notice}\n\n${prose(2)}\n\n## Mitä tehtiin\n\n${prose(3)}\n\n## Mitä muut voivat oppia\n\n${prose(3)}`;
    await write(file, 'tapaus', fm, body);
    notePaths.push(`/kunnat/${municipality}/esimerkki-${number}`);
  }
  const practices = Math.floor(count / 100);
  for (let i = 1; i <= practices; i += 1) {
    const template = practiceTemplates[i % practiceTemplates.length]!;
    const fm: Record<string, unknown> = {
      ...template.frontMatter,
      title: `Esimerkki ${i}: ${String(template.frontMatter.title)}`,
      example: true,
      sidebar_position: 1000 + i,
    };
    const body = `${notice}\n\n${prose(2)}\n\n## Miten käytäntö otetaan käyttöön\n\n${prose(4)}`;
    await write(`docs/kaytannot/esimerkki-${String(i).padStart(4, '0')}.md`, 'kaytanto', fm, body);
  }
  return {notes: count, practices, notePaths};
}
