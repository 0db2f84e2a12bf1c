/**
 * The development set's pages as a benchmark corpus: docs of a fixture site
 * in one folder (bench/corpus.ts writes it), routes /opas/aihe-01/<name>.
 */

import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

import type {Corpus, CorpusPage} from '../corpus';
import {pagesDir} from './rules';

export function devsetCorpus(): Corpus {
  const pages: CorpusPage[] = readdirSync(pagesDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const markdown = readFileSync(path.join(pagesDir, file), 'utf8');
      const title = /^title: (.*)$/m.exec(markdown)?.[1]?.replace(/^['"]|['"]$/g, '') ?? file;
      const description =
        /^description: (.*)$/m.exec(markdown)?.[1]?.replace(/^['"]|['"]$/g, '') ?? '';
      const name = file.replace(/\.md$/, '');
      const shown = markdown.toLowerCase();
      return {
        file: `aihe-01/${file}`,
        route: `/opas/aihe-01/${name}`,
        title,
        description,
        markdown,
        shown,
        words: (shown.match(/[\p{L}\p{N}]+/gu) ?? []).length,
      };
    });
  const counts = new Map<string, number>();
  for (const page of pages)
    for (const word of page.shown.match(/[\p{L}]+/gu) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  return {
    pages,
    targetRoutes: new Map(),
    frequentWords: [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word),
  };
}
