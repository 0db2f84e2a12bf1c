import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {describe, it} from 'node:test';

import {
  editorOrigins,
  headersFile,
  inlineHandlers,
  inlineScriptHashes,
  nginxInclude,
  policies,
} from '../deploy/headers';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the CSP generator', () => {
  it('hashes runnable inline scripts exactly as written, and skips data and external scripts', () => {
    const html = `<script>var a = "ä";</script><script type="module">b()</script>
      <script type="application/ld+json">{"x":1}</script><script src="/x.js"></script>`;
    assert.deepEqual(inlineScriptHashes(html), [sha('var a = "ä";'), sha('b()')]);
  });

  it('finds inline event handlers and javascript: links', () => {
    assert.deepEqual(inlineHandlers('<a href="javascript:x()">x</a><img onerror="y()">'), [
      'a href="javascript:…"',
      'img onerror',
    ]);
    assert.deepEqual(inlineHandlers('<a href="/x">x</a>'), []);
  });

  it('reads the editor backends from its config', () => {
    assert.deepEqual(
      editorOrigins('backend:\n  name: proxy\n  proxy_url: http://localhost:8081/api/v1\n'),
      ['http://localhost:8081'],
    );
    assert.deepEqual(editorOrigins('backend:\n  name: github\n  repo: o/r\n'), [
      'https://api.github.com',
    ]);
    assert.deepEqual(
      editorOrigins('backend:\n  name: gitea\n  api_root: https://git.example.fi/api/v1\n'),
      ['https://git.example.fi'],
    );
  });

  const policy = policies({
    siteHashes: ["'sha256-a'"],
    adminHashes: ["'sha256-b'"],
    formOrigins: ['https://lomake.example.fi'],
    editorOrigins: ['https://api.github.com'],
  });

  it('allows eval only in the editor, and the form service only as a form target', () => {
    assert.match(policy.site, /script-src 'self' 'sha256-a';/);
    assert.doesNotMatch(policy.site, /unsafe-eval|unsafe-inline'?;? ?[^;]*script/);
    assert.match(policy.site, /form-action 'self' https:\/\/lomake\.example\.fi$/);
    assert.match(policy.admin, /script-src 'self' 'unsafe-eval' 'sha256-b';/);
    assert.match(policy.admin, /connect-src 'self' https:\/\/api\.github\.com;/);
  });

  it('writes both host formats from the same policy', () => {
    assert.match(
      headersFile(policy),
      new RegExp(
        `^  Content-Security-Policy: ${policy.site.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`,
        'm',
      ),
    );
    const nginx = nginxInclude(policy);
    assert.match(nginx, /^map \$uri \$opas_csp \{$/m);
    assert.match(nginx, /^ {2}~\^\/assets\/ "public, max-age=31536000, immutable";$/m);
  });
});
