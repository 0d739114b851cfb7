// Builds what the bench measures, with Vite's build API: the app (its own vite.config.ts), the bare React
// Flow page, and the bench's Node library (the app's TypeScript bundled for Node 20, which runs no .ts).
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';

/** Polls the arena row from a worker (off the page's main thread); see measureSave in browser.mjs. */
const IDB_POLL_WORKER = `
let go;
const started = new Promise((resolve) => (go = resolve));
self.onmessage = async (e) => {
  if (e.data.go) return go();
  const { arenaId, partnerId } = e.data;
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('arena');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const read = () => new Promise((resolve, reject) => {
    const req = db.transaction('arenas', 'readonly').objectStore('arenas').get(arenaId);
    req.onsuccess = () => resolve(JSON.stringify(req.result?.partners?.[partnerId]?.position ?? null));
    req.onerror = () => reject(req.error);
  });
  const before = await read();
  self.postMessage({ type: 'armed', before });
  await started;
  const deadline = performance.now() + 10000;
  let reads = 0;
  for (;;) {
    const now = await read();
    reads++;
    if (now !== before) {
      self.postMessage({ type: 'changed', at: performance.timeOrigin + performance.now(), before, now, reads });
      break;
    }
    if (performance.now() > deadline) {
      self.postMessage({ type: 'timeout', reads });
      break;
    }
  }
  db.close();
};
`;

/** The app as `npm run build` makes it (or unminified with source maps, to profile), into `outDir`. */
export async function buildApp(appRoot, outDir, { profile = false } = {}) {
  const result = await build({
    root: appRoot,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...(profile ? { minify: false, sourcemap: true } : {}) },
  });
  writeFileSync(join(outDir, 'bench-idb-poll.js'), IDB_POLL_WORKER);
  return { composition: entryComposition(result), lazyChunks: lazyChunks(result) };
}

/** The package or src/ folder a module belongs to. */
function partOf(id) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (m) return m[1];
  const src = /\/(src\/[^/]+)\//.exec(id);
  return src ? `${src[1]}/` : id.replace(/^.*\//, '');
}

function chunksOf(result) {
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r?.output ?? []);
  return new Map(outputs.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
}

/** The entry chunk and every chunk it imports statically: what the first load runs. */
function firstLoadNames(chunks) {
  const entry = [...chunks.values()].find((c) => c.isEntry);
  const names = new Set();
  const queue = entry ? [entry.fileName] : [];
  while (queue.length > 0) {
    const name = queue.shift();
    if (names.has(name) || !chunks.has(name)) continue;
    names.add(name);
    queue.push(...(chunks.get(name).imports ?? []));
  }
  return names;
}

/** Every chunk the first load does not run: its file, gzip size, and rendered bytes per package or src/ folder. */
function lazyChunks(result) {
  const chunks = chunksOf(result);
  const first = firstLoadNames(chunks);
  return [...chunks.values()]
    .filter((c) => !first.has(c.fileName))
    .map((c) => {
      const parts = new Map();
      for (const [id, info] of Object.entries(c.modules ?? {})) parts.set(partOf(id), (parts.get(partOf(id)) ?? 0) + (info.renderedLength ?? 0));
      return { file: c.fileName, gzip: gzipSync(c.code).length, parts: [...parts].map(([part, bytes]) => ({ part, bytes })).sort((a, b) => b.bytes - a.bytes) };
    });
}

/** What the first-load JS (the entry chunk and its static imports) is made of: rendered bytes per package or src/ folder. */
function entryComposition(result) {
  const chunks = chunksOf(result);
  const parts = new Map();
  for (const name of firstLoadNames(chunks)) {
    for (const [id, info] of Object.entries(chunks.get(name).modules ?? {})) {
      parts.set(partOf(id), (parts.get(partOf(id)) ?? 0) + (info.renderedLength ?? 0));
    }
  }
  return [...parts].map(([part, bytes]) => ({ part, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** The bare React Flow page (tests/bench/bare), into `outDir`. */
export async function buildBare(root, outDir, { profile = false } = {}) {
  await build({
    root: join(root, 'tests/bench/bare'),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', ...(profile ? { minify: false, sourcemap: true } : {}) },
  });
}

/** The bench's Node library (tests/bench/lib.ts and what it imports from src/), into `outDir`/lib.js. */
export async function buildLib(root, outDir) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'tests/bench/lib.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'lib.js', format: 'es' } },
    },
  });
  return join(outDir, 'lib.js');
}

/**
 * @param {{ root: string, appRoot: string, out: string }} dirs
 * @returns {Promise<{ appDir: string, bareDir: string, libFile: string, seconds: Record<string, number>, composition: { part: string, bytes: number }[], lazyChunks: { file: string, gzip: number, parts: { part: string, bytes: number }[] }[] }>}
 */
export async function buildAll({ root, appRoot, out }) {
  const seconds = {};
  const timed = async (name, f) => {
    const t0 = performance.now();
    const result = await f();
    seconds[name] = (performance.now() - t0) / 1000;
    return result;
  };
  const appDir = join(out, 'app');
  const bareDir = join(out, 'bare');
  const libFile = await timed('lib', () => buildLib(root, join(out, 'lib')));
  const { composition, lazyChunks } = await timed('app', () => buildApp(appRoot, appDir));
  await timed('bare', () => buildBare(root, bareDir));
  return { appDir, bareDir, libFile, seconds, composition, lazyChunks };
}

/** Serves a built folder with `vite preview` on 127.0.0.1:`port` (with the app's config, so its CSP header too). */
export async function serve(root, outDir, port, { useConfig }) {
  const server = await preview({
    root,
    ...(useConfig ? {} : { configFile: false }),
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return { close: () => server.close() };
}
