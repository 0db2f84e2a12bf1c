/**
 * A small static server for a fixture's build, on 127.0.0.1 only: no
 * compression (sizes are computed from the files), clean URLs as a static
 * host serves Docusaurus' `trailingSlash: false` output, and extra files
 * (the benchmark's worker bundle) at given paths.
 */

import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path is served from, or undefined. */
export async function resolveFile(
  root: string,
  pathname: string,
  extra: ReadonlyMap<string, string> = new Map(),
): Promise<string | undefined> {
  const mapped = extra.get(pathname);
  if (mapped) return mapped;
  const decoded = decodeURIComponent(pathname);
  const file = path.normalize(path.join(root, decoded));
  if (!file.startsWith(root)) return undefined;
  for (const candidate of [file, `${file}.html`, path.join(file, 'index.html')]) {
    if (await isFile(candidate)) return candidate;
  }
  return undefined;
}

export interface StaticServer {
  origin: string;
  /** The file behind a URL of this server, or undefined. */
  fileOf(url: string): Promise<string | undefined>;
  close(): Promise<void>;
}

export async function serveStatic(
  root: string,
  extra: ReadonlyMap<string, string> = new Map(),
): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://localhost');
    const file = await resolveFile(root, pathname, extra);
    const served = file ?? path.join(root, '404.html');
    response.writeHead(file ? 200 : 404, {
      'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
      // As a static host serves hashed assets: a file fetched once is cached.
      'cache-control': 'max-age=3600',
    });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    fileOf: (url) => {
      const parsed = new URL(url);
      return parsed.origin === origin
        ? resolveFile(root, parsed.pathname, extra)
        : Promise.resolve(undefined);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
