/**
 * The release's HTTPS server (src/server/serve.ts): which files it serves under the release's path,
 * with which headers, and what it says about a certificate issued for another host.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateWarning, handler, main } from '../../src/server/serve';
import { testCertificate } from '../support/test-certificate';

let web: string;
let server: Server;
let origin: string;

async function get(path: string): Promise<Response> {
  return fetch(`${origin}${path}`, { redirect: 'manual' });
}

describe('server/serve.mjs', () => {
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-serve-'));
    web = join(dir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    mkdirSync(join(web, 'office-js/1.1.110/zh-cn'), { recursive: true });
    writeFileSync(join(web, 'taskpane.html'), '<!doctype html><title>pane</title>');
    writeFileSync(join(web, 'functions.json'), '{"functions":[]}');
    writeFileSync(join(web, 'taskpane.0e5e9a1a.js'), 'console.log(1)');
    writeFileSync(join(web, 'assets/icon-32.607f98c8.png'), 'png');
    writeFileSync(join(web, 'office-js/1.1.110/office.js'), '/* office */');
    writeFileSync(join(web, '.secret'), 'hidden');
    writeFileSync(join(dir, 'outside.txt'), 'outside web/');
    server = createServer(handler(web, '/gov-eval/'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves functions.json as JSON with the CORS header Excel on the web needs, revalidated on each load', async () => {
    const response = await get('/gov-eval/functions.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBeNull(); // Excel on the web frames the pane
    expect(await response.text()).toBe('{"functions":[]}');
  });

  it('lets hashed files and the versioned Office.js be cached for a year, the pages not', async () => {
    for (const path of ['/gov-eval/taskpane.0e5e9a1a.js', '/gov-eval/assets/icon-32.607f98c8.png', '/gov-eval/office-js/1.1.110/office.js']) {
      expect((await get(path)).headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    expect((await get('/gov-eval/taskpane.html')).headers.get('cache-control')).toBe('no-cache');
  });

  it('sends the bare address to the pane and refuses everything outside web/ and the release path', async () => {
    for (const path of ['/', '/gov-eval', '/gov-eval/']) {
      const response = await get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get('location')).toBe('/gov-eval/taskpane.html');
    }
    for (const path of ['/taskpane.html', '/other/functions.json', '/gov-eval/.secret', '/gov-eval/../outside.txt', '/gov-eval/%2e%2e/outside.txt', '/gov-eval/missing.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('此地址下没有加载项文件');
    }
  });

  it('warns when the certificate is not issued for the release host; wildcards do not count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-certs-'));
    const ip = testCertificate(dir, 'ip', 'IP:127.0.0.1');
    const named = testCertificate(dir, 'named', 'DNS:eval.example.gov.cn');
    const wildcard = testCertificate(dir, 'wildcard', 'DNS:*.example.gov.cn');
    expect(certificateWarning(readFileSync(ip.cert), '127.0.0.1')).toBeNull();
    expect(certificateWarning(readFileSync(named.cert), 'eval.example.gov.cn')).toBeNull();
    expect(certificateWarning(readFileSync(named.cert), 'other.example.gov.cn')).toContain('证书不是为 other.example.gov.cn 签发的');
    expect(certificateWarning(readFileSync(wildcard.cert), 'eval.example.gov.cn')).toContain('通配符证书已知会被拒绝');
    expect(() => certificateWarning(Buffer.from('not a certificate'), 'x')).toThrow('证书文件无法读取');
  });

  it('refuses a missing certificate, a bad port and a folder that is not a release, in Chinese', async () => {
    const release = mkdtempSync(join(tmpdir(), 'gov-kit-'));
    mkdirSync(join(release, 'server'));
    await expect(main(['--cert', 'x.crt', '--key', 'x.key'], join(release, 'server'))).rejects.toThrow('找不到');
    writeFileSync(join(release, 'server/config.json'), JSON.stringify({ url: 'https://127.0.0.1:8443/gov-eval/' }));
    await expect(main(['--port', '70000'], join(release, 'server'))).rejects.toThrow('端口 “70000” 无效');
    await expect(main([], join(release, 'server'))).rejects.toThrow('发布包不完整');
    mkdirSync(join(release, 'web'));
    writeFileSync(join(release, 'web/taskpane.html'), '');
    await expect(main(['--key', 'x.key'], join(release, 'server'))).rejects.toThrow('缺少证书（--cert）');
    await expect(main(['--cert', join(release, 'none.crt'), '--key', 'x.key'], join(release, 'server'))).rejects.toThrow('不存在');
    await expect(main(['--bogus'], join(release, 'server'))).rejects.toThrow('参数有误');
  });
});
