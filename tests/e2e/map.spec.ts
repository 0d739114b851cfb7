/**
 * The map read as a coordinator reads it: the rendered size of every partner name (its CSS size times the
 * map's zoom, in the node that shows it) on a desk, a projector and a tablet; ring labels clear of the
 * partners; partners dropped on each other nudged apart; the keyboard; the legend.
 */
import { test, expect, type Page } from '@playwright/test';
import { twentyPartnerArena, FIXTURE_TITLE } from './mapFixture';
import { addPartners, dragFromList, listItem, newArena, ringPoint, waitSaved } from './helpers';

type Box = { x: number; y: number; width: number; height: number };

async function openFixture(page: Page) {
  const path = twentyPartnerArena();
  await page.goto('/');
  await page.getByLabel('Import', { exact: true }).setInputFiles(path);
  await expect(page.getByRole('heading', { name: FIXTURE_TITLE })).toBeVisible();
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(20);
  await settle(page);
}

/**
 * Waits until the editor is fully open (its side panels come in a chunk of their own after the map) and
 * the map's viewport stops moving (a fit may glide).
 */
async function settle(page: Page) {
  await expect(page.locator('#pane-details').or(page.locator('.editor.is-presenting')).first()).toBeAttached();
  let last = '';
  await expect
    .poll(async () => {
      const now = await page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [150] })
    .toBe(true);
}

interface Reading {
  zoom: number;
  /** Rendered size (px) of each shown partner's name, by name. */
  names: Record<string, number>;
  /** Screen boxes of the shown partner nodes, by name. */
  boxes: Record<string, Box>;
  canvas: Box;
}

/** What a person sees: each partner's name as it is drawn, full node or the simpler one zoomed out. */
async function read(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    const names: Record<string, number> = {};
    const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node-partner')) {
      const card = node.querySelector<HTMLElement>('.partner-node')!;
      const name = node.querySelector<HTMLElement>('.partner-node-name')!;
      const shown = getComputedStyle(name).visibility === 'hidden' ? getComputedStyle(card, '::after') : getComputedStyle(name);
      names[name.textContent!] = parseFloat(shown.fontSize) * zoom;
      const r = node.getBoundingClientRect();
      boxes[name.textContent!] = { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    const c = document.querySelector('.goal-map-canvas')!.getBoundingClientRect();
    return { zoom, names, boxes, canvas: { x: c.x, y: c.y, width: c.width, height: c.height } };
  });
}

const inside = (b: Box, outer: Box) => b.x >= outer.x - 1 && b.y >= outer.y - 1 && b.x + b.width <= outer.x + outer.width + 1 && b.y + b.height <= outer.y + outer.height + 1;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const smallest = (r: Reading) => Math.min(...Object.values(r.names));

function expectAllInView(r: Reading, count: number) {
  expect(Object.keys(r.boxes)).toHaveLength(count);
  for (const [name, box] of Object.entries(r.boxes)) expect(inside(box, r.canvas), `${name} is in view`).toBe(true);
}

test.describe('names readable from where people sit', () => {
  test('editor at 1440 × 900: every name 12 px or more when the arena opens and after zoom to fit, all 20 partners in view', async ({ page }) => {
    await openFixture(page);
    const opened = await read(page);
    console.log(`1440×900 open: smallest name ${smallest(opened).toFixed(1)} px at zoom ${opened.zoom.toFixed(3)}`);
    expect(smallest(opened)).toBeGreaterThanOrEqual(12);
    expectAllInView(opened, 20);
    await page.screenshot({ path: 'tests/.output/map-1440.png' });

    // Zoomed in by hand, then F: the same fitted view as on opening.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settle(page);
    await page.keyboard.press('f');
    await settle(page);
    const fitted = await read(page);
    console.log(`1440×900 after F: smallest name ${smallest(fitted).toFixed(1)} px at zoom ${fitted.zoom.toFixed(3)}`);
    expect(smallest(fitted)).toBeGreaterThanOrEqual(12);
    expect(fitted.zoom).toBeCloseTo(opened.zoom, 3);
    expectAllInView(fitted, 20);
  });

  test('an empty arena shows the goal and all three rings, with their labels', async ({ page }) => {
    await newArena(page, 'Empty arena', 'A goal');
    const rings = await page.locator('.ring-label').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().toJSON() as DOMRect));
    const canvas = (await page.locator('.goal-map-canvas').boundingBox())!;
    // Core, complementary and context labels in view; the goal in the middle.
    for (const box of rings.slice(0, 3)) expect(inside(box, canvas)).toBe(true);
    const goal = (await page.locator('.goal-node').boundingBox())!;
    expect(Math.abs(goal.x + goal.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(30);
  });

  test('presentation at 1920 × 1080: every name 18 px or more at every ring step, each step zoomed to its rings', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openFixture(page);
    await page.keyboard.press('p');
    await expect(page.getByRole('heading', { name: FIXTURE_TITLE, level: 1 })).toBeVisible();
    await settle(page);
    const steps: [string, () => Promise<void>, number][] = [
      ['all', async () => {}, 20],
      ['core', () => page.getByRole('button', { name: 'Core', exact: true }).click(), 6],
      ['complementary', () => page.getByRole('button', { name: '+ Complementary' }).click(), 12],
      ['context', () => page.keyboard.press('ArrowRight'), 17],
      ['all again', () => page.keyboard.press('ArrowRight'), 20],
    ];
    const zooms: number[] = [];
    for (const [step, go, count] of steps) {
      await go();
      await expect(page.locator('.react-flow__node-partner')).toHaveCount(count);
      await settle(page);
      const r = await read(page);
      console.log(`presentation ${step}: smallest name ${smallest(r).toFixed(1)} px at zoom ${r.zoom.toFixed(3)}`);
      expect(smallest(r), step).toBeGreaterThanOrEqual(18);
      expectAllInView(r, count);
      // The warnings overlay (nobody at the table brings the user's view) covers no revealed partner.
      const warnings = (await page.locator('.present-warnings').boundingBox())!;
      expect(warnings.width).toBeGreaterThan(100);
      for (const [name, box] of Object.entries(r.boxes)) expect(overlap(box, warnings), `${name} under the warnings`).toBe(false);
      zooms.push(r.zoom);
      await page.screenshot({ path: `tests/.output/map-present-${step.replace(' ', '-')}.png` });
    }
    // Each step zooms to its rings: the core largest, the whole map smallest.
    expect(zooms[1]!).toBeGreaterThan(zooms[2]!);
    expect(zooms[2]!).toBeGreaterThan(zooms[0]! * 1.05);
    expect(zooms[4]).toBeCloseTo(zooms[0]!, 3);
  });
});

test.describe('on a tablet', () => {
  test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });
  test('1024 × 768 touch screen: every name 11 px or more when the arena opens', async ({ page }) => {
    await openFixture(page);
    const r = await read(page);
    console.log(`1024×768: smallest name ${smallest(r).toFixed(1)} px at zoom ${r.zoom.toFixed(3)}, map ${Math.round(r.canvas.width)}×${Math.round(r.canvas.height)}`);
    expect(smallest(r)).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: 'tests/.output/map-1024.png' });
  });
});

test('ring labels are never under a partner: their boxes and the partner nodes do not overlap', async ({ page }) => {
  await openFixture(page);
  const labels = await page.locator('.ring-label').evaluateAll((els) => els.map((l) => ({ ring: (l as SVGElement).dataset.ring, box: l.getBoundingClientRect().toJSON() as DOMRect })));
  expect(labels).toHaveLength(4);
  const r = await read(page);
  for (const { ring, box } of labels) {
    expect(box.width).toBeGreaterThan(20);
    for (const [name, node] of Object.entries(r.boxes)) expect(overlap(box, node), `${ring} label under ${name}`).toBe(false);
  }
  // And every ring in use has its label in view.
  for (const { ring, box } of labels) expect(inside(box, r.canvas), `${ring} label in view`).toBe(true);
});

test('two partners dropped on the same spot end up side by side in that ring; one undo takes the second drop back', async ({ page }) => {
  await newArena(page, 'Crowded arena', '');
  await addPartners(page, ['Police', 'School']);
  const spot = await ringPoint(page, 'complementary', -90);
  await dragFromList(page, 'Police', spot);
  await expect(listItem(page, 'Police').locator('.ring-chip')).toHaveText('Complementary');
  await dragFromList(page, 'School', spot);
  await expect(listItem(page, 'School').locator('.ring-chip')).toHaveText('Complementary');
  const police = (await page.locator('.react-flow__node-partner', { hasText: 'Police' }).boundingBox())!;
  const school = (await page.locator('.react-flow__node-partner', { hasText: 'School' }).boundingBox())!;
  expect(overlap(police, school)).toBe(false);
  // Then dragged on the map onto the other: nudged again.
  const centre = { x: police.x + police.width / 2, y: police.y + police.height / 2 };
  const from = { x: school.x + school.width / 2, y: school.y + school.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 2 });
  await page.mouse.move(centre.x + 3, centre.y + 2, { steps: 10 });
  await page.mouse.up();
  await waitSaved(page);
  const [a, b] = await Promise.all(['Police', 'School'].map(async (n) => (await page.locator('.react-flow__node-partner', { hasText: n }).boundingBox())!));
  expect(overlap(a!, b!)).toBe(false);
  await expect(listItem(page, 'School').locator('.ring-chip')).toHaveText('Complementary');
  // The drag and its nudge were one step: one undo puts School back where the list drop had left it.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await page.locator('.react-flow__node-partner', { hasText: 'School' }).boundingBox())!.x).toBeCloseTo(school.x, 0);
});

test('a partner focused with Tab moves with the arrow keys; one undo takes back the whole burst', async ({ page }) => {
  await newArena(page, 'Keyboard moves', '');
  await addPartners(page, ['Police']);
  await page.getByRole('combobox', { name: 'Ring' }).selectOption('core');
  await waitSaved(page);
  const node = page.locator('.react-flow__node-partner');
  // Nothing selected (a click on the empty map), so the keys work from the focus alone.
  const canvas = (await page.locator('.goal-map-canvas').boundingBox())!;
  await page.mouse.click(canvas.x + canvas.width - 30, canvas.y + 30);
  await expect(node).not.toHaveClass(/selected/);
  // From the map's zoom controls, Tab backwards or forwards until the partner node has the focus.
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  for (let i = 0; i < 40 && !(await node.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(node).toBeFocused();
  await expect(node).not.toHaveClass(/selected/);
  const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const start = (await node.boundingBox())!;
  await page.keyboard.press('ArrowUp');
  // On screen at once, before the burst is committed.
  await expect.poll(async () => (await node.boundingBox())!.y).toBeCloseTo(start.y - 10 * zoom, 0);
  await expect(page.getByRole('button', { name: '↶ Undo' })).toBeEnabled();
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Shift+ArrowRight');
  const moved = (await node.boundingBox())!;
  expect(moved.y).toBeCloseTo(start.y - 100 * zoom, 0);
  expect(moved.x).toBeCloseTo(start.x + 50 * zoom, 0);
  // 100 up from the middle of the core (150 from the goal) crosses into the complementary ring.
  await expect(listItem(page, 'Police').locator('.ring-chip')).toHaveText('Complementary');
  await waitSaved(page);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await node.boundingBox())!.y).toBeCloseTo(start.y, 0);
  expect((await node.boundingBox())!.x).toBeCloseTo(start.x, 0);
  await expect(listItem(page, 'Police').locator('.ring-chip')).toHaveText('Core');
  // The step before was the ring choice: a second undo takes the partner off the map.
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await node.boundingBox())!.y).toBeCloseTo(moved.y, 0);
});

test('the legend sits beside the map, folded stays folded after a reload, and a partner at its edge takes the click', async ({ page }) => {
  await openFixture(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  const toggle = legend.getByRole('button', { name: 'Legend' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(legend).toContainText('Main expertise');
  let r = await read(page);
  let box = (await legend.boundingBox())!;
  for (const [name, node] of Object.entries(r.boxes)) expect(overlap(node, box), `${name} under the legend`).toBe(false);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(legend).not.toContainText('Main expertise');
  await page.reload();
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(20);
  await expect(page.getByRole('region', { name: 'Legend' }).getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'false');
  await settle(page);

  // Pan the map so the lowest partner sits right on the legend's edge; a click just above it selects it.
  r = await read(page);
  box = (await legend.boundingBox())!;
  const [lowest, low] = Object.entries(r.boxes).sort((a, b) => b[1].y - a[1].y)[0]!;
  const pane = { x: r.canvas.x + 60, y: r.canvas.y + 40 };
  await page.mouse.move(pane.x, pane.y);
  await page.mouse.down();
  await page.mouse.move(pane.x, pane.y + (box.y - (low.y + low.height / 2)), { steps: 8 });
  await page.mouse.up();
  // The map and the panels settle after the pan (a late layout change would move the partner under the click).
  await settle(page);
  await expect(page.locator('#pane-details .inspector')).toBeAttached();
  r = await read(page);
  box = (await legend.boundingBox())!;
  const now = r.boxes[lowest]!;
  expect(now.y + now.height).toBeGreaterThan(box.y);
  await page.mouse.click(now.x + now.width / 2, box.y - 4);
  await expect(page.getByRole('region', { name: 'Partner' }).getByRole('textbox', { name: 'Name' })).toHaveValue(lowest);
});
