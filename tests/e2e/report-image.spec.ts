import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeArenaFile } from '../../src/io/json';
import type { Arena } from '../../src/domain/arena';
import { normaliseArena } from '../../src/sync/doc/normalise';
import { councilArena, crowdedCoreArena, tiedArena } from '../fixtures/councilArena';
import { storedArenas } from './helpers';

interface Decoded {
  width: number;
  height: number;
  /** Rows of nothing but the page's white, longest run. */
  longestBlankRun: number;
  /** Share of pixels that are not the page's white. */
  inked: number;
  /** Pixels of the welfare colour (#2e7d32): the band of the OCMW node. */
  welfare: number;
  /** Pixels of each tie kind's colour (renderMap.ts TIE_STYLE, as ties.css): blue works, green trusts, red conflict. */
  ties: { works: number; trusts: number; conflict: number };
}

/** Decodes a PNG with the browser's own decoder and reads its pixels. */
async function decode(page: Page, path: string): Promise<Decoded> {
  const base64 = readFileSync(path).toString('base64');
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let longestBlankRun = 0;
    let run = 0;
    let inked = 0;
    let welfare = 0;
    const ties = { works: 0, trusts: 0, conflict: 0 };
    for (let y = 0; y < height; y++) {
      let blank = true;
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const r = data[i]!;
        const g = data[i + 1]!;
        const b = data[i + 2]!;
        if (r !== 255 || g !== 255 || b !== 255) {
          blank = false;
          inked++;
        }
        if (r === 0x2e && g === 0x7d && b === 0x32) welfare++;
        else if (r === 0x2f && g === 0x6d && b === 0xb5) ties.works++;
        else if (r === 0x1e && g === 0x7b && b === 0x4a) ties.trusts++;
        else if (r === 0xc0 && g === 0x39 && b === 0x2b) ties.conflict++;
      }
      run = blank ? run + 1 : 0;
      longestBlankRun = Math.max(longestBlankRun, run);
    }
    return { width, height, longestBlankRun, inked: inked / (width * height), welfare, ties };
  }, base64);
}


/** The arena without what a copy changes; tags in the files' one order (main expertise first, the rest sorted). */
function comparable(a: Arena) {
  const { id: _id, title: _title, createdAt: _c, updatedAt: _u, ...rest } = normaliseArena(a);
  return rest;
}

test('the report image exported in Dutch fills with the map at 1× and 2×, has a map-only variant, and opens again as the same arena', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => localStorage.setItem('arena.language', 'nl'));
  const arena = councilArena();
  const file = 'tests/.output/council.arena.json';
  writeFileSync(file, encodeArenaFile(arena, { appVersion: 'test', now: '2026-03-02T09:00:00.000Z' }));
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(15);
  await page.screenshot({ path: 'tests/.output/report-image-editor.png' });

  await page.getByRole('button', { name: 'Exporteren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deze arena exporteren' });
  const download = async (name: string) => {
    const [d] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Afbeelding downloaden' }).click()]);
    expect(d.suggestedFilename()).toBe('Kinderarmoede Antwerpen-Noord wie zit er aan tafel.arena.png');
    const path = `tests/.output/${name}.png`;
    await d.saveAs(path);
    return path;
  };
  await dialog.getByLabel('Normaal (1×)').check();
  const one = await download('report-nl-1x');
  await dialog.getByLabel('Scherp (2×)').check();
  const two = await download('report-nl-2x');
  await dialog.getByLabel('Alleen de kaart').check();
  await dialog.getByLabel('Normaal (1×)').check();
  const mapOnly = await download('report-nl-map-only');
  await page.screenshot({ path: 'tests/.output/report-image-dialog.png' });
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  const full = await decode(page, one);
  const sharp = await decode(page, two);
  const map = await decode(page, mapOnly);
  // A portrait page as wide as the layout's page, the map across it; 2× is the same page, twice as sharp.
  expect(full.width).toBe(1600);
  expect(full.height).toBeGreaterThan(full.width);
  expect(sharp.width).toBe(2 * full.width);
  expect(sharp.height).toBe(2 * full.height);
  // No band of empty page anywhere: never more than 3 % of the height without ink across the whole width.
  expect(full.longestBlankRun).toBeLessThan(full.height * 0.03);
  expect(sharp.longestBlankRun).toBeLessThan(sharp.height * 0.03);
  // The map alone is only the map: as wide, far less tall, and ink nearly everywhere (the rings fill it; white only beyond the outermost).
  expect(map.width).toBe(1504 + 2 * 24);
  expect(map.height).toBeLessThan(full.height * 0.7);
  expect(map.longestBlankRun).toBeLessThan(30);
  expect(map.inked).toBeGreaterThan(0.7);
  // The OCMW's node band is drawn in its main expertise's colour, four times the pixels at 2×.
  expect(full.welfare).toBeGreaterThan(1000);
  expect(sharp.welfare / full.welfare).toBeGreaterThan(3.5);

  // Both images open again as the arena they were made from.
  for (const path of [one, mapOnly]) {
    await page.getByRole('link', { name: /Arena[’']s/ }).click();
    await page.locator('input[type=file]').setInputFiles(path);
    await expect(page.locator('.react-flow__node-partner')).toHaveCount(15);
  }
  const stored = await storedArenas(page);
  expect(stored).toHaveLength(3);
  for (const copy of stored) expect(comparable(copy)).toEqual(comparable(arena));
});

test('a crowded core of eight partners exports as a full-width page the arena opens from again', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => localStorage.setItem('arena.language', 'nl'));
  const arena = crowdedCoreArena();
  const file = 'tests/.output/crowded-core.arena.json';
  writeFileSync(file, encodeArenaFile(arena, { appVersion: 'test', now: '2026-03-02T09:00:00.000Z' }));
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(15);

  await page.getByRole('button', { name: 'Exporteren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deze arena exporteren' });
  await dialog.getByLabel('Normaal (1×)').check();
  const [d] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Afbeelding downloaden' }).click()]);
  const path = 'tests/.output/report-nl-crowded-core-1x.png';
  await d.saveAs(path);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  const image = await decode(page, path);
  // The spread rings hold eight core partners at the page's width: the image is not widened for them.
  expect(image.width).toBe(1600);
  expect(image.longestBlankRun).toBeLessThan(image.height * 0.03);
  expect(image.welfare).toBeGreaterThan(1000);
  await page.getByRole('link', { name: /Arena[’']s/ }).click();
  await page.locator('input[type=file]').setInputFiles(path);
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(15);
  const stored = await storedArenas(page);
  expect(stored).toHaveLength(2);
  for (const copy of stored) expect(comparable(copy)).toEqual(comparable(arena));
});

test('the report image draws the trust ties as the map does, and leaves them out while they are hidden on the map', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => localStorage.setItem('arena.language', 'nl'));
  await page.setViewportSize({ width: 1920, height: 1080 });
  const arena = tiedArena();
  const file = 'tests/.output/tied.arena.json';
  writeFileSync(file, encodeArenaFile(arena, { appVersion: 'test', now: '2026-03-02T09:00:00.000Z' }));
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(12);
  await expect(page.locator('.tie-line')).toHaveCount(9);
  await page.screenshot({ path: 'tests/.output/report-ties-editor.png' });

  const dialog = page.getByRole('dialog', { name: 'Deze arena exporteren' });
  const hiddenNote = dialog.getByText('De banden zijn verborgen op de kaart, dus de afbeelding laat ze weg.', { exact: false });
  const exportImage = async (name: string, scale: 'Normaal (1×)' | 'Scherp (2×)') => {
    await page.getByRole('button', { name: 'Exporteren' }).click();
    await dialog.getByLabel(scale).check();
    const [d] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Afbeelding downloaden' }).click()]);
    const path = `tests/.output/${name}.png`;
    await d.saveAs(path);
    return path;
  };
  const one = await exportImage('report-ties-nl-1x', 'Normaal (1×)');
  await expect(hiddenNote).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  const two = await exportImage('report-ties-nl-2x', 'Scherp (2×)');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  const full = await decode(page, one);
  const sharp = await decode(page, two);
  // Every kind in its colour: the long lines on the map and the samples in the legend; at 2× four times the pixels.
  for (const kind of ['works', 'trusts', 'conflict'] as const) {
    expect(full.ties[kind], kind).toBeGreaterThan(kind === 'conflict' ? 150 : 400);
    expect(sharp.ties[kind] / full.ties[kind], kind).toBeGreaterThan(3);
  }
  // Thick green "trusts" inks more per length than dashed red "conflict".
  expect(full.ties.trusts).toBeGreaterThan(full.ties.conflict);

  // Hidden on the map: the dialog says so, and the image has no line and no legend entry of a tie.
  await page.getByRole('button', { name: 'Banden verbergen' }).click();
  await expect(page.locator('.tie-line')).toHaveCount(0);
  const hidden = await exportImage('report-ties-nl-hidden', 'Normaal (1×)');
  await expect(hiddenNote).toBeVisible();
  await page.screenshot({ path: 'tests/.output/report-ties-dialog-hidden.png' });
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  expect((await decode(page, hidden)).ties).toEqual({ works: 0, trusts: 0, conflict: 0 });

  // Both images open again as the arena, its ties included.
  for (const path of [one, hidden]) {
    await page.getByRole('link', { name: /Arena[’']s/ }).click();
    await page.locator('input[type=file]').setInputFiles(path);
    await expect(page.locator('.react-flow__node-partner')).toHaveCount(12);
  }
  const stored = await storedArenas(page);
  expect(stored).toHaveLength(3);
  for (const copy of stored) expect(comparable(copy)).toEqual(comparable(arena));
});
