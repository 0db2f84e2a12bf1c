/**
 * Serves the build with the shipped deploy/nginx.conf (Debian's nginx,
 * installed by scripts/ensure-nginx.sh) on a loopback port. Only the paths
 * and the listen address of the shipped file are changed.
 */

import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {buildDir, freePort, siteDir} from './helpers';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The shipped server configuration, pointed at this build and port. */
export function siteConfig(port: number): string {
  const shipped = readFileSync(path.join(siteDir, 'deploy', 'nginx.conf'), 'utf8');
  assert(shipped.includes('/srv/ilmastotyon-opas/current'), 'deploy/nginx.conf names its root');
  assert(/^\s*listen 80;/m.test(shipped), 'deploy/nginx.conf listens on port 80');
  return shipped
    .replaceAll('/srv/ilmastotyon-opas/current', buildDir)
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`);
}

function assert(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

export interface Nginx {
  origin: string;
  stop: () => Promise<void>;
}

export async function startNginx(): Promise<Nginx> {
  if (!existsSync(nginxPath)) {
    throw new Error(`nginx puuttuu (${nginxPath}): aja \`bash scripts/ensure-nginx.sh\`.`);
  }
  if (!existsSync(path.join(buildDir, '.nginx', 'headers.conf'))) {
    throw new Error(
      'build/.nginx/headers.conf puuttuu: aja `npm run build` (se ajaa `npm run headers`).',
    );
  }
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'opas-nginx-'));
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, temp));
  writeFileSync(path.join(dir, 'opas.conf'), siteConfig(port));
  // The build is readable by everyone; as root, workers would run as nobody.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${user}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/opas.conf;
}
`,
  );
  const conf = path.join(dir, 'nginx.conf');
  const check = spawnSync(nginxPath, ['-t', '-p', dir, '-c', conf], {encoding: 'utf8'});
  if (check.status !== 0) throw new Error(`nginx -t hylkäsi asetukset:\n${check.stderr}`);
  const child: ChildProcess = spawn(nginxPath, ['-p', dir, '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (attempt > 50 || child.exitCode !== null) {
        child.kill();
        throw new Error(`nginx ei käynnistynyt: ${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, {recursive: true, force: true});
    },
  };
}
