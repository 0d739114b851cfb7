import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { addPartners, listItem, newArena, storedArenas, waitSaved } from './helpers';

async function place(page: Page, name: string, ring: 'core' | 'complementary' | 'context') {
  await listItem(page, name).getByRole('button', { name, exact: true }).click();
  await page.getByRole('combobox', { name: 'Ring' }).selectOption(ring);
}

const inspector = (page: Page) => page.getByRole('region', { name: 'Partner' });

async function deletePartner(page: Page, name: string) {
  await listItem(page, name).getByRole('button', { name, exact: true }).click();
  await inspector(page).getByRole('button', { name: 'Delete partner' }).click();
  await inspector(page).getByRole('group', { name: /^Delete/ }).getByRole('button', { name: 'Delete partner' }).click();
  await expect(listItem(page, name)).toHaveCount(0);
}

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
  expect(report, `${where}: serious or critical accessibility violations`).toBe('');
}

async function openVersions(page: Page) {
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Versions' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The saved versions rows as stored in IndexedDB. */
async function storedVersions(page: Page): Promise<{ arenaId: string; name: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('arena');
        req.onsuccess = () => {
          const all = req.result.transaction('versions', 'readonly').objectStore('versions').getAll();
          all.onsuccess = () => {
            resolve(all.result as { arenaId: string; name: string }[]);
            req.result.close();
          };
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

test('save a version, change the map, compare (changes marked), open it read-only, restore it, export with versions and import again', async ({ page }) => {
  await newArena(page, 'Youth at work', 'Halve youth unemployment in the east district by 2028');
  await addPartners(page, ['VDAB', 'Youth centre', 'Employers club', 'School']);
  await place(page, 'VDAB', 'core');
  await place(page, 'Youth centre', 'complementary');
  await place(page, 'Employers club', 'context');
  await place(page, 'School', 'core');
  await waitSaved(page);

  // Save a version, by keyboard: type the name, Enter.
  let dialog = await openVersions(page);
  await dialog.getByLabel('Name of the version').fill('after workshop 1');
  await dialog.getByLabel('Name of the version').press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Saved “after workshop 1”.');
  const row = dialog.getByRole('listitem').filter({ hasText: 'after workshop 1' });
  await expect(row).toContainText('4 partners');
  await expectNoSeriousViolations(page, 'versions dialog');
  await page.screenshot({ path: 'tests/.output/versions-dialog.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Change the map: move one partner to another ring, add one, delete one.
  await place(page, 'Youth centre', 'core');
  await addPartners(page, ['Public library']);
  await place(page, 'Public library', 'complementary');
  await deletePartner(page, 'Employers club');
  await waitSaved(page);

  // Compare the version with now.
  dialog = await openVersions(page);
  await dialog.getByRole('listitem').filter({ hasText: 'after workshop 1' }).getByRole('link', { name: 'Compare with now' }).click();
  await expect(page.getByRole('heading', { name: 'What changed' })).toBeVisible();
  await expect(page.getByText('“after workshop 1” → “now”')).toBeVisible();
  const changes = page.getByRole('complementary', { name: 'What changed' });
  await expect(changes.getByRole('status')).toHaveText('1 joined · 1 left · 1 changed ring · 0 with other tags');
  const section = (title: string) => changes.locator('section').filter({ has: page.getByRole('heading', { name: new RegExp(`^${title}`) }) });
  await expect(section('Joined').getByRole('button')).toHaveText(['Public library Complementary']);
  await expect(section('Left').getByRole('button')).toHaveText(['Employers club Context']);
  await expect(section('Changed ring').getByRole('button')).toHaveText(['Youth centre Complementary → Core']);
  // On the map: each marked with its own symbol and class.
  const map = page.getByRole('img', { name: 'Map of “now” with the changes marked' });
  await expect(map.locator('[data-status="joined"]')).toHaveCount(1);
  await expect(map.locator('[data-status="joined"]')).toContainText('Public library');
  await expect(map.locator('[data-status="left"]')).toContainText('Employers club');
  await expect(map.locator('[data-status="moved"]').filter({ hasText: 'Youth centre' })).toHaveCount(1);
  await expect(map.locator('line.dm-move')).toHaveCount(1);
  await expect(map.locator('[data-status="same"]')).toHaveCount(2);
  // Focusing a change lights the partner up on the map (keyboard); Enter keeps it lit.
  await section('Left').getByRole('button').focus();
  await expect(map.locator('.is-highlight')).toContainText('Employers club');
  await page.keyboard.press('Enter');
  await expect(section('Left').getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await section('Joined').getByRole('button').focus();
  await expect(map.locator('.is-highlight')).toContainText('Public library');

  /** The smallest rendered font size of the names on the compare maps, in screen pixels. */
  const smallestLabel = () =>
    page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll<SVGTextElement>('.diff-map .dm-label')].map((el) => {
          const svg = el.ownerSVGElement!;
          const scale = svg.getScreenCTM()!.a;
          return Number(el.getAttribute('font-size')) * scale;
        }),
      ),
    );
  expect(await smallestLabel()).toBeGreaterThanOrEqual(11.9);
  await expectNoSeriousViolations(page, 'compare');

  // Screenshots of the compare view at the two sizes, one map and side by side.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'tests/.output/versions-compare-1920.png' });
  await page.getByRole('radio', { name: 'Side by side' }).check();
  await expect(page.getByRole('img', { name: 'Map of “after workshop 1” with the changes marked' })).toBeVisible();
  await page.screenshot({ path: 'tests/.output/versions-compare-side-1920.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: 'tests/.output/versions-compare-side-1024.png' });
  expect(await smallestLabel()).toBeGreaterThanOrEqual(11.9);
  await page.getByRole('radio', { name: 'One map' }).check();
  await page.screenshot({ path: 'tests/.output/versions-compare-1024.png' });
  // Nothing sticks out of the page sideways at 1024 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await page.setViewportSize({ width: 1440, height: 900 });

  // The report, when asked, says what changed since the version.
  await page.getByRole('link', { name: /Back to the arena/ }).click();
  await page.getByRole('button', { name: 'Export' }).click();
  const reportDialog = page.getByRole('dialog', { name: 'Export this arena' });
  await reportDialog.getByLabel('In the report, what changed since').selectOption({ label: 'after workshop 1' });
  await reportDialog.getByRole('button', { name: 'Open the report' }).click();
  const changesSection = page.locator('.report section').filter({ has: page.getByRole('heading', { name: 'What changed since “after workshop 1”' }) });
  await expect(changesSection).toContainText('1 joined · 1 left · 1 changed ring · 0 with other tags');
  await expect(changesSection.getByRole('listitem')).toHaveText(['Public library — Complementary', 'Employers club — was in Context', 'Youth centre — Complementary → Core']);
  await page.getByRole('button', { name: 'Close the report' }).click();

  // Open the version read-only: the map as it was, nothing editable.
  dialog = await openVersions(page);
  await dialog.getByRole('listitem').filter({ hasText: 'after workshop 1' }).getByRole('link', { name: 'Open (read-only)' }).click();
  await expect(page.getByText(/^Version “after workshop 1” of/)).toBeVisible();
  await expect(listItem(page, 'Employers club')).toHaveCount(1);
  await expect(listItem(page, 'Public library')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '+ Add partner' })).toHaveCount(0);
  await expect(page.locator('.save-status')).toHaveCount(0);
  await page.screenshot({ path: 'tests/.output/versions-read-only.png' });
  const before = await storedArenas(page);

  // Restore it as a new arena: a second arena with the version's partners; the original is untouched.
  await page.getByRole('button', { name: 'Restore as new arena' }).click();
  await expect(page.getByRole('heading', { name: 'Youth at work (after workshop 1)' })).toBeVisible();
  await expect(listItem(page, 'Employers club')).toHaveCount(1);
  await waitSaved(page);
  const after = await storedArenas(page);
  expect(after).toHaveLength(2);
  const original = after.find((a) => a.title === 'Youth at work')!;
  expect(original.updatedAt).toBe(before.find((a) => a.title === 'Youth at work')!.updatedAt);
  expect(Object.values(original.partners).map((p) => p.name).sort()).toEqual(['Public library', 'School', 'VDAB', 'Youth centre']);

  // Export the original with its versions, and import the file: the arena comes back with its version.
  await page.goto('/');
  await page.locator('.arena-card-main').filter({ has: page.getByText('Youth at work', { exact: true }) }).click();
  await expect(page.getByRole('heading', { name: 'Youth at work' })).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export this arena' });
  await exportDialog.getByLabel('Include the saved versions (1) in the arena file').check();
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Download arena file' }).click()]);
  const path = 'tests/.output/versions.arena.json';
  await download.saveAs(path);
  const file = JSON.parse(readFileSync(path, 'utf8')) as { versions: { name: string; arena: { partners: Record<string, unknown> } }[] };
  expect(file.versions.map((v) => v.name)).toEqual(['after workshop 1']);
  expect(Object.keys(file.versions[0]!.arena.partners)).toHaveLength(4);

  await page.goto('/');
  await page.getByLabel('Import', { exact: true }).setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'Youth at work (imported)' })).toBeVisible();
  const imported = (await storedArenas(page)).find((a) => a.title === 'Youth at work (imported)')!;
  const versions = await storedVersions(page);
  expect(versions.filter((v) => v.arenaId === imported.id).map((v) => v.name)).toEqual(['after workshop 1']);
  dialog = await openVersions(page);
  const importedRow = dialog.getByRole('listitem').filter({ hasText: 'after workshop 1' });
  await expect(importedRow).toContainText('4 partners');

  // A version exported alone: an arena file named after the arena and the version.
  const [alone] = await Promise.all([page.waitForEvent('download'), importedRow.getByRole('button', { name: 'Export (JSON)' }).click()]);
  // The title the arena had when the version was saved.
  expect(alone.suggestedFilename()).toBe('Youth at work (after workshop 1).arena.json');
  const aloneFile = JSON.parse(readFileSync(await alone.path(), 'utf8')) as { arena: { partners: Record<string, { name: string }> }; versions?: unknown };
  expect(Object.values(aloneFile.arena.partners).map((p) => p.name).sort()).toEqual(['Employers club', 'School', 'VDAB', 'Youth centre']);
  expect(aloneFile).not.toHaveProperty('versions');

  // Delete asks once more; Keep it keeps it.
  await importedRow.getByRole('button', { name: 'Delete' }).click();
  await importedRow.getByRole('button', { name: 'Keep it' }).click();
  await importedRow.getByRole('button', { name: 'Delete' }).click();
  await importedRow.getByRole('button', { name: 'Delete it' }).click();
  await expect(dialog.getByText('No versions saved yet.')).toBeVisible();
  expect((await storedVersions(page)).filter((v) => v.arenaId === imported.id)).toHaveLength(0);
});

test('a file whose saved version is damaged is refused, and nothing is written', async ({ page }) => {
  await page.goto('/');
  const arena = { id: 'a', schemaVersion: 3, title: 'T', goal: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', partners: {}, tags: {}, acknowledgements: {}, strategic: { alone: null, aloneWhy: '', complexity: '', result: '', deadline: '', updatedAt: '2026-01-01T00:00:00.000Z' }, governance: { form: null, trust: null, consensus: null, competencies: null, mandated: false, mandateNote: '', updatedAt: '2026-01-01T00:00:00.000Z' }, actions: {}, team: {} };
  const file = { type: 'arena', version: 3, app: 'Arena', appVersion: '0', exportedAt: '2026-01-01T00:00:00.000Z', arena, versions: [{ id: 'v', name: 'review 2027', savedAt: '2026-01-01T00:00:00.000Z', arena: { ...arena, partners: 7 } }] };
  await page.getByLabel('Import', { exact: true }).setInputFiles({ name: 'bad.arena.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('alert')).toContainText('Could not import "bad.arena.json": saved version 1 (“review 2027”)');
  expect(await storedArenas(page)).toHaveLength(0);
  expect(await storedVersions(page)).toHaveLength(0);
});
