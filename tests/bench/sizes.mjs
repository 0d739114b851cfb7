// Bundle sizes: what the first page load needs (entry script, its static imports and modulepreloads, the
// stylesheets linked from index.html), and everything the service worker precaches, each file gzipped.
import { readFileSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file) => gzipSync(readFileSync(file)).length;

/** Local path of a URL found in dist (absolute "/x" or relative to the file that names it). */
function resolveIn(dist, fromUrl, ref) {
  const url = ref.startsWith('/') ? ref : posix.join(posix.dirname(fromUrl), ref);
  return { url: url.startsWith('/') ? url : '/' + url, file: join(dist, url.replace(/^\//, '')) };
}

/** Static imports of an ES module (not `import(...)`): `import … from "./x.js"`, `import "./x.js"`, `export … from`. */
function staticImports(code) {
  const out = [];
  const re = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g;
  for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

/**
 * @param {string} dist
 * @returns {{ js: number, css: number, total: number, files: { url: string, raw: number, gzip: number }[] }}
 */
export function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
  if (scripts.length === 0) throw new Error(`no module script in ${dist}/index.html`);
  const seen = new Map();
  const queue = [...scripts, ...preloads].map((ref) => resolveIn(dist, '/index.html', ref));
  while (queue.length > 0) {
    const { url, file } = queue.shift();
    if (seen.has(url)) continue;
    if (!existsSync(file)) throw new Error(`first-load file missing: ${file}`);
    seen.set(url, file);
    for (const ref of staticImports(readFileSync(file, 'utf8'))) queue.push(resolveIn(dist, url, ref));
  }
  for (const ref of styles) {
    const { url, file } = resolveIn(dist, '/index.html', ref);
    seen.set(url, file);
  }
  const files = [...seen].map(([url, file]) => ({ url, raw: readFileSync(file).length, gzip: gz(file) }));
  const sum = (ext) => files.filter((f) => f.url.endsWith(ext)).reduce((s, f) => s + f.gzip, 0);
  return { js: sum('.js'), css: sum('.css'), total: sum('.js') + sum('.css'), files };
}

/** Every file in the precache manifest of dist/sw.js (workbox `precacheAndRoute([{url, revision}, …])`), each once. */
export function precache(dist) {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) throw new Error(`no service worker at ${sw}`);
  const urls = [...readFileSync(sw, 'utf8').matchAll(/\{\s*url:\s*"([^"]+)"\s*,\s*revision:/g)].map((m) => m[1]);
  if (urls.length === 0) throw new Error('no precache manifest found in sw.js');
  const unique = [...new Set(urls)];
  const files = unique.map((url) => {
    const file = join(dist, url);
    return { url, raw: readFileSync(file).length, gzip: gz(file) };
  });
  return { count: files.length, listedTwice: urls.length - unique.length, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0), files };
}
