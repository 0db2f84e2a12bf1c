/**
 * The search worker: the engine, its analysis and the fetched index parts
 * live here, off the page's main thread.
 */

import {SearchEngine, type SearchRequest} from '../shared/engine';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** One engine per index address (a page has one; the site's base decides it). */
const engines = new Map<string, SearchEngine>();

interface Message {
  id: number;
  request: SearchRequest;
  /** The index's `index.json`. */
  indexUrl: string;
}

self.addEventListener('message', (event: MessageEvent<Message>) => {
  const {id, request, indexUrl} = event.data;
  let engine = engines.get(indexUrl);
  if (!engine) engines.set(indexUrl, (engine = new SearchEngine(fetchJson, indexUrl)));
  const started = performance.now();
  engine.search(request).then(
    // `took`: time spent in the worker, for the benchmark.
    (response) => self.postMessage({id, response, took: performance.now() - started}),
    (error: unknown) => self.postMessage({id, error: String(error)}),
  );
});
