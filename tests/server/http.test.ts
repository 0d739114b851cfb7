import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createRoom, putRoom, startTestServer, tempDir } from './helpers';

/** A raw request: fetch() and new URL() would fold `/../x` into `/x` before it left. */
function rawGet(url: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((done, fail) => {
    const req = httpRequest({ host: hostname, port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Opens a WebSocket with the given Origin: resolves with the HTTP status of a refused upgrade, or 101. */
function upgradeStatus(url: string, path: string, origin?: string): Promise<number> {
  return new Promise((done) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${path}`, origin ? { origin } : {});
    ws.on('open', () => {
      ws.close();
      done(101);
    });
    ws.on('unexpected-response', (_req, res) => done(res.statusCode ?? 0));
    ws.on('error', () => undefined);
  });
}

describe('sync server: rooms API', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const put = (room: string, body: string) => fetch(`${server.url}/api/rooms/${room}`, { method: 'PUT', body });
  const rotate = (room: string, body: string, secret?: string) =>
    fetch(`${server.url}/api/rooms/${room}/rotate`, {
      method: 'POST',
      body,
      headers: secret ? { Authorization: `Bearer ${secret}` } : {},
    });

  beforeAll(async () => {
    server = await startTestServer({ allowedOrigins: ['http://localhost:5173'] });
  });
  afterAll(() => server.cleanUp());

  it('creates a room once: 201, then 409', async () => {
    expect((await putRoom(server.url, 'r1', 'e1', 'v1')).status).toBe(201);
    const again = await putRoom(server.url, 'r1', 'other', 'secrets');
    expect(again.status).toBe(409);
    // The first secrets still hold.
    expect((await rotate('r1', JSON.stringify({ edit: 'e2', view: 'v2' }), 'other')).status).toBe(403);
  });

  it('refuses bad bodies and ids with 400, and a large body with 413', async () => {
    expect((await put('r2', '{not json')).status).toBe(400);
    expect((await put('r2', '[]')).status).toBe(400);
    expect((await put('r2', JSON.stringify({ edit: 'e' }))).status).toBe(400);
    expect((await put('r2', JSON.stringify({ edit: 'same', view: 'same' }))).status).toBe(400);
    expect((await put('r2', JSON.stringify({ edit: 'has space', view: 'v' }))).status).toBe(400);
    expect((await put('r2', JSON.stringify({ edit: 'e'.repeat(65), view: 'v' }))).status).toBe(400);
    expect((await put('r2', JSON.stringify({ edit: '', view: 'v' }))).status).toBe(400);
    expect((await put('bad.id', JSON.stringify({ edit: 'e', view: 'v' }))).status).toBe(400);
    expect((await put('r'.repeat(65), JSON.stringify({ edit: 'e', view: 'v' }))).status).toBe(400);
    expect((await put('r%20x', JSON.stringify({ edit: 'e', view: 'v' }))).status).toBe(400);
    expect((await put('r2', JSON.stringify({ edit: 'e', view: 'v', pad: 'x'.repeat(5000) }))).status).toBe(413);
    // None of these made the room.
    expect((await putRoom(server.url, 'r2', 'e', 'v')).status).toBe(201);
  });

  it('rotates only with the current edit secret: 403 without or wrong (the view secret too), 404 unknown room', async () => {
    await createRoom(server.url, 'r3', 'edit3', 'view3');
    const body = JSON.stringify({ edit: 'edit3b', view: 'view3b' });
    expect((await rotate('r3', body)).status).toBe(403);
    expect((await rotate('r3', body, 'wrong')).status).toBe(403);
    expect((await rotate('r3', body, 'view3')).status).toBe(403);
    expect((await rotate('nosuchroom', body, 'edit3')).status).toBe(404);
    expect((await rotate('r3', '{', 'edit3')).status).toBe(400);
    expect((await rotate('r3', body, 'edit3')).status).toBe(200);
    // The old edit secret no longer rotates; the new one does.
    expect((await rotate('r3', body, 'edit3')).status).toBe(403);
    expect((await rotate('r3', JSON.stringify({ edit: 'e4', view: 'v4' }), 'edit3b')).status).toBe(200);
  });

  it('lists nothing: GET /api/rooms and GET of a room are not there', async () => {
    await createRoom(server.url, 'r5', 'e5', 'v5');
    const list = await fetch(`${server.url}/api/rooms`);
    expect(list.status).toBe(404);
    expect(await list.text()).not.toContain('r5');
    expect((await fetch(`${server.url}/api/rooms/r5`)).status).toBe(405);
    expect((await fetch(`${server.url}/api/rooms/`)).status).toBe(405);
    expect((await fetch(`${server.url}/api`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/rooms/r5/rotate`)).status).toBe(405);
  });

  it('refuses API requests and WebSockets from another origin; allows its own and the configured ones', async () => {
    const evil = await fetch(`${server.url}/api/rooms/r6`, {
      method: 'PUT',
      headers: { Origin: 'https://evil.example' },
      body: JSON.stringify({ edit: 'e', view: 'v' }),
    });
    expect(evil.status).toBe(403);
    const own = await fetch(`${server.url}/api/rooms/r6`, {
      method: 'PUT',
      headers: { Origin: server.url },
      body: JSON.stringify({ edit: 'e', view: 'v' }),
    });
    expect(own.status).toBe(201);
    // Behind a TLS proxy: the browser's origin is the proxy's host, passed on as X-Forwarded-Host.
    const proxied = await fetch(`${server.url}/api/rooms/r8`, {
      method: 'PUT',
      headers: { Origin: 'https://arena.example.org', 'X-Forwarded-Host': 'arena.example.org' },
      body: JSON.stringify({ edit: 'e', view: 'v' }),
    });
    expect(proxied.status).toBe(201);
    const preflight = await fetch(`${server.url}/api/rooms/r7`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'PUT' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');

    expect(await upgradeStatus(server.url, '/sync/r6', 'https://evil.example')).toBe(403);
    expect(await upgradeStatus(server.url, '/sync/r6', server.url)).toBe(101);
    expect(await upgradeStatus(server.url, '/sync/r6', 'http://localhost:5173')).toBe(101);
    expect(await upgradeStatus(server.url, '/sync/r6')).toBe(101);
    expect(await upgradeStatus(server.url, '/elsewhere')).toBe(404);
    expect(await upgradeStatus(server.url, '/sync/bad.room')).toBe(404);
  });

  it('serves no app when no static folder is given', async () => {
    expect((await fetch(`${server.url}/`)).status).toBe(404);
  });
});

describe('sync server: the built app', () => {
  const folder = tempDir();
  const dist = join(folder.path, 'dist');
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;"><title>Arena</title>',
    );
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'style-abc123.css'), 'body{}');
    writeFileSync(join(dist, 'manifest.webmanifest'), '{}');
    writeFileSync(join(dist, 'icon-192.png'), 'png');
    // Beside the app folder, as package.json is beside dist/ in the repository.
    writeFileSync(join(folder.path, 'package.json'), '{"name":"secret-package"}');
    server = await startTestServer({ staticDir: dist });
  });
  afterAll(async () => {
    await server.cleanUp();
    folder.remove();
  });

  it('GET / returns index.html; routes without a file extension fall back to it', async () => {
    for (const path of ['/', '/index.html', '/arena/some-id', '/assets']) {
      const response = await rawGet(server.url, path);
      expect(response.status, path).toBe(200);
      expect(response.body, path).toContain('<title>Arena</title>');
      expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
    }
  });

  it('sends the policy of the build’s index.html as a Content-Security-Policy header with the page', async () => {
    const page = await rawGet(server.url, '/');
    expect(page.headers['content-security-policy']).toBe("default-src 'self'; script-src 'self'");
  });

  it('serves files with their content types; hashed assets are cached for long', async () => {
    const js = await rawGet(server.url, '/assets/app-abc123.js');
    expect(js.status).toBe(200);
    expect(js.body).toBe('console.log(1)');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    expect((await rawGet(server.url, '/assets/style-abc123.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await rawGet(server.url, '/manifest.webmanifest')).headers['content-type']).toBe(
      'application/manifest+json; charset=utf-8',
    );
    expect((await rawGet(server.url, '/icon-192.png')).headers['content-type']).toBe('image/png');
    expect((await rawGet(server.url, '/')).headers['cache-control']).toBe('no-cache');
    expect((await rawGet(server.url, '/missing.js')).status).toBe(404);
  });

  it('never leaves the folder and never lists a directory', async () => {
    for (const path of [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/package.json',
      '/assets%2f..%2f..%2fpackage.json',
      '/..%5cpackage.json',
      '/%00index.html',
      '/%E0%A4%A',
    ]) {
      const response = await rawGet(server.url, path);
      expect(response.status, path).toBe(400);
      expect(response.body, path).not.toContain('secret-package');
    }
    const directory = await rawGet(server.url, '/assets/');
    expect(directory.body).not.toContain('app-abc123.js');
  });

  it('still answers the API and the WebSocket beside the app', async () => {
    await createRoom(server.url, 'withapp', 'e', 'v');
    expect(await upgradeStatus(server.url, '/sync/withapp')).toBe(101);
  });
});
