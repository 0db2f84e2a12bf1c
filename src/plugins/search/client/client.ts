/**
 * Talks to the search worker. The worker starts, and the index is fetched,
 * only when someone first searches.
 */

import type {SearchRequest, SearchResponse} from '../shared/engine';

interface Pending {
  resolve: (response: SearchResponse) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./worker.ts', import.meta.url));
  worker.addEventListener(
    'message',
    (event: MessageEvent<{id: number; response?: SearchResponse; error?: string}>) => {
      const waiting = pending.get(event.data.id);
      if (!waiting) return;
      pending.delete(event.data.id);
      if (event.data.response) waiting.resolve(event.data.response);
      else waiting.reject(new Error(event.data.error ?? 'search failed'));
    },
  );
  worker.addEventListener('error', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('search worker failed'));
    pending.clear();
    worker = undefined;
  });
  return worker;
}

/** Runs a search in the worker. */
export function search(request: SearchRequest): Promise<SearchResponse> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, {resolve, reject});
    start().postMessage({id, request});
  });
}
