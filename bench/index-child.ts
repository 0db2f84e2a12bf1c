/**
 * Times `IndexBuilder` over a fixture build in a process of its own, as
 * Pagefind's CLI runs in its own: inside the benchmark's process the same
 * build ran about a fifth slower, its collector working over everything the
 * benchmark holds (the Finnish word list, the corpora, the browser's
 * traffic). Run by `timeOurBuildIndex` (site.ts) with a JSON file naming the
 * build folder, the pages and the number of runs; prints the times (ms) and
 * the index folder made, as JSON.
 */

import {readFileSync} from 'node:fs';
import path from 'node:path';

import {IndexBuilder, memorySink} from '../src/plugins/search/indexer';
import {openMorphology} from '../src/plugins/search/morphology';
import {pageFacets} from './site';

interface Job {
  siteDir: string;
  pages: {route: string; markdown: string}[];
  repeat: number;
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Job;
  const times: number[] = [];
  let dir = '';
  for (let i = 0; i < job.repeat; i += 1) {
    // As the plugin's postBuild does: Voikko opened (cold: every word is
    // analysed again), one page's HTML at a time, read and dropped (files
    // are written to memory here, not to disk).
    const started = performance.now();
    const morphology = openMorphology();
    const builder = new IndexBuilder(memorySink(), {morphology});
    for (const page of job.pages) {
      const html = readFileSync(path.join(job.siteDir, 'build', `${page.route}.html`), 'utf8');
      await builder.addHtml({path: page.route, html, facets: pageFacets(page.markdown)});
    }
    const built = await builder.finish();
    morphology?.close();
    times.push(performance.now() - started);
    dir = built.base.dir;
  }
  process.stdout.write(JSON.stringify({times, dir}));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
