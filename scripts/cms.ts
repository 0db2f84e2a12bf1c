/**
 * `npm run cms`: the site with live reload (`docusaurus start`) and Decap's
 * local proxy (`decap-server`), so that the browser editor at
 * http://localhost:3000/admin/ saves straight into this working tree.
 *
 * The proxy writes files as they are (`MODE=fs`, Decap's default): saving
 * publishes at once, since the editorial workflow needs branches. With
 * `MODE=git` the proxy keeps drafts in Git branches of this repository and
 * publishing merges them, as a Git host would; it commits to this
 * repository and checks its branches out, so commit your own work first.
 */

import {spawn, type ChildProcess} from 'node:child_process';

import {LOCAL_BACKEND_PORT} from '../src/plugins/cms';

const mode = process.env.MODE ?? 'fs';
const children: ChildProcess[] = [];

function run(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [require.resolve(script), ...args], {
    stdio: 'inherit',
    env: {...process.env, ...env},
  });
  child.on('exit', (code, signal) => {
    if (signal === null && code !== 0) {
      console.error(`${name} pysähtyi (koodi ${code}). Suljetaan myös muut.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

function stop(code: number): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

console.log(
  [
    'Muokkain: http://localhost:3000/admin/ (opas: http://localhost:3000/)',
    mode === 'git'
      ? 'Tila MODE=git: luonnokset tallentuvat tämän kansion Git-haaroihin, julkaisu yhdistää ne.'
      : 'Tallennus kirjoittaa tiedostot suoraan tähän kansioon. Tarkista ne komennolla npm run check.',
    'Lopeta painamalla Ctrl+C.',
    '',
  ].join('\n'),
);

run('decap-server', 'decap-server/dist/index.js', [], {
  PORT: String(LOCAL_BACKEND_PORT),
  MODE: mode,
  GIT_REPO_DIRECTORY: process.cwd(),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
run(
  'docusaurus start',
  '@docusaurus/core/bin/docusaurus.mjs',
  ['start', ...process.argv.slice(2)],
  {},
);
