// `npm run bench:profile`: where the time goes in the figures that fail their budget. Builds the app and the
// bare page unminified with source maps, seeds a 500-partner arena through the import, and records for
// Arena and for bare React Flow:
//   load        a reload of the editor until the map is interactive
//   drag        one 2 s node drag, mouse down → just before mouse up
//   after up    mouse up → 600 ms later (Arena: the store update, re-render and the save)
// a V8 CPU profile each (CDP Profiler; self time per file, per function, time including callees per src/
// function, hot lines with their code, mapped through the source maps), and a Chromium trace of the load
// and of a drag (main-thread time per pipeline step, raster worker time per frame). Raw files, to open in
// Chromium DevTools, and summary.txt go to tests/.output/bench/profile/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { buildApp, buildBare, buildLib, serve } from './build.mjs';
import { ARENA_NODE, BARE_NODE, dragOnce, loadMarks, openMap, seedArena } from './browser.mjs';
import { median, quantile } from './stats.mjs';
import { joinInPage, openWorkshop, sharedRoom, startCrowd, startServer } from './sync.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'tests/.output/bench/profile');
const N = Number(process.env.BENCH_PROFILE_N ?? 500);
const ARENA_PORT = 4180;
const BARE_PORT = 4181;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'cc', 'toplevel', 'blink.user_timing'];
const PIPELINE = ['FunctionCall', 'EvaluateScript', 'MinorGC', 'MajorGC', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest'];

const lines = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};
const ms = (us) => (us / 1000).toFixed(1).padStart(8);

// ------------------------------------------------------------------------------------- source mapping

const consumers = new Map();
function consumerFor(url, dirs) {
  if (!consumers.has(url)) {
    let consumer = null;
    const m = /^http:\/\/127\.0\.0\.1:(\d+)\/(.+\.js)$/.exec(url);
    if (m) {
      try {
        const dir = Number(m[1]) === ARENA_PORT ? dirs.app : dirs.bare;
        consumer = new SourceMapConsumer(JSON.parse(readFileSync(join(dir, `${m[2]}.map`), 'utf8')));
      } catch {
        consumer = null;
      }
    }
    consumers.set(url, consumer);
  }
  return consumers.get(url);
}

const tidy = (source) => source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');

/** { where: "src/canvas/GoalMap.tsx:42", code } for a generated position (0-based line/column, as V8 gives). */
function original(url, line0, col0, dirs) {
  const plain = url ? url.replace(/^http:\/\/127\.0\.0\.1:\d+\//, '') : '(native)';
  if (line0 < 0) return { where: plain, code: '' };
  const consumer = consumerFor(url, dirs);
  if (!consumer) return { where: `${plain}:${line0 + 1}`, code: '' };
  let pos = consumer.originalPositionFor({ line: line0 + 1, column: Math.max(0, col0), bias: SourceMapConsumer.GREATEST_LOWER_BOUND });
  if (!pos.source) pos = consumer.originalPositionFor({ line: line0 + 1, column: Math.max(0, col0), bias: SourceMapConsumer.LEAST_UPPER_BOUND });
  if (!pos.source) return { where: `${plain}:${line0 + 1}`, code: '' };
  const text = consumer.sourceContentFor(pos.source, true);
  const code = text ? (text.split('\n')[pos.line - 1] ?? '').trim().slice(0, 110) : '';
  return { where: `${tidy(pos.source)}:${pos.line}`, code };
}

// ------------------------------------------------------------------------------------------- summaries

function summariseProfile(profile, dirs, label) {
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i + 1] ?? 0));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const fnKey = new Map();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    fnKey.set(n.id, { name: f.functionName || '(anonymous)', ...original(f.url, f.lineNumber, f.columnNumber, dirs), native: !f.url });
  }
  const byFile = new Map();
  const byFunction = new Map();
  const inclusive = new Map();
  const byLine = new Map();
  let total = 0;
  for (const [id, us] of self) {
    if (!us) continue;
    total += us;
    const k = fnKey.get(id);
    const file = k.native ? `(${k.name})` : k.where.replace(/:\d+$/, '');
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    const fn = `${k.name}  ${k.where}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const c = fnKey.get(cur);
      const key = `${c.name}  ${c.where}`;
      if (!c.where.startsWith('src/') || seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
    const node = byId.get(id);
    const hits = node.positionTicks ?? [];
    const hitTotal = hits.reduce((s, t) => s + t.ticks, 0);
    for (const t of hits) {
      const o = original(node.callFrame.url, t.line - 1, 0, dirs);
      const key = `${o.where}  ${o.code}`;
      byLine.set(key, (byLine.get(key) ?? 0) + (us * t.ticks) / hitTotal);
    }
  }
  const show = (map, title, n, filter = () => true) => {
    say(`  ${title}`);
    for (const [k, us] of [...map].filter(([k2]) => filter(k2)).sort((a, b) => b[1] - a[1]).slice(0, n)) say(`  ${ms(us)} ms  ${k}`);
  };
  say(`\n## ${label}: CPU profile, ${(total / 1000).toFixed(0)} ms sampled`);
  show(byFile, 'self time per source file ((program) = native work outside JS: style, layout, paint, GC…)', 12);
  show(byFunction, 'self time per function', 15);
  show(inclusive, 'time including callees, functions in src/', Number(process.env.BENCH_PROFILE_TOP ?? 15));
  show(byLine, 'hot lines in src/ (self time)', 12, (k) => k.startsWith('src/'));
}

function summariseTrace(buffer, label, frames, dirs = null) {
  const { traceEvents } = JSON.parse(buffer.toString('utf8'));
  const names = new Map(traceEvents.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  const sums = new Map();
  const intervals = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    const k = `${e.pid}:${e.tid}`;
    sums.set(`${k} ${e.name}`, (sums.get(`${k} ${e.name}`) ?? 0) + e.dur);
    if (!intervals.has(k)) intervals.set(k, []);
    intervals.get(k).push([e.ts, e.ts + e.dur]);
  }
  // Busy time per thread: the union of its events' intervals.
  const busy = new Map();
  for (const [k, list] of intervals) {
    list.sort((a, b) => a[0] - b[0]);
    let sum = 0;
    let [s, e] = [-1, -1];
    for (const [a, b] of list) {
      if (a > e) {
        sum += e - s;
        [s, e] = [a, b];
      } else e = Math.max(e, b);
    }
    sum += e - s;
    const name = names.get(k) ?? k;
    busy.set(k, { name, sum });
  }
  const mains = [...busy].filter(([, v]) => v.name === 'CrRendererMain').sort((a, b) => b[1].sum - a[1].sum);
  const main = mains[0]?.[0];
  const per = frames ? ` (per frame: ${frames} frames)` : '';
  say(`\n## ${label}: trace${per}`);
  const unit = (us) => (frames ? `${(us / 1000 / frames).toFixed(2).padStart(7)} ms/frame` : `${ms(us)} ms`);
  say(`  busy time per thread (all processes)`);
  const byName = new Map();
  for (const v of busy.values()) byName.set(v.name, (byName.get(v.name) ?? 0) + v.sum);
  for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 6)) say(`  ${unit(us)}  ${name}`);
  say(`  renderer main thread per step (nested steps counted inside their parents too)`);
  for (const name of PIPELINE) {
    const us = sums.get(`${main} ${name}`);
    if (us) say(`  ${unit(us)}  ${name}`);
  }
  if (!dirs || !main) return;
  // Long tasks (≥ 15 ms) on the main thread in time order, from navigation start, with what they contain.
  const [pid, tid] = main.split(':').map(Number);
  const nav = traceEvents.filter((e) => e.name === 'navigationStart' && e.pid === pid).map((e) => e.ts).sort((a, b) => b - a)[0];
  const onMain = traceEvents.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur >= 15_000 && (nav === undefined || e.ts >= nav)).sort((a, b) => a.ts - b.ts);
  const wrappers = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ProxyMain::BeginMainFrame', 'v8.run', 'V8.Execute', 'RunMicrotasks']);
  say(`  long tasks on the main thread (≥ 15 ms; at = ms since navigation start), with the steps inside them ≥ 3 ms`);
  for (const t of tasks) {
    const inner = onMain
      .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur >= 3000 && !wrappers.has(e.name))
      .map((e) => {
        const d = e.args?.data ?? {};
        let what = e.name;
        if (d.type) what += `[${d.type}]`;
        if (d.url && d.lineNumber !== undefined) {
          const o = original(d.url, d.lineNumber - 1, (d.columnNumber ?? 1) - 1, dirs);
          what += `(${d.functionName || 'anonymous'} ${o.where})`;
        } else if (d.functionName) what += `(${d.functionName})`;
        return `${what} ${(e.dur / 1000).toFixed(1)}`;
      });
    const at = nav === undefined ? '' : `at ${((t.ts - nav) / 1000).toFixed(0).padStart(4)} `;
    say(`    ${at}${(t.dur / 1000).toFixed(1).padStart(6)} ms: ${inner.slice(0, 8).join(', ')}`);
  }
}

// ---------------------------------------------------------------------------------------------- record

async function cpuProfiler(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  return {
    start: () => cdp.send('Profiler.start'),
    stop: async () => (await cdp.send('Profiler.stop')).profile,
    detach: () => cdp.detach(),
  };
}

const frameSummary = (r) =>
  `${r.during.length} frames, median ${median(r.during).toFixed(1)} ms, p95 ${quantile(r.during, 0.95).toFixed(1)} ms, ` +
  `longest after mouse up ${r.afterMax.toFixed(1)} ms${r.saveMs === null ? '' : `, save ${r.saveMs.toFixed(0)} ms`}`;

async function scenario(browser, context, dirs, label, url, selector, save) {
  const { page } = await openMap(context, url, selector, N);
  await page.waitForTimeout(300);
  const reload = async () => {
    await page.evaluate(() => delete window.__benchReady);
    await page.reload({ waitUntil: 'commit' });
    return (await page.waitForFunction(() => window.__benchReady, null, { timeout: 60_000, polling: 50 })).jsonValue();
  };

  // Load: a reload (same renderer, so the profiler sees all of it), then another one traced.
  let profiler = await cpuProfiler(page);
  await profiler.start();
  const loadMs = await reload();
  const loadProfile = await profiler.stop();
  await profiler.detach();
  await page.waitForTimeout(300);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const tracedLoadMs = await reload();
  const loadTrace = await browser.stopTracing();
  writeFileSync(join(OUT, `${label}-load.cpuprofile`), JSON.stringify(loadProfile));
  writeFileSync(join(OUT, `${label}-load.trace.json`), loadTrace);
  const marks = await loadMarks(page);
  say(`\n# ${label}, ${N} partners: load ${loadMs.toFixed(0)} ms (profiled), ${tracedLoadMs.toFixed(0)} ms (traced)`);
  say(
    `  milestones of the traced load (ms since navigation): ` +
      Object.entries(marks)
        .filter(([, v]) => typeof v === 'number')
        .sort((a, b) => a[1] - b[1])
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', '),
  );
  summariseProfile(loadProfile, dirs, `${label} load`);
  summariseTrace(loadTrace, `${label} load`, null, dirs);

  // Drag: a warm-up drag, one with the CPU profiler (drag, then after mouse up), one traced.
  await page.waitForTimeout(500);
  await dragOnce(page, { selector, run: 0, save });
  profiler = await cpuProfiler(page);
  let dragProfile;
  let upProfile;
  const profiled = await dragOnce(page, {
    selector,
    run: 1,
    save,
    hooks: {
      beforeDown: () => profiler.start(),
      beforeUp: async () => {
        dragProfile = await profiler.stop();
        await profiler.start();
      },
      afterDone: async () => {
        upProfile = await profiler.stop();
      },
    },
  });
  await profiler.detach();
  let traceBuffer;
  const traced = await dragOnce(page, {
    selector,
    run: 2,
    save,
    hooks: {
      beforeDown: () => browser.startTracing(page, { categories: TRACE_CATEGORIES }),
      beforeUp: async () => {
        traceBuffer = await browser.stopTracing();
      },
    },
  });
  writeFileSync(join(OUT, `${label}-drag.cpuprofile`), JSON.stringify(dragProfile));
  writeFileSync(join(OUT, `${label}-after-up.cpuprofile`), JSON.stringify(upProfile));
  writeFileSync(join(OUT, `${label}-drag.trace.json`), traceBuffer);
  say(`\n# ${label} drag (profiled): ${frameSummary(profiled)}`);
  say(`# ${label} drag (traced): ${frameSummary(traced)}`);
  summariseProfile(dragProfile, dirs, `${label} drag`);
  summariseTrace(traceBuffer, `${label} drag`, traced.during.length);
  summariseProfile(upProfile, dirs, `${label} after mouse up`);
  await page.close();
}

/**
 * `BENCH_PROFILE=crowd`: the projector of a shared 500-partner arena while thirty participants join and add a
 * partner each (the sync group's crowd, without the drags), profiled and traced: what one arrival costs.
 */
async function crowd(browser, lib, dirs) {
  const server = await startServer(ROOT, { port: ARENA_PORT, staticDir: dirs.app });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', serviceWorkers: 'block' });
    const shared = await sharedRoom(lib, server.url, 'crowd', N, 21);
    const { page } = await joinInPage(context, server.url, shared, N);
    const secret = await openWorkshop(server.url, shared);
    await page.waitForTimeout(1000);
    const random = lib.prng(15);
    const profiler = await cpuProfiler(page);
    await profiler.start();
    let done = await startCrowd(lib, server.url, shared.room, secret, 0, random).done;
    await page.waitForTimeout(5000);
    const profile = await profiler.stop();
    await profiler.detach();
    writeFileSync(join(OUT, 'crowd.cpuprofile'), JSON.stringify(profile));
    say(`# crowd (profiled): ${done.ids.length} partners added, last at ${done.lastAdd} ms, ${done.refused.length} refused`);
    summariseProfile(profile, dirs, 'crowd');
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    done = await startCrowd(lib, server.url, shared.room, secret, 1, random).done;
    await page.waitForTimeout(5000);
    const trace = await browser.stopTracing();
    writeFileSync(join(OUT, 'crowd.trace.json'), trace);
    summariseTrace(trace, 'crowd', null, dirs);
    await context.close();
    shared.editor.dispose();
    shared.client.destroy();
  } finally {
    await server.stop();
  }
}

/**
 * `BENCH_PROFILE=mover`: the page of a shared 500-partner arena while the other client moves one partner every
 * 200 ms (the sync group's shared drag, without the drags), profiled for 5 s: what one remote move costs.
 */
async function mover(browser, lib, dirs) {
  const server = await startServer(ROOT, { port: ARENA_PORT, staticDir: dirs.app });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', serviceWorkers: 'block' });
    const shared = await sharedRoom(lib, server.url, 'mover', N, 21);
    const { page } = await joinInPage(context, server.url, shared, N);
    // BENCH_PROFILE_CSS: a style to try (what a rule costs per frame) without a rebuild.
    if (process.env.BENCH_PROFILE_CSS) await page.addStyleTag({ content: process.env.BENCH_PROFILE_CSS });
    await page.waitForTimeout(1000);
    const moved = Object.values(shared.editor.arena().partners).sort((a, b) => b.position.x - a.position.x)[0];
    let moves = 0;
    const timer = setInterval(() => {
      moves++;
      shared.editor.move(moved.id, { x: moved.position.x + (moves % 2 ? 40 : 0), y: moved.position.y });
    }, 200);
    const profiler = await cpuProfiler(page);
    await profiler.start();
    await page.waitForTimeout(5000);
    const profile = await profiler.stop();
    clearInterval(timer);
    await profiler.detach();
    writeFileSync(join(OUT, 'mover.cpuprofile'), JSON.stringify(profile));
    say(`# mover (profiled): ${moves} remote moves`);
    summariseProfile(profile, dirs, 'mover');
    // Traced: what the native part of a remote move is.
    const timer2 = setInterval(() => {
      moves++;
      shared.editor.move(moved.id, { x: moved.position.x + (moves % 2 ? 40 : 0), y: moved.position.y });
    }, 200);
    const before = moves;
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.waitForTimeout(3000);
    const trace = await browser.stopTracing();
    writeFileSync(join(OUT, 'mover.trace.json'), trace);
    say(`# mover (traced): ${moves - before} remote moves`);
    summariseTrace(trace, 'mover', null, dirs);
    // A drag meanwhile, as the bench's shared drag does it (a page opened on the arena), traced.
    const arenaId = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/arena\//, '').split('?')[0]);
    const { page: dragPage } = await openMap(context, `${server.url}/#/arena/${encodeURIComponent(arenaId)}`, ARENA_NODE, N);
    await page.close();
    await dragPage.waitForTimeout(1000);
    let dragTrace;
    const result = (r) => `${r.moves} mouse moves, ${r.during.length} frames, p95 ${quantile(r.during, 0.95).toFixed(1)} ms`;
    const dragProfiler = await cpuProfiler(dragPage);
    let dragProfile;
    const profiled = await dragOnce(dragPage, {
      selector: ARENA_NODE,
      run: 1,
      save: null,
      hooks: {
        beforeDown: () => dragProfiler.start(),
        beforeUp: async () => {
          dragProfile = await dragProfiler.stop();
        },
      },
    }).then(result, (e) => e.message);
    say(`# a drag meanwhile (profiled): ${profiled}`);
    if (dragProfile) summariseProfile(dragProfile, dirs, 'mover drag');
    const dragged = await dragOnce(dragPage, {
      selector: ARENA_NODE,
      run: 0,
      save: null,
      hooks: {
        beforeDown: () => browser.startTracing(dragPage, { categories: TRACE_CATEGORIES }),
        beforeUp: async () => {
          dragTrace = await browser.stopTracing();
        },
      },
    }).then(result, (e) => e.message);
    if (!dragTrace) dragTrace = await browser.stopTracing().catch(() => null);
    clearInterval(timer2);
    say(`# a drag meanwhile (traced): ${dragged}`);
    if (dragTrace) {
      writeFileSync(join(OUT, 'mover-drag.trace.json'), dragTrace);
      summariseTrace(dragTrace, 'mover drag', null, dirs);
    }
    await context.close();
    shared.editor.dispose();
    shared.client.destroy();
  } finally {
    await server.stop();
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  if (process.env.BENCH_PROFILE === 'crowd' || process.env.BENCH_PROFILE === 'mover') {
    const which = process.env.BENCH_PROFILE;
    const dirs = { app: join(OUT, 'app'), bare: join(OUT, 'bare') };
    const libFile = await buildLib(ROOT, join(OUT, 'lib'));
    await buildApp(ROOT, dirs.app, { profile: true });
    const lib = await import(pathToFileURL(libFile).href);
    const browser = await chromium.launch({ executablePath: lib.chromiumPath(), args: lib.CHROMIUM_ARGS, headless: true });
    try {
      await (which === 'crowd' ? crowd : mover)(browser, lib, dirs);
    } finally {
      await browser.close();
    }
    writeFileSync(join(OUT, `${which}-summary.txt`), lines.join('\n') + '\n');
    return;
  }
  const dirs = { app: join(OUT, 'app'), bare: join(OUT, 'bare') };
  console.log('building unminified with source maps …');
  const libFile = await buildLib(ROOT, join(OUT, 'lib'));
  await buildApp(ROOT, dirs.app, { profile: true });
  await buildBare(ROOT, dirs.bare, { profile: true });
  const lib = await import(pathToFileURL(libFile).href);
  const executablePath = lib.chromiumPath();
  if (!executablePath) throw new Error('no Chromium found (set CHROMIUM_PATH)');
  const servers = [
    await serve(ROOT, dirs.app, ARENA_PORT, { useConfig: true }),
    await serve(join(ROOT, 'tests/bench/bare'), dirs.bare, BARE_PORT, { useConfig: false }),
  ];
  const browser = await chromium.launch({ executablePath, args: lib.CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', serviceWorkers: 'block' });
    const arenaBase = `http://127.0.0.1:${ARENA_PORT}`;
    const id = await seedArena(context, arenaBase, N, lib.benchArenaFile(N));
    say(`# Profile of an unminified build with source maps, ${N} partners, Chromium ${browser.version()}, ${new Date().toISOString()}`);
    await scenario(browser, context, dirs, 'Arena', `${arenaBase}/#/arena/${encodeURIComponent(id)}`, ARENA_NODE, { arenaId: id });
    await scenario(browser, context, dirs, 'bare', `http://127.0.0.1:${BARE_PORT}/?n=${N}`, BARE_NODE, null);
    await context.close();
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
  writeFileSync(join(OUT, 'summary.txt'), lines.join('\n') + '\n');
  console.log(`\nwrote ${relative(ROOT, join(OUT, 'summary.txt'))} and the raw profiles beside it`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\nbench:profile failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
