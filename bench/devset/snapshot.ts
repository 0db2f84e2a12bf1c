/**
 * `npx tsx bench/devset/snapshot.ts`: copies the guide's Markdown (docs/,
 * kunnat/, blog/; not MDX) into bench/devset/pages/, the corpus of the
 * search development set. A frozen copy, so that the set's rules keep
 * holding while the guide changes; run again only on purpose, and then
 * `npx tsx bench/devset/make.ts` and check the set (bench/README.md).
 *
 * Front matter keeps only the title and description (what readers see);
 * links become their text and images their alt text, so the fixture site
 * has no links to check.
 */

import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

import yaml from 'js-yaml';

const repoRoot = path.join(__dirname, '..', '..');
export const pagesDir = path.join(__dirname, 'pages');

async function markdownFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await markdownFiles(file)));
    else if (entry.name.endsWith('.md')) found.push(file);
  }
  return found.sort();
}

async function main(): Promise<void> {
  await rm(pagesDir, {recursive: true, force: true});
  await mkdir(pagesDir, {recursive: true});
  let count = 0;
  for (const folder of ['docs', 'kunnat', 'blog']) {
    for (const file of await markdownFiles(path.join(repoRoot, folder))) {
      const source = await readFile(file, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
      if (!match) continue;
      const front = yaml.load(match[1]!) as {title?: string; description?: string; draft?: boolean};
      if (!front.title || front.draft) continue;
      const body = match[2]!
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      const name = path.relative(repoRoot, file).replace(/\.md$/, '').replace(/[/\\]/g, '--');
      const head = yaml.dump(
        {title: front.title, description: front.description ?? ''},
        {
          lineWidth: -1,
        },
      );
      await writeFile(path.join(pagesDir, `${name}.md`), `---\n${head}---\n${body}`);
      count += 1;
    }
  }
  console.log(`${count} pages in ${path.relative(repoRoot, pagesDir)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
