/**
 * The optional HTTPS server of a release, for offices without a web server of their own:
 *
 *   node server/serve.mjs --cert office.crt --key office.key [--port 443] [--host 0.0.0.0] [--ca ca.crt]
 *
 * Serves the release's `web/` folder (../web from this file) under the path of the address the
 * release was built for (server/config.json, written by `npm run release`), with sirv (static files:
 * MIME types, ETags, ranges) and these headers:
 * - Access-Control-Allow-Origin: * — Excel on the web fetches functions.json from its own origin
 *   (Microsoft: "the server settings on the server that hosts the JSON file must have CORS enabled in
 *   order for custom functions to work correctly in Excel on the web", custom-functions-json, 2020
 *   edition; the blocked request is quoted in https://github.com/OfficeDev/office-js-docs-pr/issues/1920);
 * - Cache-Control: content-hashed files and the versioned Office.js folder are cached for a year
 *   (their names change with their content), the pages and functions.json are revalidated on every
 *   load (no-cache), as Microsoft advises for add-in files that change
 *   (https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-development-errors);
 * - X-Content-Type-Options: nosniff. No X-Frame-Options: Excel on the web shows the pane in a frame.
 * Compiled with esbuild into server/serve.mjs (sirv bundled): plain `node`, no npm install.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { X509Certificate } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

export interface ServeConfig {
  /** The address the release was built for, e.g. https://eval.gov.example/gov-eval/. */
  url: string;
}

export interface ServeOptions {
  webDir: string;
  basePath: string;
  cert: Buffer;
  key: Buffer;
  ca?: Buffer;
  port: number;
  host: string;
}

/** Hashed names (`taskpane.1a2b3c4d.js`, `assets/icon-32.1a2b3c4d.png`) and `office-js/<version>/`. */
const IMMUTABLE = /(\.[0-9a-f]{8}\.[a-z0-9]+$)|(^\/office-js\/\d+\.\d+\.\d+\/)/;

export class ServeError extends Error {
  override readonly name = 'ServeError';
}

/** The request handler: `basePath` + a file of `webDir`; anything else 404 (or a redirect to the pane). */
export function handler(webDir: string, basePath: string): (request: IncomingMessage, response: ServerResponse) => void {
  const files = sirv(webDir, {
    dev: false,
    etag: true,
    dotfiles: false,
    extensions: [],
    setHeaders: (response, pathname) => {
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.setHeader('Cache-Control', IMMUTABLE.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const bare = basePath.replace(/\/$/, '');
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'https://server.invalid');
    if (url.pathname === bare || url.pathname === basePath || url.pathname === '/') {
      response.writeHead(302, { Location: `${basePath}taskpane.html` }).end();
      return;
    }
    if (!url.pathname.startsWith(basePath)) {
      notFound(response);
      return;
    }
    request.url = `/${url.pathname.slice(basePath.length)}${url.search}`;
    files(request, response, () => notFound(response));
  };
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end('404：此地址下没有加载项文件。');
}

/** Starts the server; resolves once it listens. */
export async function serve(options: ServeOptions): Promise<Server> {
  const server = createServer({ cert: options.cert, key: options.key, ca: options.ca }, handler(options.webDir, options.basePath));
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolvePromise());
  });
  return server;
}

/** A warning when the certificate does not name the host the release was built for (Office refuses it). */
export function certificateWarning(cert: Buffer, host: string): string | null {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch {
    throw new ServeError('证书文件无法读取：请提供 PEM 格式（以 “-----BEGIN CERTIFICATE-----” 开头）的证书。');
  }
  const ip = /^[\d.]+$|:/.test(host);
  const named = ip ? x509.checkIP(host) : x509.checkHost(host, { wildcards: false });
  if (named) return null;
  return (
    `警告：证书不是为 ${host} 签发的（证书主题：${x509.subject.replace(/\n/g, '，')}；备用名称：${x509.subjectAltName ?? '无'}）。` +
    'Office 只信任为这一主机名签发、且由本机信任的证书机构签发的证书；通配符证书已知会被拒绝。'
  );
}

const USAGE = '用法：node server/serve.mjs --cert 证书.crt --key 私钥.key [--port 443] [--host 0.0.0.0] [--ca 上级证书.crt]';

function readPem(path: string | undefined, what: string): Buffer {
  if (!path) throw new ServeError(`缺少${what}。\n${USAGE}`);
  if (!existsSync(path) || !statSync(path).isFile()) throw new ServeError(`${what}文件 “${path}” 不存在。`);
  return readFileSync(path);
}

export async function main(argv: string[], here: string): Promise<void> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        cert: { type: 'string' },
        key: { type: 'string' },
        ca: { type: 'string' },
        port: { type: 'string', default: '443' },
        host: { type: 'string', default: '0.0.0.0' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new ServeError(`参数有误（${(error as Error).message}）。\n${USAGE}`);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ServeError(`端口 “${values.port}” 无效，应为 1–65535 的整数。`);
  const configFile = join(here, 'config.json');
  if (!existsSync(configFile)) throw new ServeError(`找不到 ${configFile}：请从发布包的 server 文件夹运行本程序。`);
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as ServeConfig;
  const address = new URL(config.url);
  const webDir = resolve(here, '../web');
  if (!existsSync(join(webDir, 'taskpane.html'))) throw new ServeError(`找不到 ${join(webDir, 'taskpane.html')}：发布包不完整，请重新复制整个发布文件夹。`);
  const cert = readPem(values.cert, '证书（--cert）');
  const key = readPem(values.key, '私钥（--key）');
  const ca = values.ca ? readPem(values.ca, '上级证书（--ca）') : undefined;
  const warning = certificateWarning(cert, address.hostname);
  if (warning) process.stderr.write(`${warning}\n`);
  try {
    await serve({ webDir, basePath: address.pathname, cert, key, ca, port, host: values.host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ServeError(`端口 ${port} 已被其他程序占用。`);
    if (code === 'EACCES') throw new ServeError(`没有权限使用端口 ${port}（Linux 上 1024 以下的端口需要管理员权限）。`);
    throw new ServeError(`无法启动 HTTPS 服务：${(error as Error).message}（请检查证书与私钥是否配对）。`);
  }
  process.stdout.write(`加载项文件已在 ${address.origin}${address.pathname} 提供（本机端口 ${port}，文件夹 ${webDir}）。按 Ctrl+C 停止。\n`);
}

/** Run as a program (the compiled server/serve.mjs), not when imported by the specs. */
const self = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
if (process.argv[1] && resolve(process.argv[1]) === self) {
  main(process.argv.slice(2), dirname(self)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof ServeError ? error.message : `出错了：${(error as Error).message}`}\n`);
    process.exitCode = 1;
  });
}
