// What the bench does in the browser: seed arenas through the app's import, time page loads, drag a node
// while recording frames, time the save to IndexedDB, time the exports. Timings are taken inside the page
// (performance.now(), event timestamps, requestAnimationFrame), so Playwright's round trips are not in them.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const ARENA_NODE = '.react-flow__node-partner';
export const BARE_NODE = '.react-flow__node-default';
/** Extra CSS for every Arena page (BENCH_ARENA_CSS), to try a styling change without touching src/. */
export const ARENA_CSS = process.env.BENCH_ARENA_CSS ?? '';
export const DRAG_MS = 2000;
/** Mouse moves per second while dragging (a common mouse reports at 125 Hz). */
const MOVE_HZ = 125;
/** Window after mouse up in which the longest frame is reported ("no frame over 50 ms because of saving"). */
export const AFTER_UP_MS = 500;

/**
 * Installed before any page script: on every animation frame, checks whether the map is interactive and
 * records the time since navigation start once it is, with milestones on the way. Interactive: all N nodes
 * rendered and visible (React Flow keeps a node `visibility: hidden` until it has a size) and no long task
 * (≥ 50 ms, Long Tasks API) for 50 ms after that, so a drag would start at once; the time is the later of
 * "all visible" and the end of the last long task. Reads no layout, so the probe forces none.
 */
function readyProbe({ selector, n }) {
  const QUIET_MS = 50;
  const marks = (window.__benchMarks = {});
  let lastLongTaskEnd = 0;
  const longTasks = (window.__benchLongTasks = []);
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      lastLongTaskEnd = Math.max(lastLongTaskEnd, task.startTime + task.duration);
      longTasks.push([Math.round(task.startTime), Math.round(task.duration)]);
    }
  }).observe({ type: 'longtask', buffered: true });
  const first = (key) => {
    if (marks[key] === undefined) marks[key] = performance.now();
  };
  // When the app opens IndexedDB and when the arena's row has been read (Arena only; bare uses neither).
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function benchOpen(...args) {
    first('dbOpenCalled');
    const request = open.apply(this, args);
    request.addEventListener('success', () => first('dbOpened'));
    return request;
  };
  const get = IDBObjectStore.prototype.get;
  IDBObjectStore.prototype.get = function benchGet(...args) {
    const request = get.apply(this, args);
    if (this.name === 'arenas') request.addEventListener('success', () => first('arenaRead'));
    return request;
  };
  const check = () => {
    const now = performance.now();
    if (marks.map === undefined && document.querySelector('.react-flow')) marks.map = now;
    const els = document.querySelectorAll(selector);
    if (marks.firstNode === undefined && els.length > 0) marks.firstNode = now;
    if (marks.allNodes === undefined && els.length === n) marks.allNodes = now;
    if (els.length === n) {
      let visible = true;
      for (const el of els) {
        if (el.style.visibility === 'hidden') {
          visible = false;
          break;
        }
      }
      if (visible) marks.visible ??= now;
    }
    // Interactive: all nodes visible and the main thread then free of long tasks for QUIET_MS, so an
    // input would be handled at once. The time is when that quiet stretch began.
    if (marks.visible !== undefined && window.__benchReady === undefined) {
      const settled = Math.max(marks.visible, lastLongTaskEnd);
      if (now - settled >= QUIET_MS) window.__benchReady = settled;
    }
    // After the map: when the editor's side panels are on screen too (Arena renders them after the map).
    if (marks.panels === undefined && document.querySelector('.partner-list')) marks.panels = now;
    if (window.__benchReady !== undefined && (marks.panels !== undefined || !document.querySelector('.editor'))) return;
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Adds a <style> to the page's <head> as soon as the parser has made it (init scripts run before that). */
function injectStyle(css) {
  const add = () => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);
  };
  if (document.head) return add();
  const observer = new MutationObserver(() => {
    if (!document.head) return;
    observer.disconnect();
    add();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Installed before any page script: frame and input timestamps, and the time of every download. */
function framesProbe() {
  const b = (window.__bench = { frames: [], on: false, down: null, up: null, downloads: [], clicks: [] });
  const loop = (ts) => {
    if (!b.on) return;
    b.frames.push(ts);
    requestAnimationFrame(loop);
  };
  b.start = () => {
    b.frames = [];
    b.down = null;
    b.up = null;
    b.on = true;
    requestAnimationFrame(loop);
  };
  b.stop = () => {
    b.on = false;
  };
  addEventListener('pointerdown', (e) => (b.down ??= e.timeStamp), true);
  addEventListener('pointerup', (e) => (b.up ??= e.timeStamp), true);
  addEventListener('click', (e) => b.clicks.push({ text: e.target?.textContent?.trim() ?? '', t: e.timeStamp }), true);
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function benchClick() {
    if (this.download) b.downloads.push({ name: this.download, t: performance.now() });
    return click.call(this);
  };
}

/** Milestones of the last load in `page` (ms since navigation): map shown, first node, all nodes, interactive. */
export function loadMarks(page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      ...window.__benchMarks,
      responseEnd: nav?.responseEnd,
      domContentLoaded: nav?.domContentLoadedEventEnd,
      ready: window.__benchReady,
      longTasks: window.__benchLongTasks,
      // Scripts and styles of the load: [file, fetch start, response end, bytes over the wire] (0 bytes: from cache).
      resources: performance
        .getEntriesByType('resource')
        .filter((r) => /\.(js|css)$/.test(r.name))
        .map((r) => [r.name.split('/').pop(), Math.round(r.fetchStart), Math.round(r.responseEnd), r.transferSize]),
    };
  });
}

/** Opens `url` in a new tab and waits until the map is interactive; returns the page and ms since navigation. */
export async function openMap(context, url, selector, n) {
  const page = await context.newPage();
  await page.addInitScript(readyProbe, { selector, n });
  if (ARENA_CSS && selector === ARENA_NODE) await page.addInitScript(injectStyle, ARENA_CSS);
  await page.addInitScript(framesProbe);
  await page.goto(url, { waitUntil: 'commit' });
  const ready = await page.waitForFunction(() => window.__benchReady, null, { timeout: 60_000, polling: 50 });
  const ms = await ready.jsonValue();
  if (await page.locator('.read-only-banner').count()) throw new Error(`${url} opened read-only: another tab held the arena`);
  return { page, ms };
}

/** One timed load: a fresh tab, navigation to interactive, closed again. Returns ms and the milestones. */
export async function measureLoad(context, url, selector, n) {
  const { page, ms } = await openMap(context, url, selector, n);
  if (selector === ARENA_NODE) await page.waitForFunction(() => window.__benchMarks.panels !== undefined, null, { timeout: 60_000, polling: 50 });
  const marks = await loadMarks(page);
  await page.close();
  return { ms, marks };
}

/** Imports the arena file through the home screen's file input, as a user would; returns the new arena's id. */
export async function seedArena(context, base, n, fileText) {
  const page = await context.newPage();
  await page.goto(`${base}/#/`);
  await page.getByLabel('Import', { exact: true }).setInputFiles({
    name: `bench-${n}.arena.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(fileText),
  });
  await page.waitForURL(/#\/arena\//, { timeout: 60_000 });
  const id = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/arena\//, ''));
  await page.waitForFunction(({ selector, n }) => document.querySelectorAll(selector).length === n, { selector: ARENA_NODE, n }, {
    timeout: 60_000,
  });
  await page.close();
  return id;
}

/** The unobscured node whose centre is nearest to `target` (screen point): what a mouse there would grab. */
function pickNode({ selector, target }) {
  let best = null;
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    const x = r.x + r.width / 2;
    const y = r.y + r.height / 2;
    if (document.elementFromPoint(x, y)?.closest('.react-flow__node') !== el) continue;
    const d = Math.hypot(x - target.x, y - target.y);
    if (!best || d < best.d) best = { d, x, y, id: el.dataset.id, transform: el.style.transform };
  }
  return best;
}

/**
 * Drags one node across the map for DRAG_MS with the mouse, in small steps, recording every animation
 * frame from mouse down until AFTER_UP_MS after mouse up. With `save` (Arena), a worker reads the arena row
 * from IndexedDB in a tight loop from just before mouse up until the dragged partner's position changes.
 * `hooks` (for the profiler): async beforeDown(), beforeUp() and afterDone() around the measured parts.
 */
export async function dragOnce(page, { selector, run, save, hooks = {} }) {
  const map = await page.locator('.react-flow').first().boundingBox();
  if (!map) throw new Error('no map on the page');
  const centre = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
  const node = await page.evaluate(pickNode, { selector, target: { x: map.x + map.width * 0.28, y: centre.y } });
  if (!node) throw new Error(`no node to drag (${selector})`);

  // Across the map to the mirror point and back, on a curve, ending a little off the start (so it is a change).
  const inset = 30;
  const clampX = (x) => Math.min(map.x + map.width - inset, Math.max(map.x + inset, x));
  const clampY = (y) => Math.min(map.y + map.height - inset, Math.max(map.y + inset, y));
  const far = { x: clampX(2 * centre.x - node.x), y: clampY(2 * centre.y - node.y + map.height * 0.1) };
  const dx = far.x - node.x;
  const dy = far.y - node.y;
  const len = Math.hypot(dx, dy) || 1;
  const wobble = 0.15 * Math.min(map.width, map.height);
  const sign = run % 2 === 0 ? 1 : -1;
  const end = { x: 36 * sign, y: 24 * sign };
  const at = (t) => {
    const out = (1 - Math.cos(2 * Math.PI * t)) / 2;
    const side = Math.sin(2 * Math.PI * t) * wobble;
    return {
      x: clampX(node.x + dx * out + (-dy / len) * side + end.x * t),
      y: clampY(node.y + dy * out + (dx / len) * side + end.y * t),
    };
  };

  if (save) {
    const armed = await page.evaluate(
      ({ arenaId, partnerId }) =>
        new Promise((resolve, reject) => {
          const worker = new Worker('/bench-idb-poll.js');
          window.__poll = {
            go: () => worker.postMessage({ go: true }),
            done: new Promise((done) => {
              worker.onmessage = (e) => {
                if (e.data.type === 'armed') resolve(e.data.before);
                else {
                  done(e.data);
                  worker.terminate();
                }
              };
            }),
          };
          worker.onerror = (e) => reject(new Error(`IndexedDB poll worker: ${e.message}`));
          worker.postMessage({ arenaId, partnerId });
        }),
      { arenaId: save.arenaId, partnerId: node.id },
    );
    if (armed === 'null') throw new Error(`partner ${node.id} has no stored position`);
  }

  // Which node the press landed on, and where the map was then: a map that moved between picking and
  // pressing (a header that re-wrapped above it) puts another node under the pointer, which is then the one
  // dragged, as it would be for a person. The map's top at the pick and at the press go into the result.
  await page.evaluate(() => {
    const mapTop = () => document.querySelector('.react-flow')?.getBoundingClientRect().top ?? null;
    window.__press = { mapAtPick: mapTop(), mapAtDown: null, id: null, transform: null };
    if (window.__pressProbe) return;
    window.__pressProbe = true;
    addEventListener(
      'pointerdown',
      (e) => {
        const el = e.target.closest?.('.react-flow__node');
        Object.assign(window.__press, { mapAtDown: mapTop(), id: el?.dataset.id ?? null, transform: el?.style.transform ?? null });
      },
      true,
    );
  });
  await page.mouse.move(node.x, node.y);
  await hooks.beforeDown?.();
  await page.evaluate(() => window.__bench.start());
  await sleep(50);
  await page.mouse.down();
  const t0 = performance.now();
  let moves = 0;
  for (;;) {
    const t = Math.min(1, (performance.now() - t0) / DRAG_MS);
    const p = at(t);
    await page.mouse.move(p.x, p.y);
    moves++;
    if (t >= 1) break;
    const wait = t0 + (moves * 1000) / MOVE_HZ - performance.now();
    if (wait > 0) await sleep(wait);
  }
  await hooks.beforeUp?.();
  if (save) await page.evaluate(() => window.__poll.go());
  await page.mouse.up();
  const polled = save ? await page.evaluate(() => window.__poll.done) : null;
  await page.waitForFunction((ms) => window.__bench.up !== null && performance.now() > window.__bench.up + ms, AFTER_UP_MS + 100, {
    timeout: 15_000,
  });
  await hooks.afterDone?.();
  const data = await page.evaluate(() => {
    window.__bench.stop();
    const { frames, down, up } = window.__bench;
    return { frames, down, up, timeOrigin: performance.timeOrigin };
  });
  if (data.down === null || data.up === null) throw new Error('the drag produced no pointer events');

  const during = [];
  let afterMax = 0;
  for (let i = 1; i < data.frames.length; i++) {
    const a = data.frames[i - 1];
    const b = data.frames[i];
    if (a >= data.down && b <= data.up) during.push(b - a);
    if (b > data.up && a < data.up + AFTER_UP_MS) afterMax = Math.max(afterMax, b - a);
  }
  if (during.length < 10) throw new Error(`only ${during.length} frames recorded during the drag`);

  let saveMs = null;
  if (save) {
    if (polled?.type !== 'changed') throw new Error(`the drag's new position never reached IndexedDB (${JSON.stringify(polled)})`);
    saveMs = polled.at - (data.timeOrigin + data.up);
  }
  const press = await page.evaluate(() => window.__press);
  if (!save) {
    const pressed = press.id ? press : { ...press, id: node.id, transform: node.transform };
    const moved = await page.evaluate(
      ({ id, transform }) => document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.style.transform !== transform,
      pressed,
    );
    if (!moved) {
      await page.screenshot({ path: 'tests/.output/bench/drag-failed.png' });
      const said = await page.locator('[role=status], [role=alert]').allTextContents();
      throw new Error(`the dragged node did not move (the page says: ${said.filter(Boolean).join(' | ') || 'nothing'}; pressed ${pressed.id}, picked ${node.id})`);
    }
  }
  const shift = press.mapAtPick !== null && press.mapAtDown !== null ? press.mapAtDown - press.mapAtPick : 0;
  return { during, afterMax, saveMs, moves, shift };
}

/**
 * Exports through the UI (Export → Sharp (2×) → Download image; then Download arena file), timed in the
 * page from the button's click event to the download's anchor click. The first image export of a page
 * includes loading the lazy export module, as it does for a user.
 */
export async function measureExport(page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByLabel('Sharp (2×)').check();
  const timeDownload = async (button, expectName) => {
    const before = await page.evaluate(() => window.__bench.downloads.length);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    await download.delete().catch(() => {});
    return page.evaluate(
      ({ before, button, expectName }) => {
        const b = window.__bench;
        const d = b.downloads[before];
        const c = [...b.clicks].reverse().find((x) => x.text === button);
        if (!d || !c || !d.name.endsWith(expectName)) throw new Error(`no timed download for ${button}`);
        return d.t - c.t;
      },
      { before, button, expectName },
    );
  };
  const png = await timeDownload('Download image', '.png');
  const json = await timeDownload('Download arena file', '.json');
  const pngWarm = await timeDownload('Download image', '.png');
  return { png, json, pngWarm };
}
