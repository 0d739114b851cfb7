import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { Arena } from '../../src/domain/arena';
import { OUTSIDE_BAND, RING_OUTER, ringMidRadius } from '../../src/domain/rings';

export const RINGS_SIZE = 2 * (RING_OUTER.context + OUTSIDE_BAND);
/** Mid radius of each ring in flow units. */
export const MID = {
  core: ringMidRadius('core'),
  complementary: ringMidRadius('complementary'),
  context: ringMidRadius('context'),
  outside: ringMidRadius('outside'),
} as const;

export async function newArena(page: Page, title: string, goal: string, options: { navigate?: boolean } = {}) {
  if (options.navigate !== false) await page.goto('/');
  await page.getByRole('button', { name: 'New arena' }).click();
  await expect(page.getByRole('region', { name: 'Goal map' })).toBeVisible();
  await page.getByRole('button', { name: /^Title:/ }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /^Goal:/ }).click();
  await page.getByRole('textbox', { name: 'Goal', exact: true }).fill(goal);
  await page.keyboard.press('Enter');
  // A new arena opens on the strategic question; the tests look at the warnings.
  await expect(page.getByRole('tab', { name: 'Goal & network' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: /^Warnings/ }).click();
}

export async function addPartners(page: Page, names: string[]) {
  const form = page.getByRole('form', { name: 'Add partner' });
  if (!(await form.isVisible())) await page.getByRole('button', { name: '+ Add partner' }).click();
  for (const name of names) {
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Add partner' }).click();
  }
  await form.getByRole('button', { name: 'Cancel' }).click();
}

/** Screen point of a flow point, read from where the rings are drawn. */
export async function screenPoint(page: Page, flow: { x: number; y: number }) {
  const box = await page.locator('.rings').boundingBox();
  if (!box) throw new Error('rings not drawn');
  const zoom = box.width / RINGS_SIZE;
  return { x: box.x + box.width / 2 + flow.x * zoom, y: box.y + box.height / 2 + flow.y * zoom };
}

export async function ringPoint(page: Page, ring: keyof typeof MID, angleDeg: number) {
  const a = (angleDeg * Math.PI) / 180;
  return screenPoint(page, { x: Math.cos(a) * MID[ring], y: Math.sin(a) * MID[ring] });
}

/** A real mouse drag in small steps, as a person would. */
export async function mouseDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

export async function center(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function listItem(page: Page, name: string) {
  return page.locator('.partner-item').filter({ has: page.getByRole('button', { name, exact: true }) });
}

export async function dragFromList(page: Page, name: string, to: { x: number; y: number }) {
  const handle = page.getByRole('img', { name: `Drag ${name} onto the map` });
  const box = await handle.boundingBox();
  if (!box) throw new Error(`no handle for ${name}`);
  await mouseDrag(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, to);
}

export async function waitSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
}

/** A partner listed under "Not on the map yet". */
export function notOnMap(page: Page, name: string) {
  return page.locator('.partner-group').filter({ hasText: 'Not on the map yet' }).getByRole('button', { name, exact: true });
}

/** Every arena row as stored in IndexedDB, read in the page (what a reload would open). */
export async function storedArenas(page: Page): Promise<Arena[]> {
  return page.evaluate(
    () =>
      new Promise<Arena[]>((resolve, reject) => {
        const req = indexedDB.open('arena');
        req.onsuccess = () => {
          const all = req.result.transaction('arenas', 'readonly').objectStore('arenas').getAll();
          all.onsuccess = () => {
            resolve(all.result as Arena[]);
            req.result.close();
          };
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

/** Drops a file from disk on the map area (or the page), as a person dragging it from their file manager does. */
export async function dropFile(page: Page, path: string, name: string, mime: string) {
  const base64 = readFileSync(path).toString('base64');
  await page.evaluate(
    ({ base64, name, mime }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type: mime }));
      const target = document.querySelector('.map-area') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { base64, name, mime },
  );
}
