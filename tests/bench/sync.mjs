// The bench's sync group (BENCH_ONLY=sync): shared arenas against a real sync server on 127.0.0.1.
//
// The server is src/server/main.ts in a child process (with its content check, as `npm start` runs it),
// serving the built app on SYNC_PORT. The browser reaches it through a TCP relay on PROXY_PORT that can cut
// the network (Playwright's context.setOffline does not close an open WebSocket, so it alone cannot take a
// page offline); Node clients (the Hocuspocus provider, store-like edits from lib.js) connect directly.
// Times that cross from Node to the page are Date.now() on both sides: one machine, one clock.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARENA_NODE, BARE_NODE, dragOnce, openMap, seedArena } from './browser.mjs';
import { median, quantile, max } from './stats.mjs';

// Not 4190: it is on the Fetch standard's list of bad ports (ManageSieve), which fetch() and browsers refuse.
export const SYNC_PORT = 4191;
export const PROXY_PORT = 4192;
export const MEMORY_PORT = 4193;
/** Partners of the arena edited while the latency is measured (a workshop's map). */
export const LATENCY_PARTNERS = 50;
/** Clients besides the observer page and the editing client in the "30 clients" figure. */
export const EXTRA_CLIENTS = 28;
/** Partners of the arena for the offline merge and the drag. */
export const LARGE_PARTNERS = 500;
/** Edits made while the observer is offline. */
export const MERGE_EDITS = 100;
/** How often the other client moves a partner during the drag (ms). */
export const MOVER_MS = 200;
/** Participants (Node clients on the room's participant link) joining and adding one partner each in the crowd drag. */
export const CROWD = 30;
/** The crowd joins and adds within this window (ms): each joins at a random moment, adds 0–1.5 s after its sync. */
export const CROWD_MS = 10_000;
const CROWD_JOIN_MS = 7000;
const CROWD_RINGS = ['core', 'complementary', 'context', 'outside'];
const FIRST_NAMES = ['Anna', 'Bram', 'Chloé', 'Dries', 'Elif', 'Femke', 'Gert', 'Hanne', 'Ilias', 'Jana'];
const LATENCY_SAMPLES = Math.max(10, Number(process.env.BENCH_SYNC_SAMPLES ?? 60));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fmt = (v) => (Number.isFinite(v) ? v.toFixed(1) : String(v));

async function until(condition, timeoutMs, what) {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}

// --------------------------------------------------------------------------------------- server, relay

/** `node --import tsx src/server/main.ts` (as `npm start`, with the content check) on 127.0.0.1:`port`. */
export async function startServer(root, { port, staticDir, env = {} }) {
  const data = mkdtempSync(join(tmpdir(), 'arena-bench-sync-'));
  const args = ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--data', data];
  if (staticDir) args.push('--static', staticDir);
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-20_000));
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8').on('data', keep);
  const exited = new Promise((done) => child.on('exit', (code) => done(code)));
  await new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`sync server did not start:\n${output}`)), 30_000);
    const look = () => {
      if (!output.includes('Arena sync server on')) return;
      clearTimeout(timer);
      child.stdout.off('data', look);
      done();
    };
    child.stdout.on('data', look);
    void exited.then((code) => fail(new Error(`sync server exited (${code}) before it started:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(data, { recursive: true, force: true });
    },
  };
}

/** A TCP relay 127.0.0.1:`port` → `target` that can cut every connection and refuse new ones (the network gone). */
async function startRelay(port, target) {
  const pairs = new Set();
  let cut = false;
  const server = createServer((client) => {
    if (cut) return client.destroy();
    const upstream = tcpConnect(target, '127.0.0.1');
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const pair = [client, upstream];
    pairs.add(pair);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    for (const s of pair) s.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', done));
  return {
    cut() {
      cut = true;
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      pairs.clear();
    },
    restore() {
      cut = false;
    },
    close: () =>
      new Promise((done) => {
        for (const [a, b] of pairs) {
          a.destroy();
          b.destroy();
        }
        server.close(done);
      }),
  };
}

async function createRoom(url, room, edit, view) {
  const response = await fetch(`${url}/api/rooms/${room}`, { method: 'PUT', body: JSON.stringify({ edit, view }) });
  if (response.status !== 201) throw new Error(`PUT room ${room}: ${response.status}`);
}

/** A room holding benchArena(n, seed), shared by a Node client that stays connected and edits (the "other device"). */
export async function sharedRoom(lib, url, room, n, seed) {
  await createRoom(url, room, `${room}-edit`, `${room}-view`);
  const client = lib.providerClient(url, room, `${room}-edit`, lib.sharedBenchDoc(n, seed));
  await until(() => client.settled(), 20_000, `room ${room} to be seeded`);
  const editor = lib.editorOf(client.doc);
  return { room, edit: `${room}-edit`, view: `${room}-view`, client, editor };
}

/** Opens the room's edit link in a new page (joins: stores the arena, opens it), waits for every node and "Synced". */
export async function joinInPage(context, base, shared, n) {
  const page = await context.newPage();
  await page.addInitScript(socketProbe);
  await page.goto(`${base}/#/join/${shared.room}?edit=${shared.edit}&view=${shared.view}`);
  await page.waitForURL(/#\/arena\//, { timeout: 60_000 });
  await page.waitForFunction(({ selector, n }) => document.querySelectorAll(selector).length === n, { selector: ARENA_NODE, n }, { timeout: 60_000 });
  await status(page, 'Synced');
  const arenaId = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/arena\//, '').split('?')[0]);
  return { page, arenaId };
}

function status(page, text, timeout = 30_000) {
  return page.getByRole('status').filter({ hasText: text }).first().waitFor({ timeout });
}

// ------------------------------------------------------------------------------------------ in the page

/** Installed before any page script: the time and size of every WebSocket message the page receives. */
function socketProbe() {
  const Native = window.WebSocket;
  const received = (window.__wsIn = []);
  window.WebSocket = class ProbedWebSocket extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => received.push([Date.now(), e.data?.byteLength ?? e.data?.length ?? e.data?.size ?? 0]));
    }
  };
}

/**
 * Watches the nodes `ids` until each one's transform has moved by (dx, dy) from now (a partner's position
 * change moves its node by the same amount in flow units). Records for each the time the DOM showed it and
 * the start of the next animation frame, the one that draws it; `window.__watch` says when all are seen.
 */
function armWatch({ ids, dx, dy }) {
  const parse = (t) => {
    const m = /translate\(\s*(-?[\d.e+-]+)px,\s*(-?[\d.e+-]+)px\s*\)/.exec(t ?? '');
    return m ? { x: Number(m[1]), y: Number(m[2]) } : null;
  };
  const nodeOf = (id) => document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const want = new Map();
  for (const id of ids) {
    const start = parse(nodeOf(id)?.style.transform);
    if (!start) throw new Error(`node ${id} is not on the map`);
    want.set(id, { x: start.x + dx, y: start.y + dy });
  }
  const watch = (window.__watch = { pending: want.size, dom: 0, frame: 0, done: false });
  const check = (el) => {
    const id = el?.dataset?.id;
    const target = id === undefined ? undefined : want.get(id);
    if (!target) return;
    const now = parse(el.style.transform);
    if (!now || Math.abs(now.x - target.x) > 0.5 || Math.abs(now.y - target.y) > 0.5) return;
    want.delete(id);
    watch.pending = want.size;
    if (want.size > 0) return;
    observer.disconnect();
    watch.dom = Date.now();
    requestAnimationFrame(() => {
      watch.frame = Date.now();
      watch.done = true;
    });
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') check(r.target);
      else for (const n of r.addedNodes) if (n.nodeType === 1) check(n.closest?.('.react-flow__node') ?? n);
    }
  });
  observer.observe(document.querySelector('.react-flow__nodes') ?? document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['style'],
  });
}

async function watched(page, timeout = 30_000) {
  await page.waitForFunction(() => window.__watch?.done, null, { timeout, polling: 20 });
  return page.evaluate(() => window.__watch);
}

// ------------------------------------------------------------------------------------------- measuring

/** Moves each probe partner from Node and times until the observer page draws it there. */
async function sampleLatency(page, editor, probes, samples, random) {
  const out = [];
  for (let i = 0; i < samples; i++) {
    const id = probes[i % probes.length];
    const sign = Math.floor(i / probes.length) % 2 === 0 ? 1 : -1;
    const [dx, dy] = [30 * sign, 20 * sign];
    const at = editor.arena().partners[id].position;
    await page.evaluate(armWatch, { ids: [id], dx, dy });
    const sent = Date.now();
    editor.move(id, { x: at.x + dx, y: at.y + dy });
    const seen = await watched(page, 10_000);
    out.push({ dom: seen.dom - sent, frame: seen.frame - sent });
    // Not in step with the frames.
    await sleep(150 + random() * 200);
  }
  return out;
}

/** `ids.length` Node clients in the room, each moving its own partner about once a second. */
async function busyClients(lib, url, shared, ids, random) {
  const clients = ids.map(() => lib.providerClient(url, shared.room, shared.edit));
  await until(() => clients.every((c) => c.settled() && c.doc.getMap('partners').size > 0), 30_000, 'the extra clients to sync');
  let running = true;
  let moves = 0;
  const loops = clients.map(async (client, i) => {
    const editor = lib.editorOf(client.doc);
    const id = ids[i];
    const home = editor.arena().partners[id].position;
    await sleep(random() * 1000);
    while (running) {
      editor.move(id, { x: home.x + Math.round(random() * 60 - 30), y: home.y + Math.round(random() * 60 - 30) });
      moves++;
      await sleep(500 + random() * 1000);
    }
    editor.dispose();
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      await until(() => clients.every((c) => c.settled()), 10_000, 'the extra clients to settle');
      for (const c of clients) c.destroy();
      return moves;
    },
  };
}

/** Counts the observer page's node moves of `ids` (their transform changing) from now on. */
function countMoves(ids) {
  const watched = new Set(ids);
  window.__moved = 0;
  new MutationObserver((records) => {
    for (const r of records) if (watched.has(r.target.dataset?.id)) window.__moved++;
  }).observe(document.querySelector('.react-flow__nodes'), { subtree: true, attributes: true, attributeFilter: ['style'] });
}

/** The page's Date.now() lies between two of this process's: the times compared below are on one clock. */
async function sameClock(page) {
  for (let i = 0; i < 5; i++) {
    const before = Date.now();
    const inPage = await page.evaluate(() => Date.now());
    const after = Date.now();
    if (inPage < before - 1 || inPage > after + 1) throw new Error(`the page's clock differs: ${before} ≤ ${inPage} ≤ ${after} does not hold`);
  }
}

async function benchLatency({ lib, context, base, url, syncChunks, log }) {
  const random = lib.prng(7);
  const shared = await sharedRoom(lib, url, 'latency', LATENCY_PARTNERS, 11);
  const { page } = await joinInPage(context, base, shared, LATENCY_PARTNERS);
  await sameClock(page);
  // The other side of syncCodeOfLocalArena: a shared arena does fetch them, so that check can see them.
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname.replace(/^\//, '')));
  if (!fetched.some((file) => syncChunks.includes(file))) throw new Error(`a shared arena fetched none of the sync chunks (${syncChunks.join(', ')})`);
  const ids = Object.keys(shared.editor.arena().partners).sort();
  const busyIds = ids.slice(0, EXTRA_CLIENTS);
  const probes = ids.slice(EXTRA_CLIENTS);
  await sampleLatency(page, shared.editor, probes, 5, random); // warm-up
  const two = await sampleLatency(page, shared.editor, probes, LATENCY_SAMPLES, random);
  const say = (label, list) =>
    log(
      `sync latency, ${label}: p50 ${median(list.map((s) => s.frame))} ms, p95 ${fmt(quantile(list.map((s) => s.frame), 0.95))} ms ` +
        `(in the DOM: p50 ${median(list.map((s) => s.dom))} ms, p95 ${fmt(quantile(list.map((s) => s.dom), 0.95))} ms)`,
    );
  say('2 clients', two);
  const busy = await busyClients(lib, url, shared, busyIds, random);
  await sleep(2000);
  await page.evaluate(countMoves, busyIds);
  const thirty = await sampleLatency(page, shared.editor, probes, LATENCY_SAMPLES, random);
  const drawn = await page.evaluate(() => window.__moved);
  const busyMoves = await busy.stop();
  say(`${EXTRA_CLIENTS + 2} clients`, thirty);
  log(`  meanwhile the ${EXTRA_CLIENTS} other clients moved their partners ${busyMoves} times; the page drew ${drawn} of those moves`);
  if (drawn < busyMoves / 2) throw new Error(`the observer drew only ${drawn} of the other clients' ${busyMoves} moves`);
  await page.close();
  shared.editor.dispose();
  shared.client.destroy();
  return { two, thirty };
}

/** The merge of two offline replicas in Node: each figure in this process, after one unmeasured round. */
function benchMergeNode(lib, runs) {
  lib.mergeOffline(LARGE_PARTNERS, MERGE_EDITS, 99);
  const out = [];
  for (let i = 0; i < Math.max(runs, 5); i++) out.push(lib.mergeOffline(LARGE_PARTNERS, MERGE_EDITS, i + 1));
  return out;
}

/**
 * The observer page goes offline (relay cut and context offline), the other client makes MERGE_EDITS moves,
 * the network comes back: time until the map shows the last of them, from the network's return (resync)
 * and from the arrival of the server's first large message after it (the merge reaching the page).
 */
async function benchMergeBrowser({ context, relay, shared, page, runs, log }) {
  const ids = Object.keys(shared.editor.arena().partners).sort().filter((_, i) => i % 5 === 0).slice(0, MERGE_EDITS);
  const out = [];
  for (let run = 0; run < runs; run++) {
    const sign = run % 2 === 0 ? 1 : -1;
    const [dx, dy] = [25 * sign, 15 * sign];
    relay.cut();
    await context.setOffline(true);
    await status(page, 'Offline');
    await page.evaluate(armWatch, { ids, dx, dy });
    for (const id of ids) {
      const at = shared.editor.arena().partners[id].position;
      shared.editor.move(id, { x: at.x + dx, y: at.y + dy });
      await sleep(20);
    }
    await until(() => shared.client.settled(), 10_000, 'the edits to reach the server');
    await sleep(500);
    const before = await page.evaluate(() => window.__wsIn.length);
    if ((await page.evaluate(() => window.__watch.pending)) !== ids.length) throw new Error('the offline page received edits');
    const back = Date.now();
    relay.restore();
    await context.setOffline(false);
    const seen = await watched(page, 30_000);
    const messages = await page.evaluate((from) => window.__wsIn.slice(from), before);
    const merge = messages.find(([, bytes]) => bytes >= 1000);
    out.push({ resync: seen.frame - back, shown: merge ? seen.frame - merge[0] : NaN, bytes: merge?.[1] ?? 0 });
    await status(page, 'Synced');
    await sleep(500);
  }
  log(
    `sync merge in the browser: resync ${median(out.map((r) => r.resync))} ms, merge received → shown ${median(out.map((r) => r.shown))} ms ` +
      `(merge message ${out.map((r) => r.bytes).join(', ')} bytes)`,
  );
  return out;
}

/**
 * A live workshop's rush: CROWD participants on the room's participant link (`<secret>.<participant id>`),
 * each joining at a random moment of the first CROWD_JOIN_MS and, once synced, adding one partner on a ring
 * (participantAdd: as a participant's app in mode *add* writes it). `done` resolves with their partners' ids,
 * when the last add was made (ms from the start) and the close codes the server sent them.
 */
export function startCrowd(lib, url, room, secret, round, random) {
  const start = Date.now();
  const clients = [];
  const adds = Array.from({ length: CROWD }, async (_, i) => {
    await sleep(random() * CROWD_JOIN_MS);
    const id = `bench-r${round}-phone-${String(i).padStart(2, '0')}`;
    const client = lib.providerClient(url, room, `${secret}.${id}`);
    clients.push(client);
    await until(() => client.settled(), 30_000, `participant ${id} to sync`);
    await sleep(random() * 1500);
    const name = FIRST_NAMES[i % FIRST_NAMES.length];
    const partner = lib.participantAdd(client.doc, { id, name }, `Crowd ${round}.${i} (${name})`, CROWD_RINGS[i % CROWD_RINGS.length], random);
    return { partner, at: Date.now() - start };
  });
  return {
    done: Promise.all(adds).then(async (added) => {
      await until(() => clients.every((c) => c.settled() || c.closes.length > 0), 30_000, 'the participants to settle');
      const refused = clients.flatMap((c) => c.closes);
      for (const c of clients) c.destroy();
      return { ids: added.map((a) => a.partner), lastAdd: max(added.map((a) => a.at)), refused };
    }),
  };
}

/**
 * The projector during a rush: `runs` rounds, each a new crowd of CROWD participants joining and adding one
 * partner each within CROWD_MS while the projector's page drags, alternating with bare React Flow, until the
 * crowd is done (at least one pair of drags). Then how many of the crowd's partners the projector's map shows.
 */
export async function openWorkshop(url, shared) {
  const join = `${shared.room}-join`;
  const opened = await fetch(`${url}/api/rooms/${shared.room}/workshop`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${shared.edit}` },
    body: JSON.stringify({ participant: join, mode: 'add' }),
  });
  if (opened.status !== 200) throw new Error(`opening the workshop: ${opened.status}`);
  return join;
}

async function crowdDrags({ lib, url, shared, arenaPage, barePage, runs, log }) {
  const join = await openWorkshop(url, shared);
  const random = lib.prng(15);
  const drags = { arena: [], bare: [] };
  const rounds = [];
  let partners = await arenaPage.evaluate((selector) => document.querySelectorAll(selector).length, ARENA_NODE);
  for (let round = 0; round < runs; round++) {
    const crowd = startCrowd(lib, url, shared.room, join, round, random);
    let finished = null;
    void crowd.done.then(
      (r) => (finished = r),
      (e) => (finished = { error: e }),
    );
    let i = 0;
    do {
      await arenaPage.bringToFront();
      drags.arena.push(await dragOnce(arenaPage, { selector: ARENA_NODE, run: i, save: null }));
      await barePage.bringToFront();
      drags.bare.push(await dragOnce(barePage, { selector: BARE_NODE, run: i, save: null }));
      i++;
    } while (finished === null);
    if (finished.error) throw finished.error;
    partners += CROWD;
    const { ids, lastAdd, refused } = finished;
    const seen = await arenaPage
      .waitForFunction(
        ({ selector, ids, n }) => document.querySelectorAll(selector).length === n && ids.every((id) => document.querySelectorAll(`${selector}[data-id="${CSS.escape(id)}"]`).length === 1),
        { selector: ARENA_NODE, ids, n: partners },
        { timeout: 10_000 },
      )
      .then(() => true, () => false);
    const shown = await arenaPage.evaluate(({ selector, ids }) => ids.filter((id) => document.querySelector(`${selector}[data-id="${CSS.escape(id)}"]`)).length, { selector: ARENA_NODE, ids });
    const nodes = await arenaPage.evaluate((selector) => document.querySelectorAll(selector).length, ARENA_NODE);
    rounds.push({ shown, nodes, expected: partners, seen, lastAdd, refused: refused.length, drags: i });
    log(`  crowd round ${round + 1}: last add at ${(lastAdd / 1000).toFixed(1)} s, ${shown} of ${CROWD} on the projector's map (${nodes} nodes of ${partners}), ${refused.length} refused, ${i} drag pairs meanwhile`);
  }
  return { drags, rounds };
}

/** Drag frames on the shared 500-partner arena while the other client moves a partner every MOVER_MS, against bare. */
async function benchSharedDrag({ lib, url, context, base, bareUrl, shared, arenaId, runs, log }) {
  const partners = shared.editor.arena().partners;
  // The partner farthest right: the drag picks one left of the centre.
  const moved = Object.values(partners).sort((a, b) => b.position.x - a.position.x)[0];
  const { page: arenaPage } = await openMap(context, `${base}/#/arena/${encodeURIComponent(arenaId)}`, ARENA_NODE, LARGE_PARTNERS);
  await status(arenaPage, 'Synced');
  const { page: barePage } = await openMap(context, bareUrl, BARE_NODE, LARGE_PARTNERS);
  // How many of the other client's moves the page drew (the node's transform changing).
  await arenaPage.evaluate((id) => {
    const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    let last = node.style.transform;
    window.__remoteDrawn = 0;
    new MutationObserver(() => {
      if (node.style.transform !== last) [last, window.__remoteDrawn] = [node.style.transform, window.__remoteDrawn + 1];
    }).observe(node, { attributes: true, attributeFilter: ['style'] });
  }, moved.id);
  let moves = 0;
  const timer = setInterval(() => {
    moves++;
    const dx = moves % 2 === 0 ? 0 : 40;
    shared.editor.move(moved.id, { x: moved.position.x + dx, y: moved.position.y });
  }, MOVER_MS);
  const runsOf = { arena: [], bare: [] };
  try {
    await sleep(300);
    for (let i = -1; i < runs; i++) {
      await arenaPage.bringToFront();
      const a = await dragOnce(arenaPage, { selector: ARENA_NODE, run: i + 1, save: null });
      await barePage.bringToFront();
      const b = await dragOnce(barePage, { selector: BARE_NODE, run: i + 1, save: null });
      if (i >= 0) {
        runsOf.arena.push(a);
        runsOf.bare.push(b);
      }
    }
  } finally {
    clearInterval(timer);
  }
  const drawn = await arenaPage.evaluate(() => window.__remoteDrawn);
  const summary = (list) => ({
    median: median(list.map((r) => median(r.during))),
    p95: median(list.map((r) => quantile(r.during, 0.95))),
    max: max(list.map((r) => max(r.during))),
  });
  const out = { arena: summary(runsOf.arena), bare: summary(runsOf.bare), moves, drawn };
  // A drag whose press came after the map had moved (the header re-wrapped above it) grabbed another node.
  const shifted = (list) => list.filter((r) => r.shift !== 0).map((r) => `${r.shift.toFixed(0)} px`);
  log(
    `sync drag 500: p95 shared Arena ${out.arena.p95} ms, bare ${out.bare.p95} ms (${moves} moves by the other client, ${drawn} drawn; ` +
      `map moved between pick and press: ${shifted(runsOf.arena).join(', ') || 'never'})`,
  );
  if (drawn < moves / 2) throw new Error(`the shared page drew only ${drawn} of the other client's ${moves} moves`);
  const crowd = await crowdDrags({ lib, url, shared, arenaPage, barePage, runs, log });
  out.crowd = { arena: summary(crowd.drags.arena), bare: summary(crowd.drags.bare), rounds: crowd.rounds };
  log(
    `sync drag 500 + ${CROWD} participants adding: p95 shared Arena ${out.crowd.arena.p95} ms, bare ${out.crowd.bare.p95} ms ` +
      `(map moved between pick and press: ${shifted(crowd.drags.arena).join(', ') || 'never'})`,
  );
  await arenaPage.close();
  await barePage.close();
  return out;
}

/**
 * A local arena (imported, never shared) opened in a fresh tab: which of the sync code's chunks the page
 * fetched (none should be: they load when an arena is shared or joined).
 */
async function syncCodeOfLocalArena({ lib, context, base, syncChunks }) {
  const id = await seedArena(context, base, LATENCY_PARTNERS, lib.benchArenaFile(LATENCY_PARTNERS));
  const { page } = await openMap(context, `${base}/#/arena/${encodeURIComponent(id)}`, ARENA_NODE, LATENCY_PARTNERS);
  await page.waitForFunction(() => window.__benchMarks.panels !== undefined, null, { timeout: 30_000 });
  await sleep(1000);
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname.replace(/^\//, '')));
  await page.close();
  return fetched.filter((file) => syncChunks.includes(file));
}

/** tests/bench/syncServerMemory.ts in a process of its own; its last line is JSON. */
function benchMemory(root, log) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'tests/bench/syncServerMemory.ts'],
      { cwd: root, env: { ...process.env, BENCH_JSON: '1', BENCH_SYNC_PORT: String(MEMORY_PORT) }, maxBuffer: 10_000_000, timeout: 600_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`syncServerMemory: ${error.message}\n${stderr}`));
        const lines = stdout.trim().split('\n');
        for (const line of lines.slice(0, -1)) log(`memory: ${line}`);
        resolve(JSON.parse(lines.at(-1)));
      },
    );
  });
}

/**
 * Every sync figure. `browser` is the bench's Chromium; the pages get a context of their own (their own
 * IndexedDB). `bareUrl` is the bare React Flow page with LARGE_PARTNERS nodes; `syncChunks` the built
 * app's files of sync code (which a local arena must not fetch).
 */
export async function benchSync({ root, lib, browser, appDir, bareUrl, syncChunks, runs, log, others }) {
  const results = {};
  others.section('sync merge (Node)');
  results.mergeNode = benchMergeNode(lib, runs);
  log(`sync merge in Node: ${median(results.mergeNode.map((r) => r.mergeMs)).toFixed(1)} ms`);
  others.pause();

  const server = await startServer(root, { port: SYNC_PORT, staticDir: appDir });
  const relay = await startRelay(PROXY_PORT, SYNC_PORT);
  const base = `http://127.0.0.1:${PROXY_PORT}`;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', serviceWorkers: 'block' });
  try {
    // BENCH_SYNC_DRAG_ONLY=1: only the drags on the shared arena (while working on them; no report).
    const dragOnly = process.env.BENCH_SYNC_DRAG_ONLY === '1';
    if (!dragOnly) {
      results.localFetched = await syncCodeOfLocalArena({ lib, context, base, syncChunks });
      log(`sync chunks fetched when a local arena opens: ${results.localFetched.join(', ') || 'none'}`);
      others.section('sync latency');
      results.latency = await benchLatency({ lib, context, base, url: server.url, syncChunks, log });
    }
    others.section('sync merge (browser)');
    const shared = await sharedRoom(lib, server.url, 'large', LARGE_PARTNERS, 21);
    const { page, arenaId } = await joinInPage(context, base, shared, LARGE_PARTNERS);
    if (!dragOnly) results.mergeBrowser = await benchMergeBrowser({ context, relay, shared, page, runs, log });
    await page.close();
    others.section('sync drag');
    results.drag = await benchSharedDrag({ lib, url: server.url, context, base, bareUrl, shared, arenaId, runs, log });
    shared.editor.dispose();
    shared.client.destroy();
    others.pause();
  } catch (error) {
    log(`sync server output (last part):\n${server.output().slice(-3000)}`);
    throw error;
  } finally {
    await context.close();
    await relay.close();
    await server.stop();
  }
  if (process.env.BENCH_SYNC_MEMORY !== '0') {
    others.section('sync server memory');
    results.memory = await benchMemory(root, log);
    others.pause();
  }
  return results;
}
