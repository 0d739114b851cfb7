import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The URL path as a list of decoded segments, or null when it could leave the folder: `..` or `.` (also
 * percent-encoded), a slash or backslash hidden in a segment, or a NUL byte. Read from the raw request
 * line, because `new URL()` would quietly fold `/../x` into `/x`.
 */
export function safeSegments(rawUrl: string): string[] | null {
  const path = rawUrl.split('?')[0]?.split('#')[0] ?? '';
  if (!path.startsWith('/')) return null;
  const segments: string[] = [];
  for (const raw of path.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '..' || segment === '.' || /[/\\\0]/.test(segment)) return null;
    if (segment !== '') segments.push(segment);
  }
  return segments;
}

async function fileAt(path: string): Promise<{ path: string; size: number } | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size } : null;
  } catch {
    return null;
  }
}

/**
 * The Content-Security-Policy the build put in its index.html (vite.config.ts), so the server sends the same
 * policy as a header: a header also covers what a meta tag cannot (workers, and the page before it parses).
 */
export async function policyOfBuild(root: string): Promise<string | null> {
  try {
    const html = await readFile(join(root, 'index.html'), 'utf8');
    const meta = /<meta[^>]*http-equiv="Content-Security-Policy"[^>]*content="([^"]*)"/i.exec(html);
    return meta?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') ?? null;
  } catch {
    return null;
  }
}

/**
 * Serves the built app (GET/HEAD only). A path without a file extension that is not a file gets
 * index.html (the app routes in the hash, but an installed PWA or a typed URL may ask for /something);
 * directories are never listed. Hashed assets are cached for a year, everything else is revalidated so a
 * new build shows at the next load.
 */
export function createStaticHandler(folder: string) {
  const root = resolve(folder);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const segments = safeSegments(request.url ?? '/');
    if (!segments) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad path');
      return;
    }
    const target = resolve(join(root, ...segments));
    if (target !== root && !target.startsWith(root + sep)) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad path');
      return;
    }
    const last = segments.at(-1) ?? '';
    let file = await fileAt(target);
    if (!file && extname(last) === '') file = await fileAt(join(root, 'index.html'));
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const immutable = segments[0] === 'assets' && segments.length > 1;
    // Read again with each page: a new build in the same folder may bring another policy.
    const policy = file.path.endsWith('.html') ? await policyOfBuild(root) : null;
    response.writeHead(200, {
      ...(policy ? { 'Content-Security-Policy': policy } : {}),
      'Content-Type': contentType(file.path),
      'Content-Length': String(file.size),
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(file.path);
    stream.on('error', () => response.destroy());
    stream.pipe(response);
  };
}
