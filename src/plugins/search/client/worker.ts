/**
 * The search worker: the engine, its analysis and the fetched index parts
 * live here, off the page's main thread.
 */

import {SearchEngine, type SearchRequest} from '../shared/engine';

const engine = new SearchEngine(async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
});

interface Message {
  id: number;
  request: SearchRequest;
}

self.addEventListener('message', (event: MessageEvent<Message>) => {
  const {id, request} = event.data;
  const started = performance.now();
  engine.search(request).then(
    // `took`: time spent in the worker, for the benchmark.
    (response) => self.postMessage({id, response, took: performance.now() - started}),
    (error: unknown) => self.postMessage({id, error: String(error)}),
  );
});
