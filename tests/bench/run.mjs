// `npm run bench`: Arena against bare React Flow, in one run, with budgets. See README.md, "Performance".
//
// Builds the app, a bare React Flow page and the bench's Node library (tests/.output/bench/), serves the app on
// 127.0.0.1:4180 and the bare page on :4181, and measures in the system Chromium (Playwright, service
// workers blocked so both pages load the same way), alternating Arena and bare runs. Prints a table with
// medians, the ratio Arena / bare and PASS/FAIL per budget, and writes it to tests/.output/bench.md.
// Exits 0 when it could measure (whatever the budgets say), 1 when it could not.
//
// Environment: BENCH_RUNS (runs per figure, default 5), BENCH_ONLY (comma list of load,drag,analysis,export,bundle,sync),
// BENCH_MAP_SIZES (partners for load and drag, default 50,200,500; keep 500: the budgets are at 500),
// BENCH_APP_ROOT (build the app from another checkout, default this one), BENCH_ARENA_CSS (extra CSS injected
// into every Arena page, to try a styling change without editing src/; the report says so). The sync group
// (sync.mjs) starts the sync server on 4191 with a relay on 4192 and its memory bench's server on 4193;
// BENCH_SYNC_SAMPLES (edits per latency figure, default 60), BENCH_SYNC_MEMORY=0 (skip the memory figure),
// BENCH_ROOMS (rooms of the memory figure, default 1000).
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { buildAll, serve } from './build.mjs';
import { foreignCpu } from './machine.mjs';
import { firstLoad, precache } from './sizes.mjs';
import { median, quantile, max } from './stats.mjs';
import { ARENA_CSS, ARENA_NODE, BARE_NODE, AFTER_UP_MS, DRAG_MS, dragOnce, measureExport, measureLoad, openMap, seedArena } from './browser.mjs';
import { CROWD, CROWD_MS, EXTRA_CLIENTS, LARGE_PARTNERS, LATENCY_PARTNERS, MERGE_EDITS, MOVER_MS, benchSync } from './sync.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APP_ROOT = resolve(process.env.BENCH_APP_ROOT ?? ROOT);
const OUT = join(ROOT, 'tests/.output/bench');
const REPORT = join(ROOT, 'tests/.output/bench.md');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const ONLY = new Set((process.env.BENCH_ONLY ?? 'load,drag,analysis,export,bundle,sync').split(',').map((s) => s.trim()));
const ARENA_PORT = 4180;
const BARE_PORT = 4181;
const MAP_SIZES = (process.env.BENCH_MAP_SIZES ?? '50,200,500').split(',').map(Number);
const ANALYSIS_SIZES = [100, 1000, 10000];
const EXPORT_SIZE = 200;
/** Code that only shared arenas need: it must not be in the first load. */
const SYNC_PARTS = ['yjs', 'y-protocols', 'y-dexie', 'lib0', '@hocuspocus/provider', '@hocuspocus/common', '@lifeomic/attempt', 'uqr', 'src/sync/'];
/** Share of a chunk's rendered bytes that is sync code. */
const syncShare = (chunk) => {
  const total = chunk.parts.reduce((sum, p) => sum + p.bytes, 0);
  return total ? chunk.parts.filter((p) => SYNC_PARTS.includes(p.part)).reduce((sum, p) => sum + p.bytes, 0) / total : 0;
};

const started = performance.now();
const others = foreignCpu();
const log = (msg) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

// ------------------------------------------------------------------------------------------- measuring

/** Each figure in a fresh Node process (analysis.mjs says why), one after the other. */
function benchAnalysis(libFile) {
  const out = {};
  for (const n of ANALYSIS_SIZES) {
    for (const kind of n >= 1000 ? ['after', 'first', 'order'] : ['after', 'first']) {
      const line = execFileSync(process.execPath, [join(ROOT, 'tests/bench/analysis.mjs'), libFile, kind, String(n)], { encoding: 'utf8' });
      out[kind === 'after' ? String(n) : `${kind} ${n}`] = JSON.parse(line.trim().split('\n').pop());
    }
  }
  return out;
}

async function benchLoad(context, urls, ids) {
  const out = {};
  for (const n of MAP_SIZES) {
    const arenaUrl = urls.arena(ids[n]);
    const bareUrl = urls.bare(n);
    await measureLoad(context, arenaUrl, ARENA_NODE, n); // warm-up: HTTP cache and code cache, as for a returning user
    await measureLoad(context, bareUrl, BARE_NODE, n);
    const runs = { arena: [], bare: [] };
    for (let i = 0; i < RUNS; i++) {
      runs.arena.push(await measureLoad(context, arenaUrl, ARENA_NODE, n));
      runs.bare.push(await measureLoad(context, bareUrl, BARE_NODE, n));
    }
    if (process.env.BENCH_LOAD_DETAIL) {
      // Every run's milestones and long tasks ([start, duration] ms since navigation), to see where a load's time went.
      for (const [name, list] of Object.entries(runs)) {
        for (const { ms, marks } of list) {
          const { longTasks, resources, ...rest } = marks;
          const at = Object.entries(rest).filter(([, v]) => Number.isFinite(v)).sort((a, b) => a[1] - b[1]);
          log(`${name} ${n} ${fmt(ms)}: ${at.map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}; long tasks ${JSON.stringify(longTasks)}; files ${JSON.stringify(resources)}`);
        }
      }
    }
    const arena = runs.arena.map((r) => r.ms);
    const bare = runs.bare.map((r) => r.ms);
    const phase = (list, key) => median(list.map((r) => r.marks[key]).filter(Number.isFinite));
    const phases = Object.fromEntries(
      ['domContentLoaded', 'dbOpenCalled', 'dbOpened', 'arenaRead', 'map', 'allNodes', 'visible', 'panels'].map((k) => [k, { arena: phase(runs.arena, k), bare: phase(runs.bare, k) }]),
    );
    out[n] = { arena, bare, phases };
    log(`load ${n}: Arena ${fmt(median(arena))} ms, bare ${fmt(median(bare))} ms`);
  }
  return out;
}

async function benchDrag(context, urls, ids) {
  const out = {};
  for (const n of MAP_SIZES) {
    const { page: arenaPage } = await openMap(context, urls.arena(ids[n]), ARENA_NODE, n);
    const { page: barePage } = await openMap(context, urls.bare(n), BARE_NODE, n);
    await new Promise((r) => setTimeout(r, 300));
    const runs = { arena: [], bare: [] };
    // One unmeasured drag each (JIT warm-up), then alternating measured runs.
    for (let i = -1; i < RUNS; i++) {
      await arenaPage.bringToFront();
      const a = await dragOnce(arenaPage, { selector: ARENA_NODE, run: i + 1, save: { arenaId: ids[n] } });
      await barePage.bringToFront();
      const b = await dragOnce(barePage, { selector: BARE_NODE, run: i + 1, save: null });
      if (i >= 0) {
        runs.arena.push(a);
        runs.bare.push(b);
      }
    }
    await arenaPage.close();
    await barePage.close();
    const summary = (list) => ({
      median: median(list.map((r) => median(r.during))),
      p95: median(list.map((r) => quantile(r.during, 0.95))),
      max: max(list.map((r) => max(r.during))),
      afterMax: max(list.map((r) => r.afterMax)),
      afterMaxMedian: median(list.map((r) => r.afterMax)),
      frames: median(list.map((r) => r.during.length)),
      moves: median(list.map((r) => r.moves)),
      save: list[0]?.saveMs === null ? null : median(list.map((r) => r.saveMs)),
      saveMax: list[0]?.saveMs === null ? null : max(list.map((r) => r.saveMs)),
    });
    out[n] = { arena: summary(runs.arena), bare: summary(runs.bare) };
    const s = out[n];
    log(
      `drag ${n}: p95 Arena ${fmt(s.arena.p95)} ms, bare ${fmt(s.bare.p95)} ms; save ${fmt(s.arena.save)} ms; ` +
        `max frame after mouse up ${fmt(s.arena.afterMax)} ms`,
    );
  }
  return out;
}

async function benchExport(context, urls, id) {
  const png = [];
  const json = [];
  const pngWarm = [];
  for (let i = 0; i < RUNS; i++) {
    const { page } = await openMap(context, urls.arena(id), ARENA_NODE, EXPORT_SIZE);
    const r = await measureExport(page);
    await page.close();
    png.push(r.png);
    json.push(r.json);
    pngWarm.push(r.pngWarm);
  }
  log(`export ${EXPORT_SIZE}: PNG 2x ${fmt(median(png))} ms, JSON ${fmt(median(json))} ms`);
  return { png, json, pngWarm };
}

// ---------------------------------------------------------------------------------------------- report

function fmt(v, digits) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  const d = digits ?? (Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2);
  return v.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });
}
const kB = (bytes) => fmt(bytes / 1000, 1);
const ratio = (a, b) => (a && b ? `${fmt(a / b, 2)}×` : '–');

function machine(browserVersion) {
  let cpu = 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  let revision = 'unknown';
  try {
    const git = (...args) => execFileSync('git', args, { cwd: APP_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    revision = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--', 'src') ? ' with uncommitted changes in src/' : '');
  } catch {
    // not a git checkout
  }
  return {
    cores: availableParallelism(),
    cpu,
    chromium: browserVersion,
    node: process.version,
    date: new Date().toISOString(),
    revision,
  };
}

function report(results, env) {
  const rows = [];
  const budgets = [];
  const row = (figure, size, arena, bare, r, budget = '', pass = null) => {
    const verdict = pass === null ? '' : pass ? 'PASS' : '**FAIL**';
    if (pass !== null) budgets.push({ figure: `${figure}${size ? ` (${size})` : ''}`, budget, pass });
    rows.push(`| ${figure} | ${size} | ${arena} | ${bare} | ${r} | ${budget} | ${verdict} |`);
  };
  const { load, drag, analysis, exp, bundle, sync } = results;
  if (load) {
    for (const n of MAP_SIZES) {
      const a = median(load[n].arena);
      const b = median(load[n].bare);
      row('load: navigation → map interactive (ms)', n, fmt(a), fmt(b), ratio(a, b), ...(n === 500 ? ['≤ 1.3 × bare', a <= 1.3 * b] : []));
    }
    // How much the ratio moves on this machine: Arena / bare of each alternating pair of loads.
    const pairs = load[500].arena.map((a, i) => a / load[500].bare[i]);
    row('load: Arena / bare of each alternating pair, middle half', 500, '', '', `${fmt(quantile(pairs, 0.25), 2)}–${fmt(quantile(pairs, 0.75), 2)}×`);
    const phases = [
      ['domContentLoaded', 'load phase: scripts run (DOMContentLoaded) (ms)'],
      ['dbOpenCalled', 'load phase: IndexedDB open asked (ms)'],
      ['dbOpened', 'load phase: IndexedDB open (ms)'],
      ['arenaRead', 'load phase: arena row read from IndexedDB (ms)'],
      ['map', 'load phase: map on screen (ms)'],
      ['allNodes', 'load phase: all nodes in the DOM (ms)'],
      ['visible', 'load phase: all nodes visible (ms)'],
      ['panels', 'load, after the map: partner list and analysis on screen (ms)'],
    ];
    for (const [key, label] of phases) {
      const p = load[500].phases[key];
      row(label, 500, fmt(p.arena), fmt(p.bare), ratio(p.arena, p.bare));
    }
  }
  if (drag) {
    for (const n of MAP_SIZES) {
      const s = drag[n];
      row('drag: frame median (ms)', n, fmt(s.arena.median), fmt(s.bare.median), ratio(s.arena.median, s.bare.median));
    }
    for (const n of MAP_SIZES) {
      const s = drag[n];
      row(
        'drag: frame p95 (ms)',
        n,
        fmt(s.arena.p95),
        fmt(s.bare.p95),
        ratio(s.arena.p95, s.bare.p95),
        ...(n === 500 ? ['≤ 1.3 × bare', s.arena.p95 <= 1.3 * s.bare.p95] : []),
      );
    }
    for (const n of MAP_SIZES) {
      const s = drag[n];
      row('drag: longest frame, all runs (ms)', n, fmt(s.arena.max), fmt(s.bare.max), ratio(s.arena.max, s.bare.max));
    }
    const s = drag[500];
    row('save: mouse up → in IndexedDB (ms)', 500, `${fmt(s.arena.save)} (max ${fmt(s.arena.saveMax)})`, '–', '–', '< 500 ms', s.arena.save < 500);
    row(
      `longest frame in ${AFTER_UP_MS} ms after mouse up, all runs (ms)`,
      500,
      `${fmt(s.arena.afterMax)} (median ${fmt(s.arena.afterMaxMedian)})`,
      `${fmt(s.bare.afterMax)} (median ${fmt(s.bare.afterMaxMedian)})`,
      ratio(s.arena.afterMax, s.bare.afterMax),
      '≤ 50 ms',
      s.arena.afterMax <= 50,
    );
  }
  if (analysis) {
    for (const n of ANALYSIS_SIZES) {
      const a = analysis[String(n)].median;
      row('analysis: analyse() after a change, in Node (ms)', n.toLocaleString('en-GB'), fmt(a, 3), '–', '–', ...(n === 1000 ? ['< 2 ms', a < 2] : []));
    }
    const g = analysis['10000'].median / analysis['1000'].median;
    row('analysis: growth 1,000 → 10,000 (after a change)', '', `${fmt(g, 1)}×`, '–', '–', '≤ 12×', g <= 12);
    const f1 = analysis['first 1000'].median;
    const f10 = analysis['first 10000'].median;
    row(
      'analysis: first analysis of an opened document (ms), 1,000 → 10,000',
      '',
      `${fmt(f1, 3)} → ${fmt(f10, 3)} (${fmt(f10 / f1, 1)}×)`,
      '–',
      '–',
    );
    const o1 = analysis['order 1000'].median;
    const o10 = analysis['order 10000'].median;
    row('analysis: of which listing the partners once (ms), 1,000 → 10,000', '', `${fmt(o1, 3)} → ${fmt(o10, 3)} (${fmt(o10 / o1, 1)}×)`, '–', '–');
  }
  if (exp) {
    const png = median(exp.png);
    const json = median(exp.json);
    row('export: PNG 2× via UI, first of the page (ms)', EXPORT_SIZE, fmt(png), '–', '–', '< 2 s', png < 2000);
    row('export: PNG 2× via UI, again (ms)', EXPORT_SIZE, fmt(median(exp.pngWarm)), '–', '–');
    row('export: JSON via UI (ms)', EXPORT_SIZE, fmt(json), '–', '–', '< 50 ms', json < 50);
  }
  if (bundle) {
    const a = bundle.arena;
    const b = bundle.bare;
    row('bundle: first-load JS + CSS, gzip (kB)', '', `${kB(a.total)} (JS ${kB(a.js)}, CSS ${kB(a.css)})`, `${kB(b.total)} (JS ${kB(b.js)}, CSS ${kB(b.css)})`, ratio(a.total, b.total), '< 220 kB', a.total < 220_000);
    row(`bundle: whole precache, ${bundle.precache.count} files, gzip (kB)`, '', `${kB(bundle.precache.gzip)} (raw ${kB(bundle.precache.raw)})`, '–', '–');
    const syncFirst = bundle.composition.filter((p) => SYNC_PARTS.includes(p.part));
    row(
      'bundle: sync code (Yjs, y-dexie, provider, QR code, src/sync/) in the first load',
      '',
      syncFirst.length ? syncFirst.map((p) => `${p.part} ${kB(p.bytes)} kB`).join(', ') : 'none',
      '–',
      '–',
      'none',
      syncFirst.length === 0,
    );
    // Chunks that are mostly sync code (the export chunk, for one, holds a little of src/sync/ and is not counted).
    const lazy = bundle.lazyChunks.filter((c) => syncShare(c) >= 0.5).sort((a, b) => b.gzip - a.gzip);
    const named = lazy.slice(0, 5).map((c) => `${c.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')} ${kB(c.gzip)}`);
    row(
      `bundle: chunks of sync code, loaded on first use, ${lazy.length} files, gzip (kB)`,
      '',
      `${kB(lazy.reduce((sum, c) => sum + c.gzip, 0))} (${named.join(', ')}${lazy.length > 5 ? ', …' : ''})`,
      '–',
      '–',
    );
  }
  if (sync) {
    const fetched = sync.localFetched;
    row('sync: chunks of sync code fetched when a local (not shared) arena opens', LATENCY_PARTNERS, fetched.length ? fetched.join(', ') : 'none', '–', '–', 'none', fetched.length === 0);
    const frames = (list) => list.map((s) => s.frame);
    for (const [label, list, budget] of [
      ['2 clients', frames(sync.latency.two), 100],
      [`${EXTRA_CLIENTS + 2} clients`, frames(sync.latency.thirty), 150],
    ]) {
      const p95 = quantile(list, 0.95);
      row(`sync: edit on one client → drawn on another's map, ${label}, p50 / p95 (ms)`, LATENCY_PARTNERS, `${fmt(median(list))} / ${fmt(p95)}`, '–', '–', `p95 ≤ ${budget} ms`, p95 <= budget);
    }
    const merge = sync.mergeNode.map((r) => r.mergeMs);
    row(
      `sync: merge of two offline replicas, ${MERGE_EDITS} edits each, in Node (ms)`,
      LARGE_PARTNERS,
      `${fmt(median(merge))} (max ${fmt(max(merge))}; then reading it ${fmt(median(sync.mergeNode.map((r) => r.readMs)))})`,
      '–',
      '–',
      '≤ 100 ms',
      median(merge) <= 100,
    );
    const shown = sync.mergeBrowser.map((r) => r.shown);
    const resync = sync.mergeBrowser.map((r) => r.resync);
    row(`sync: offline page, ${MERGE_EDITS} edits elsewhere: merge received → map shows all (ms)`, LARGE_PARTNERS, `${fmt(median(shown))} (max ${fmt(max(shown))})`, '–', '–', '≤ 500 ms', median(shown) <= 500);
    row(`sync: the same, network back → map shows all (resync) (ms)`, LARGE_PARTNERS, `${fmt(median(resync))} (max ${fmt(max(resync))})`, '–', '–', '≤ 2 s', median(resync) <= 2000);
    const d = sync.drag;
    row(`sync: drag frame median, shared arena, a partner moved elsewhere every ${MOVER_MS} ms (ms)`, LARGE_PARTNERS, fmt(d.arena.median), fmt(d.bare.median), ratio(d.arena.median, d.bare.median));
    row(`sync: drag frame p95, shared arena, a partner moved elsewhere every ${MOVER_MS} ms (ms)`, LARGE_PARTNERS, fmt(d.arena.p95), fmt(d.bare.p95), ratio(d.arena.p95, d.bare.p95), '≤ 1.3 × bare', d.arena.p95 <= 1.3 * d.bare.p95);
    row('sync: drag longest frame, shared arena, all runs (ms)', LARGE_PARTNERS, fmt(d.arena.max), fmt(d.bare.max), ratio(d.arena.max, d.bare.max));
    const c = d.crowd;
    if (c) {
      const crowdLabel = `${CROWD} participants joining and adding a partner each within ${CROWD_MS / 1000} s`;
      row(`sync: drag frame p95, shared arena, ${crowdLabel} (ms)`, LARGE_PARTNERS, fmt(c.arena.p95), fmt(c.bare.p95), ratio(c.arena.p95, c.bare.p95), '≤ 1.3 × bare', c.arena.p95 <= 1.3 * c.bare.p95);
      const all = c.rounds.every((r) => r.seen && r.shown === CROWD && r.refused === 0);
      const lastAdd = max(c.rounds.map((r) => r.lastAdd));
      row(
        `sync: the same, the participants' partners on the projector's map, each once, ${c.rounds.length} rounds`,
        LARGE_PARTNERS,
        `${c.rounds.map((r) => r.shown).join(', ')} of ${CROWD} (last add at ${fmt(lastAdd / 1000)} s; ${c.rounds.reduce((n, r) => n + r.refused, 0)} refused)`,
        '–',
        '–',
        `all ${CROWD}, within ${CROWD_MS / 1000} s`,
        all && lastAdd <= CROWD_MS,
      );
    }
    const m = sync.memory;
    if (m) {
      row(
        `sync server: resident memory, ${m.rooms.toLocaleString('en-GB')} rooms, one editing client each (MB)`,
        m.partners,
        `${fmt(m.loadedMb)} loaded, ${fmt(m.editedMb)} after one edit in each (${fmt(m.emptyMb)} with none; ${fmt(((m.editedMb - m.emptyMb) * 1024) / m.rooms)} kB a room)`,
        '–',
        '–',
      );
    }
  }
  const extra = [];
  if (bundle?.composition?.length) {
    const total = bundle.composition.reduce((s, p) => s + p.bytes, 0);
    const top = bundle.composition.slice(0, 10).map((p) => `${p.part} ${Math.round((100 * p.bytes) / total)} %`);
    extra.push(`First-load JS by source (share of its unminified size): ${top.join(', ')}.`);
  }
  if (bundle?.precache?.listedTwice) {
    extra.push(`The precache manifest lists ${bundle.precache.listedTwice} file(s) twice (counted once above).`);
  }

  const m = env.machine;
  const lines = [
    `Arena (${m.revision}) against bare React Flow (@xyflow/react ${env.xyflow}), ${m.date.slice(0, 10)}; ${RUNS} runs per figure, alternating, medians.`,
    `Machine: ${m.cores} cores, ${m.cpu}; Chromium ${m.chromium} (headless, system); Node ${m.node}.`,
    ...(APP_ROOT !== resolve(ROOT) ? ['', `**App built from ${APP_ROOT}, not this checkout.**`] : []),
    ...(ARENA_CSS ? ['', `**Extra CSS injected into Arena pages (BENCH_ARENA_CSS):** \`${ARENA_CSS}\``] : []),
    '',
    '| figure | partners | Arena | bare React Flow | Arena / bare | budget | |',
    '|---|--:|--:|--:|--:|---|---|',
    ...rows,
    '',
  ];
  const busy = (results.others ?? []).filter((x) => x.cores >= 0.15);
  if (busy.length) {
    extra.push(
      `**Other processes used CPU while the bench measured** (average cores busy: ${busy.map((x) => `${x.name} ${fmt(x.cores, 2)}`).join(', ')}` +
        ` of ${env.machine.cores}): those figures are slower and noisier than on an idle machine; run again when it is idle.`,
    );
  }
  if (extra.length) lines.push(...extra, '');
  const failed = budgets.filter((b) => !b.pass);
  lines.push(
    failed.length === 0
      ? `All ${budgets.length} budgets pass.`
      : `${budgets.length - failed.length} of ${budgets.length} budgets pass; failing: ${failed.map((f) => `${f.figure} ${f.budget}`).join('; ')}.`,
  );
  return { markdown: lines.join('\n') + '\n', failed };
}

// ------------------------------------------------------------------------------------------------ main

async function main() {
  mkdirSync(OUT, { recursive: true });
  log(`building (app from ${APP_ROOT})`);
  const built = await buildAll({ root: ROOT, appRoot: APP_ROOT, out: OUT });
  log(`built: ${Object.entries(built.seconds).map(([k, s]) => `${k} ${s.toFixed(1)} s`).join(', ')}`);
  const lib = await import(pathToFileURL(built.libFile).href);
  const results = {};

  if (ONLY.has('analysis')) {
    others.section('analysis');
    log('analysis in Node (tinybench)');
    results.analysis = benchAnalysis(built.libFile);
    log(`analysis: ${ANALYSIS_SIZES.map((n) => `${n} → ${fmt(results.analysis[String(n)].median, 3)} ms`).join(', ')}`);
  }
  others.pause();
  if (ONLY.has('bundle')) {
    results.bundle = {
      arena: firstLoad(built.appDir),
      bare: firstLoad(built.bareDir),
      precache: precache(built.appDir),
      composition: built.composition,
      lazyChunks: built.lazyChunks,
    };
  }

  const needsBrowser = ['load', 'drag', 'export', 'sync'].some((k) => ONLY.has(k));
  let browserVersion = '–';
  if (needsBrowser) {
    const executablePath = lib.chromiumPath();
    if (!executablePath) throw new Error('no Chromium found (set CHROMIUM_PATH); the bench downloads none');
    const servers = [];
    let browser;
    try {
      servers.push(await serve(APP_ROOT, built.appDir, ARENA_PORT, { useConfig: true }));
      servers.push(await serve(join(ROOT, 'tests/bench/bare'), built.bareDir, BARE_PORT, { useConfig: false }));
      browser = await chromium.launch({ executablePath, args: lib.CHROMIUM_ARGS, headless: true });
      browserVersion = browser.version();
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        locale: 'en-US',
        serviceWorkers: 'block',
        acceptDownloads: true,
      });
      const arenaBase = `http://127.0.0.1:${ARENA_PORT}`;
      const bareBase = `http://127.0.0.1:${BARE_PORT}`;
      const urls = { arena: (id) => `${arenaBase}/#/arena/${encodeURIComponent(id)}`, bare: (n) => `${bareBase}/?n=${n}` };

      const ids = {};
      if (['load', 'drag', 'export'].some((k) => ONLY.has(k))) {
        log('seeding arenas through the home screen import');
        for (const n of MAP_SIZES) ids[n] = await seedArena(context, arenaBase, n, lib.benchArenaFile(n));
      }

      if (ONLY.has('load')) {
        others.section('load');
        results.load = await benchLoad(context, urls, ids);
      }
      if (ONLY.has('drag')) {
        others.section('drag');
        results.drag = await benchDrag(context, urls, ids);
      }
      if (ONLY.has('export')) {
        others.section('export');
        results.exp = await benchExport(context, urls, ids[EXPORT_SIZE]);
      }
      others.pause();
      if (ONLY.has('sync')) {
        log('sync: a sync server on 127.0.0.1, shared arenas in Chromium and Node clients');
        const syncChunks = built.lazyChunks.filter((c) => syncShare(c) >= 0.5).map((c) => c.file);
        results.sync = await benchSync({ root: ROOT, lib, browser, appDir: built.appDir, bareUrl: urls.bare(LARGE_PARTNERS), syncChunks, runs: RUNS, log, others });
      }
      await context.close();
    } finally {
      await browser?.close();
      for (const s of servers) await s.close();
    }
  }

  results.others = others.done();
  if (process.env.BENCH_SYNC_DRAG_ONLY === '1') return log('BENCH_SYNC_DRAG_ONLY: the drag figures are above; no report written');
  const xyflow = JSON.parse(readFileSync(join(ROOT, 'node_modules/@xyflow/react/package.json'), 'utf8')).version;
  const { markdown, failed } = report(results, { machine: machine(browserVersion), xyflow });
  if (results.others) log(`other processes' CPU use (cores): ${results.others.map((x) => `${x.name} ${fmt(x.cores, 2)}`).join(', ')}`);
  const notes = [
    '',
    'How: `npm run bench` (tests/bench/). Load is a fresh tab per run (after one warm-up), timed in the page from',
    'navigation start to the first animation frame with all N nodes rendered and measured. Drag is a mouse',
    `drag of one node across the map and back for ${DRAG_MS / 1000} s (one mouse move per frame at most, as Chromium`,
    'delivers them); frame times are requestAnimationFrame deltas from mouse down to mouse up; service workers blocked.',
    'Save is polled by a worker reading the arena row in a tight loop. Analysis uses tinybench in Node.',
    'Export is timed in the page from the button click to the download. Bundle sizes are gzip (zlib default level).',
    'Sync: the sync server (src/server/main.ts, content check on) on 127.0.0.1 serves the app; the page reaches it',
    'through a TCP relay that the bench cuts to take it offline; edits come from Node Hocuspocus clients made the way',
    "the app edits; an edit is timed from just before it is made (Date.now() in Node) to the observer page's first",
    'animation frame after its node moved in the DOM (Date.now() in the page; one machine, one clock).',
    `The crowd drag: each round, ${CROWD} Node clients on the room's participant link join at random moments and`,
    'each add one partner (as a participant in mode add writes it) while the projector page drags, alternating with bare.',
  ];
  writeFileSync(REPORT, `# Arena bench\n\n${markdown}${notes.join('\n')}\n`);
  console.log('\n' + markdown);
  log(`wrote ${REPORT}`);
  if (failed.length > 0) log(`${failed.length} budget(s) fail (reported, not an error)`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\nbench: could not measure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
