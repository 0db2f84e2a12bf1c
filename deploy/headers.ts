/**
 * `npm run headers` (run by `npm run build`): the security and caching
 * headers for the built site, computed from the build itself, written as
 * `build/_headers` (Netlify, Cloudflare Pages) and `build/.nginx/headers.conf`
 * (the maps that `deploy/nginx.conf` includes).
 *
 * The Content-Security-Policy allows scripts only from the site itself plus
 * the SHA-256 hashes of the inline scripts Docusaurus writes into the pages
 * (colour mode, base-URL check): those depend on the site's address, so they
 * are read from each build rather than kept by hand.
 */

import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {load} from 'cheerio';
import {parse} from 'yaml';

import {feedbackConfig} from '../src/components/Feedback/config';

/** Script types a browser runs; others (JSON-LD, templates) are data. */
const RUNNABLE = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** Every HTML file under a folder, as paths relative to it. */
function htmlFiles(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), {withFileTypes: true})) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...htmlFiles(dir, relative));
    else if (entry.name.endsWith('.html')) files.push(relative);
  }
  return files;
}

/** The CSP source of each distinct inline script in the given HTML. */
export function inlineScriptHashes(html: string): string[] {
  const $ = load(html);
  const hashes: string[] = [];
  $('script:not([src])').each((_, element) => {
    const type = ($(element).attr('type') ?? '').trim().toLowerCase();
    if (!RUNNABLE.has(type)) return;
    const text = $(element).html() ?? '';
    hashes.push(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  });
  return hashes;
}

/** Inline event handlers and `javascript:` links: a strict CSP blocks them. */
export function inlineHandlers(html: string): string[] {
  const $ = load(html);
  const found: string[] = [];
  $('*').each((_, node) => {
    const element = node as unknown as {tagName: string; attribs?: Record<string, string>};
    for (const [name, value] of Object.entries(element.attribs ?? {})) {
      if (/^on[a-z]+$/i.test(name)) found.push(`${element.tagName} ${name}`);
      if (/^\s*javascript:/i.test(value)) found.push(`${element.tagName} ${name}="javascript:…"`);
    }
  });
  return found;
}

/** Origins the editor (Decap CMS) talks to, from its generated config.yml. */
export function editorOrigins(configYaml: string): string[] {
  const config = (parse(configYaml) ?? {}) as {
    backend?: Record<string, string | undefined>;
    local_backend?: {url?: string} | boolean;
  };
  const backend = config.backend ?? {};
  // Decap's default API addresses, used when the config names none.
  const defaults: Record<string, string[]> = {
    github: ['https://api.github.com'],
    gitlab: ['https://gitlab.com'],
    bitbucket: ['https://api.bitbucket.org', 'https://bitbucket.org'],
    azure: ['https://dev.azure.com'],
    gitea: [],
    'git-gateway': [],
    proxy: [],
  };
  const urls = [
    backend.proxy_url,
    backend.api_root,
    backend.base_url,
    ...(defaults[backend.name ?? ''] ?? []),
    typeof config.local_backend === 'object' ? config.local_backend.url : undefined,
    config.local_backend === true ? 'http://localhost:8081/api/v1' : undefined,
  ];
  const origins = urls.flatMap((url) => {
    try {
      return url ? [new URL(url).origin] : [];
    } catch {
      return [];
    }
  });
  return [...new Set(origins)];
}

/** The policies: one for the site, one for the editor at /admin/. */
export function policies(options: {
  siteHashes: readonly string[];
  adminHashes: readonly string[];
  formOrigins: readonly string[];
  editorOrigins: readonly string[];
}): {site: string; admin: string} {
  const common = [
    "default-src 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "font-src 'self' data:",
    "manifest-src 'self'",
  ];
  const site = [
    ...common,
    `script-src 'self' ${options.siteHashes.join(' ')}`.trim(),
    // React writes style attributes (charts, the theme's collapsibles); no
    // script can run from a style, so inline styles are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    // The search engine runs in a Web Worker loaded from /assets/js/.
    "worker-src 'self'",
    "frame-src 'none'",
    `form-action 'self' ${options.formOrigins.join(' ')}`.trim(),
  ].join('; ');
  const admin = [
    ...common,
    // Decap CMS compiles its config validators and templates at run time
    // (ajv, lodash templates: `new Function`), so the editor, and only the
    // editor, needs 'unsafe-eval'; it puts its styles in <style> elements.
    `script-src 'self' 'unsafe-eval' ${options.adminHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    // Pictures come from the repository, previews and the writer's own files.
    "img-src 'self' data: blob: https:",
    `connect-src 'self' ${options.editorOrigins.join(' ')}`.trim(),
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    `form-action 'self' ${options.editorOrigins.join(' ')}`.trim(),
  ].join('; ');
  return {site, admin};
}

/** Headers every response carries. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Cache rules, most specific first: files whose names carry a content hash
 * never change; pages, the search manifest and everything else are checked
 * again on each visit, so a new edition shows at once.
 */
export const CACHE_RULES: {pattern: string; regex: string; value: string}[] = [
  {pattern: '/assets/*', regex: '^/assets/', value: 'public, max-age=31536000, immutable'},
  {
    pattern: '/search/*/*',
    regex: '^/search/[0-9a-f]+/',
    value: 'public, max-age=31536000, immutable',
  },
  {
    pattern: '/search/index.json',
    regex: '^/search/index\\.json$',
    value: 'public, max-age=0, must-revalidate',
  },
  {pattern: '/*', regex: '', value: 'public, max-age=0, must-revalidate'},
];

/** `_headers` for Netlify and Cloudflare Pages. */
export function headersFile(policy: {site: string; admin: string}): string {
  const lines = ['# Tehty komennolla `npm run headers` tuotantoversiosta – älä muokkaa käsin.', ''];
  lines.push('/*');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push(`  Content-Security-Policy: ${policy.site}`, '');
  // Pages get the hosts' own default (`public, max-age=0, must-revalidate`
  // on both); only hashed files get long caching. A path that matches two
  // rules gets both rules' headers, so `! Name` (Cloudflare Pages) first
  // detaches the general policy from the editor's pages.
  lines.push(
    '/admin/*',
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${policy.admin}`,
    '',
  );
  for (const rule of CACHE_RULES.slice(0, -1)) {
    lines.push(rule.pattern, `  Cache-Control: ${rule.value}`, '');
  }
  return lines.join('\n');
}

/** The nginx maps that `deploy/nginx.conf` includes (http context). */
export function nginxInclude(policy: {site: string; admin: string}): string {
  const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return [
    '# Tehty komennolla `npm run headers` tuotantoversiosta – älä muokkaa käsin.',
    'map $uri $opas_csp {',
    `  ~^/admin/ ${quote(policy.admin)};`,
    `  default ${quote(policy.site)};`,
    '}',
    'map $uri $opas_cache {',
    ...CACHE_RULES.slice(0, -1).map((rule) => `  ~${rule.regex} ${quote(rule.value)};`),
    `  default ${quote(CACHE_RULES.at(-1)!.value)};`,
    '}',
    '',
  ].join('\n');
}

export function writeHeaders(
  buildDir: string,
  env: NodeJS.ProcessEnv,
): {site: string; admin: string} {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error('Otsakkeet: tuotantoversiota ei ole. Aja ensin `npm run build`.');
  }
  const siteHashes = new Set<string>();
  const adminHashes = new Set<string>();
  const problems: string[] = [];
  for (const file of htmlFiles(buildDir)) {
    const html = readFileSync(path.join(buildDir, file), 'utf8');
    const target = file.startsWith(`admin${path.sep}`) ? adminHashes : siteHashes;
    for (const hash of inlineScriptHashes(html)) target.add(hash);
    for (const handler of inlineHandlers(html)) problems.push(`${file}: ${handler}`);
  }
  if (problems.length > 0) {
    throw new Error(
      `Otsakkeet: sivuilla on tapahtumakäsittelijöitä HTML:n sisällä, joita tiukka CSP ei salli:\n  - ${problems.join('\n  - ')}`,
    );
  }
  const feedback = feedbackConfig(env);
  const adminConfig = path.join(buildDir, 'admin', 'config.yml');
  const policy = policies({
    siteHashes: [...siteHashes].sort(),
    adminHashes: [...adminHashes].sort(),
    formOrigins: feedback.kind === 'url' ? [new URL(feedback.url).origin] : [],
    editorOrigins: existsSync(adminConfig) ? editorOrigins(readFileSync(adminConfig, 'utf8')) : [],
  });
  writeFileSync(path.join(buildDir, '_headers'), headersFile(policy));
  mkdirSync(path.join(buildDir, '.nginx'), {recursive: true});
  writeFileSync(path.join(buildDir, '.nginx', 'headers.conf'), nginxInclude(policy));
  return policy;
}

if (require.main === module) {
  try {
    const buildDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'build'));
    const policy = writeHeaders(buildDir, process.env);
    const hashes = policy.site.match(/'sha256-/g)?.length ?? 0;
    console.log(
      `Otsakkeet: ${path.relative(process.cwd(), buildDir)}/_headers ja .nginx/headers.conf (${hashes} inline-skriptin tiivistettä)`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
