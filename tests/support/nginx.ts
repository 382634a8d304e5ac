/**
 * Debian's nginx serving a folder with the shipped deploy/nginx.conf, on a free loopback
 * port: the configuration under test is the file that ships, with only its listen and root
 * lines changed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Path of nginx: Debian's package unless NGINX_PATH says otherwise. */
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** deploy/nginx.conf made to listen on 127.0.0.1:port and serve `root`; throws if the file changed shape. */
export function siteConfig(
  port: number,
  root: string,
  shipped = readFileSync('deploy/nginx.conf', 'utf8'),
): string {
  const listens = shipped.match(/^\s*listen\s[^;]+;\s*$/gm) ?? [];
  const roots = shipped.match(/^\s*root\s[^;]+;\s*$/gm) ?? [];
  if (listens.length === 0 || roots.length !== 1)
    throw new Error('deploy/nginx.conf: expected listen lines and one root line to replace');
  let first = true;
  return shipped
    .replace(/^(\s*)listen\s[^;]+;\s*$/gm, (_m, indent: string) => {
      const line = first ? `${indent}listen 127.0.0.1:${port};` : '';
      first = false;
      return line;
    })
    .replace(/^(\s*)root\s[^;]+;\s*$/m, (_m, indent: string) => `${indent}root ${root};`);
}

/** Starts nginx on loopback serving `root`; resolves with its URL and a stop function. */
export async function startNginx(
  root: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'fupinri-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'site.conf'), siteConfig(port, root));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
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
    include ${dir}/site.conf;
}
`,
  );
  const child: ChildProcess = spawn(
    nginxPath,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'],
    { stdio: ['ignore', 'inherit', 'pipe'] },
  );
  let stderr = '';
  let failed = false;
  child.once('error', (e) => {
    failed = true;
    stderr += `${e.message} (install Debian's nginx: apt-get install nginx)`;
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (failed || child.exitCode !== null)
      throw new Error(`nginx (${nginxPath}) did not start:\n${stderr}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer on ${url}:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
